using System.CommandLine;
using System.Text;

namespace CivilSociety.Scorm.Cli;

/// <summary>
/// <c>report [COURSE_DIR] --moodle FILE... | --lrs URL [--auth AUTH] [--format html|csv|json] [-o FILE]</c>: the
/// per-outcome mastery report, from Moodle's SCORM report downloads and/or an LRS's statements.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var courseDirectory = CommonOptions.CourseDirectory();
        var moodle = new Option<string[]>("--moodle", "-m")
        {
            Description = "A Moodle SCORM report download: Interactions or Objectives report, as CSV (tab-separated .txt), ODS or Excel; repeat for several (LANG=FILE for a language version's)",
            HelpName = "FILE",
            AllowMultipleArgumentsPerToken = true,
        };
        var lrs = new Option<string?>("--lrs") { Description = "An LRS's xAPI endpoint: the course's answered statements are read from it", HelpName = "URL" };
        var auth = new Option<string?>("--auth") { Description = "The LRS's Authorization header (Basic ...), of a key that may read statements", HelpName = "AUTH" };
        var format = new Option<ReportFormat>("--format")
        {
            Description = "html (a page with a heat map), csv, or json for tools (printed when no -o is given)",
            DefaultValueFactory = _ => ReportFormat.Html,
            HelpName = "html|csv|json",
            CustomParser = result => result.Tokens.Single().Value.ToLowerInvariant() switch
            {
                "html" => ReportFormat.Html,
                "csv" => ReportFormat.Csv,
                "json" => ReportFormat.Json,
                var other => CommonOptions.Invalid<ReportFormat>(result, $"unknown report format '{other}': use html, csv or json"),
            },
        };
        var outputPath = new Option<string?>("--output", "-o") { Description = "The file to write (default: out/<course id>.report.html or .csv; json: printed)", HelpName = "FILE" };
        var language = new Option<string?>("--language")
        {
            Description = "Only the learners of this language version; name each version's reports LANG=FILE (--moodle en=en-interactions.csv); without it every language is read together",
            HelpName = "LANG",
        };
        var command = new Command("report", "A per-outcome mastery report from Moodle's SCORM reports or an LRS: HTML heat map, CSV or JSON")
        {
            courseDirectory, moodle, lrs, auth, format, outputPath, language,
        };
        command.SetAction(parse =>
        {
            var files = parse.GetValue(moodle) ?? [];
            var endpoint = parse.GetValue(lrs);
            if (files.Length == 0 && endpoint is null)
            {
                error.WriteLine("error: name what to read: --moodle FILE (a Moodle report download) or --lrs URL (an LRS)");
                error.WriteLine("Run 'civil-scorm report --help' for usage.");
                return ExitCodes.Usage;
            }

            if (files.Select(f => ReportOptions.LanguageAndFile(f).Path).FirstOrDefault(f => !File.Exists(f)) is { } missing)
            {
                error.WriteLine($"error: no such file: {missing}");
                return ExitCodes.Usage;
            }

            if (endpoint is not null && (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            {
                error.WriteLine($"error: --lrs '{endpoint}' is not an http(s) address");
                return ExitCodes.Usage;
            }

            var directory = CommonOptions.CourseFolder(parse.GetValue(courseDirectory)!);
            var reportFormat = parse.GetValue(format);
            var options = new ReportOptions(directory, parse.GetValue(outputPath) ?? (reportFormat == ReportFormat.Json ? "-" : null))
            {
                MoodleReports = files,
                Language = parse.GetValue(language),
                LrsEndpoint = endpoint is null ? null : new Uri(endpoint),
                LrsAuthorization = parse.GetValue(auth),
                Format = reportFormat,
            };
            return Finish(CourseReports.Mastery(options), directory, output, error);
        });
        return command;
    }

    /// <summary>Diagnostics on stderr; the content on stdout when no file was written, else "wrote FILE".</summary>
    internal static int Finish(ReportResult result, string directory, TextWriter output, TextWriter error)
    {
        var printer = new DiagnosticPrinter(error, DiagnosticPrinter.ShouldUseColour(error), directory);
        printer.PrintText(result.Diagnostics);
        printer.PrintSummary(result.Diagnostics);
        if (result.OutputPath is { } written)
        {
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, written);
            output.WriteLine($"wrote {(relative.StartsWith("..", StringComparison.Ordinal) ? written : relative)}");
        }
        else if (result.Content is { } content)
        {
            output.Write(Encoding.UTF8.GetString(content).TrimStart('\uFEFF'));
        }

        if (result.Report is { Learners.Count: > 0 } report && result.OutputPath is not null)
        {
            foreach (var outcome in report.Outcomes)
            {
                output.WriteLine($"  {outcome.Id}: {outcome.Mastered}/{outcome.Assessed} mastered{(outcome.PassRate is { } rate ? $" ({rate:0.#}%)" : "")}");
            }
        }

        return result.Succeeded ? ExitCodes.Success : ExitCodes.Errors;
    }
}
