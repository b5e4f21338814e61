using System.CommandLine;
using System.CommandLine.Parsing;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Cli;

/// <summary>The arguments, options and output that several commands share.</summary>
internal static class CommonOptions
{
    /// <summary>The project's real course, used when no folder is named.</summary>
    public const string DefaultCourseDirectory = "content";

    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "How to print diagnostics",
        DefaultValueFactory = _ => OutputFormat.Text,
        HelpName = "text|json",
        CustomParser = ParseOutputFormat,
    };

    /// <summary>
    /// --target of export-questions and coverage: the package the course is built as, so that its rules apply (a course
    /// whose state fits SCORM 2004 is no error there); without it, none of the package's saved-state rules.
    /// </summary>
    public static Option<PackageTarget?> Target() => new("--target")
    {
        Description = "The package the course is built as (scorm12, scorm2004, cmi5 or xapi), whose rules apply; by default none of the saved-state rules",
        HelpName = "scorm12|scorm2004|cmi5|xapi",
        CustomParser = result => ParseTarget(result),
    };

    public static PackageTarget ParseTarget(ArgumentResult result) => result.Tokens.Single().Value.ToLowerInvariant() switch
    {
        "scorm12" or "scorm" => PackageTarget.Scorm12,
        "scorm2004" => PackageTarget.Scorm2004,
        "xapi" or "tincan" => PackageTarget.Xapi,
        "cmi5" => PackageTarget.Cmi5,
        var other => Invalid<PackageTarget>(result, $"unknown target '{other}': {TargetMeant(other)}use scorm12, scorm2004, cmi5 or xapi"),
    };

    /// <summary>"did you mean 'scorm2004'? " for scorm_2004, SCORM-2004, 2004, scorm1.2..., or "".</summary>
    private static string TargetMeant(string written)
    {
        var compact = new string([.. written.Where(char.IsLetterOrDigit)]);
        var meant = compact switch
        {
            "2004" or "scorm2004" or "scorm20044th" or "scorm2004ed4" or "scorm20044thedition" => "scorm2004",
            "12" or "scorm12" or "scorm1p2" => "scorm12",
            _ => Suggestions.Closest(written, ["scorm12", "scorm2004", "cmi5", "xapi"]),
        };
        return meant is null ? "" : $"did you mean '{meant}'? ";
    }

    public static OutputFormat ParseOutputFormat(ArgumentResult result) => result.Tokens.Single().Value.ToLowerInvariant() switch
    {
        "text" => OutputFormat.Text,
        "json" => OutputFormat.Json,
        var other => Invalid<OutputFormat>(result, $"unknown format '{other}': use text or json"),
    };

    /// <summary>
    /// COURSE_DIR, optional: without it, the current folder when it is a course (an installed tool, run where the
    /// course is), else the repository's real course. No default value is declared, so --help shows the rule once.
    /// </summary>
    public static Argument<string?> CourseDirectory()
    {
        var argument = new Argument<string?>("COURSE_DIR")
        {
            Description = "The course folder, holding course.yml (default: the current folder; in this repository, content)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        argument.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault()?.Value is { } value && value.StartsWith('-'))
            {
                result.AddError($"unknown option '{value}'");
            }
        });
        return argument;
    }

    /// <summary>Naming course.yml itself is a natural slip: the folder that holds it is meant.</summary>
    public static string CourseFolder(string? named) =>
        named is not { } directory
            ? File.Exists("course.yml") || !File.Exists(Path.Combine(DefaultCourseDirectory, "course.yml")) ? "." : DefaultCourseDirectory
        : File.Exists(directory) && Path.GetFileName(directory) == "course.yml"
            ? Path.GetDirectoryName(directory) is { Length: > 0 } parent ? parent : "."
            : directory;

    /// <summary>The diagnostics (text on stderr with a summary, or JSON on stdout), then "wrote FILE"; the exit code.</summary>
    public static int Print(CompileResult result, OutputFormat format, string directory, TextWriter output, TextWriter error) =>
        Print(result.Diagnostics, result.PackagePath, result.Summary, format, directory, output, error);

    public static int Print(ExportResult result, OutputFormat format, string directory, TextWriter output, TextWriter error) =>
        Print(result.Diagnostics, result.BankPath, summary: null, format, directory, output, error);

    /// <summary>The diagnostics, then the file written (and what is beside it); the exit code.</summary>
    private static int Print(IReadOnlyList<Diagnostic> diagnostics, string? written, PackageSummary? summary, OutputFormat format, string directory, TextWriter output, TextWriter error)
    {
        if (format == OutputFormat.Json)
        {
            new DiagnosticPrinter(output, useColour: false, directory).PrintJson(diagnostics, written);
        }
        else
        {
            var printer = new DiagnosticPrinter(error, DiagnosticPrinter.ShouldUseColour(error), directory);
            printer.PrintText(diagnostics);
            printer.PrintSummary(diagnostics);
            if (written is not null)
            {
                output.WriteLine($"wrote {Shown(written)}{Summary(summary, written)}");
                foreach (var beside in summary?.BesideThePackage ?? [])
                {
                    var what = beside.EndsWith(".decoder.csv", StringComparison.Ordinal)
                        ? " (the decoder: what each answer id in the LMS's reports means; keep it for the teachers, do not upload it)"
                        : "";
                    output.WriteLine($"wrote {Shown(beside)}{what}");
                }
            }
        }

        return written is not null ? ExitCodes.Success : ExitCodes.Errors;
    }

    /// <summary>A path below the current folder as the user would type it; any other in full.</summary>
    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(path) : relative).Replace('\\', '/');
    }

    /// <summary>": 5 sections, 12 questions, 9 outcomes, 148 KB".</summary>
    private static string Summary(PackageSummary? summary, string zip)
    {
        if (summary is null)
        {
            return "";
        }

        static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";
        var bytes = File.Exists(zip) ? new FileInfo(zip).Length : 0;
        var size = bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.0} MB" : $"{Math.Max(1, (bytes + 512) / 1024)} KB";
        return $": {Count(summary.Sections, "section")}, {Count(summary.Questions, "question")}, {Count(summary.Outcomes, "outcome")}, {size}";
    }

    public static T Invalid<T>(ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}
