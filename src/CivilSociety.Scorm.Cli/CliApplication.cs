using System.CommandLine;

namespace CivilSociety.Scorm.Cli;

/// <summary>The command tree, with the writers injected so tests can run it in-process.</summary>
internal static class CliApplication
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("civil-scorm: compile Markdown courses into SCORM 1.2 packages for Moodle and Blackboard")
        {
            // In the order an author meets them: start a course, build it, try it, check the zip.
            NewCommand.Create(output, error),
            BuildCommand.Create(output, error),
            PreviewCommand.Create(output, error),
            ValidateCommand.Create(output, error),
            DiffCommand.Create(output, error),

            // For teachers: the quizzes in the LMS's question bank, the outcomes' coverage, mastery from the LMS's records.
            ExportQuestionsCommand.Create(output, error),
            CoverageCommand.Create(output, error),
            ReportCommand.Create(output, error),
        };

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
            if (Suggest(unknown, root.Subcommands.Select(c => c.Name)) is { } suggestion)
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

        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine("Run 'civil-scorm --help' for usage.");
            return ExitCodes.Usage;
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

    /// <summary>The first word when it names no command (the root has no action of its own), else null.</summary>
    private static string? UnknownCommand(RootCommand root, ParseResult parse, string[] args) =>
        args.Length > 0 && !args[0].StartsWith('-') && parse.CommandResult.Command == root
            && !root.Subcommands.Any(c => c.Name == args[0] || c.Aliases.Contains(args[0]))
            ? args[0]
            : null;

    /// <summary>The command within two edits (a slip, a swapped pair of letters) of what was typed, if one is.</summary>
    internal static string? Suggest(string typed, IEnumerable<string> names) =>
        names.Select(n => (Name: n, Distance: Distance(typed.ToLowerInvariant(), n)))
             .Where(c => c.Distance <= Math.Min(2, Math.Max(1, c.Name.Length / 3)))
             .OrderBy(c => c.Distance)
             .Select(c => c.Name)
             .FirstOrDefault();

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
