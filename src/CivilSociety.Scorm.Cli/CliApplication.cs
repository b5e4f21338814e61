using System.CommandLine;
using System.CommandLine.Help;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Cli;

/// <summary>The command tree, with the writers injected so tests can run it in-process.</summary>
internal static class CliApplication
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = CreateRoot(output, error);

        ParseResult parse;
        try
        {
            parse = root.Parse(args);
        }
        catch (InvalidOperationException ex)
        {
            // A value that a validator could not convert: a usage error, never a stack trace.
            error.WriteLine($"error: {ex.Message}");
            error.WriteLine("Run 'civil-scorm --help' for usage.");
            return ExitCodes.Usage;
        }

        if (UnknownCommand(root, parse, args) is { } unknown)
        {
            error.WriteLine($"error: unknown command '{unknown}'");
            if (Suggestions.Closest(unknown, root.Subcommands.Select(c => c.Name)) is { } suggestion)
            {
                error.WriteLine($"help: did you mean '{suggestion}'? (civil-scorm {string.Join(' ', [suggestion, .. args.Skip(1)])})");
            }
            else
            {
                error.WriteLine($"help: the commands are {string.Join(", ", root.Subcommands.Select(c => c.Name))}");
            }

            error.WriteLine("Run 'civil-scorm --help' for usage.");
            return ExitCodes.Usage;
        }

        var asksHelp = parse.Action is System.CommandLine.Help.HelpAction;
        if (!asksHelp && parse.CommandResult.Command is { Action: null, Subcommands.Count: > 0 } group && group != root)
        {
            // "translate my-course --to ar", "translate import": the group's own command word is missing or wrong.
            var written = args.SkipWhile(a => a != group.Name).Skip(1).FirstOrDefault(a => !a.StartsWith('-'));
            var commands = group.Subcommands.Select(c => c.Name).ToList();
            error.WriteLine(written is null || Directory.Exists(written)
                ? $"error: civil-scorm {group.Name} needs one of its commands: {string.Join(", ", commands)}"
                : $"error: civil-scorm {group.Name} has no command '{written}'; its commands are: {string.Join(", ", commands)}");
            error.WriteLine($"help: civil-scorm {group.Name} {commands[0]} {string.Join(' ', args.SkipWhile(a => a != group.Name).Skip(1).Where(a => a != written || Directory.Exists(a)))}".TrimEnd());
            error.WriteLine($"Run 'civil-scorm {group.Name} --help' for usage.");
            return ExitCodes.Usage;
        }

        if (parse.UnmatchedTokens.FirstOrDefault(t => t.StartsWith('-')) is { } option)
        {
            // "--ouput x.zip": one mistake, the option's name; the value after it is no second error.
            var command = parse.CommandResult.Command;
            var names = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct().ToList();
            error.WriteLine($"error: civil-scorm {command.Name} has no option '{option}'");
            // Compared without the dashes, so that other tools' names count too: --lang is --language.
            error.WriteLine(Suggestions.Closest(option.TrimStart('-'), names.Select(n => n.TrimStart('-'))) is { } meant
                ? $"help: did you mean '--{meant}'?"
                : $"help: its options are {string.Join(", ", names)}");
            error.WriteLine($"Run 'civil-scorm {command.Name} --help' for usage.");
            return ExitCodes.Usage;
        }

        if (!asksHelp && parse.Errors.Count > 0 && MissingValue(parse) is { } missing)
        {
            // System.CommandLine says "Required argument missing for command: 'validate'": said as what to write.
            error.WriteLine($"error: {missing}");
            error.WriteLine($"Run 'civil-scorm {CommandName(parse)} --help' for usage.");
            return ExitCodes.Usage;
        }

        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine("Run 'civil-scorm --help' for usage.");
            return ExitCodes.Usage;
        }

        if (parse.Action is HelpAction)
        {
            var help = new StringWriter();
            var exitCode = parse.Invoke(new InvocationConfiguration { Output = help, Error = error });
            output.Write(WithTypedDefaults(help.ToString(), parse.CommandResult.Command));
            return exitCode;
        }

        // A bug must not greet an author with a stack trace: one line, and what to do.
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(configuration);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            ReportInternalError(ex, WantsJson(parse), output, error);
            return ExitCodes.Errors;
        }
    }

    /// <summary>Every command, writing to the given writers.</summary>
    internal static RootCommand CreateRoot(TextWriter output, TextWriter error) =>
        new("civil-scorm: compile Markdown courses into SCORM 1.2 packages for Moodle and Blackboard")
        {
            // In the order an author meets them: start a course, build it, try it, check the zip.
            NewCommand.Create(output, error),
            BuildCommand.Create(output, error),
            PreviewCommand.Create(output, error),
            ValidateCommand.Create(output, error),
            CheckItemsCommand.Create(output, error),
            DiffCommand.Create(output, error),
            TranslateCommand.Create(output, error),

            // For teachers: the quizzes in the LMS's question bank, the outcomes' coverage, mastery from the LMS's records.
            ExportQuestionsCommand.Create(output, error),
            CoverageCommand.Create(output, error),
            ReportCommand.Create(output, error),
        };

    /// <summary>
    /// System.CommandLine's help names an enum default by its C# name ("--format ... [default: Text]"); the user types
    /// it in lower case ("text"), the only spelling every option here takes.
    /// </summary>
    internal static string WithTypedDefaults(string help, Command command)
    {
        foreach (var option in command.Options.Where(o => o.HasDefaultValue))
        {
            if (option.GetDefaultValue() is Enum value)
            {
                help = help.Replace($"[default: {value}]", $"[default: {value.ToString().ToLowerInvariant()}]", StringComparison.Ordinal);
            }
        }

        return help;
    }

    /// <summary>
    /// One line and what to do, never a stack trace; as JSON when JSON was asked for, since a tool reading the
    /// output would otherwise get nothing it can parse.
    /// </summary>
    internal static void ReportInternalError(Exception ex, bool json, TextWriter output, TextWriter error)
    {
        var message = $"civil-scorm stopped on an internal error ({ex.GetType().Name}: {ex.Message})";
        if (json)
        {
            new DiagnosticPrinter(output, useColour: false, "").PrintJson([], null, message);
        }

        error.WriteLine($"error: {message}");
        error.WriteLine("help: nothing was written; please report this with the course that caused it");
    }

    private static bool WantsJson(ParseResult parse) =>
        parse.CommandResult.Command.Options.OfType<Option<OutputFormat>>().FirstOrDefault() is { } format
        && parse.GetValue(format) == OutputFormat.Json;

    /// <summary>
    /// "civil-scorm validate needs PACKAGE.zip", "-o needs a value (FILE)", "export-questions needs --format": the first
    /// argument or option the command requires and was not given, in words; null when no such thing is missing.
    /// </summary>
    private static string? MissingValue(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var name = CommandName(parse);
        if (command.Arguments.FirstOrDefault(a => a.Arity.MinimumNumberOfValues > 0 && parse.GetResult(a) is not { Tokens.Count: > 0 }) is { } argument)
        {
            return $"civil-scorm {name} needs {argument.Name}: civil-scorm {name} {string.Join(' ', command.Arguments.Select(a => a.Name))}";
        }

        if (command.Options.FirstOrDefault(o => o.Required && parse.GetResult(o) is not { IdentifierToken: not null }) is { } required)
        {
            return $"civil-scorm {name} needs {required.Name} {required.HelpName ?? "VALUE"}";
        }

        return command.Options.Select(parse.GetResult).FirstOrDefault(o => o is { Tokens.Count: 0, Implicit: false } && o.Option.Arity.MinimumNumberOfValues > 0) is { } empty
            ? $"{empty.IdentifierToken?.Value ?? empty.Option.Name} needs a value after it: {empty.IdentifierToken?.Value ?? empty.Option.Name} {empty.Option.HelpName ?? "VALUE"}"
            : null;
    }

    /// <summary>The command as typed after civil-scorm: "build", "translate export".</summary>
    private static string CommandName(ParseResult parse) =>
        parse.CommandResult.Parent is System.CommandLine.Parsing.CommandResult { Parent: not null } parent
            ? $"{parent.Command.Name} {parse.CommandResult.Command.Name}"
            : parse.CommandResult.Command.Name;

    /// <summary>The first word when it names no command (the root has no action of its own), else null.</summary>
    private static string? UnknownCommand(RootCommand root, ParseResult parse, string[] args) =>
        args.Length > 0 && !args[0].StartsWith('-') && parse.CommandResult.Command == root
            && !root.Subcommands.Any(c => c.Name == args[0] || c.Aliases.Contains(args[0]))
            ? args[0]
            : null;
}
