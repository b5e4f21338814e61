using System.CommandLine;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Republishing;

namespace CivilSociety.Scorm.Cli;

/// <summary>
/// <c>diff OLD.zip NEW.zip</c>: what replacing a package in the LMS costs the learners in progress and the LMS's
/// records (docs/republishing.md). Exit 1 when the update is not safe.
/// </summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var oldPackage = new Argument<string>("OLD.zip") { Description = "The package learners are using now" };
        var newPackage = new Argument<string>("NEW.zip") { Description = "The package that would replace it" };
        var format = CommonOptions.Format();
        var command = new Command("diff", "Compare two packages of a course: what learners in progress keep and lose, and what changes for the LMS, before you upload the new one")
        {
            oldPackage, newPackage, format,
        };
        command.SetAction(parse =>
        {
            var paths = new[] { parse.GetValue(oldPackage)!, parse.GetValue(newPackage)! };
            if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
            {
                error.WriteLine(Directory.Exists(missing)
                    ? $"error: '{missing}' is a folder; diff compares two zips (civil-scorm build makes one from a course)"
                    : $"error: no such file: {missing}");
                return ExitCodes.Usage;
            }

            var comparison = PackageComparer.Compare(paths[0], paths[1]);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                var report = new JsonDiffReport(paths[0], paths[1], comparison.Safe && !HasErrors(comparison), comparison.Verdict, comparison.Kept,
                    [.. comparison.Findings.Select(d => new JsonDiagnostic(d.Id, d.Severity == DiagnosticSeverity.Error ? "error" : "warning",
                        d.Location.Path, d.Location.Line, d.Location.Column, d.Message, d.Help))]);
                output.WriteLine(System.Text.Json.JsonSerializer.Serialize(report, CliJsonContext.Default.JsonDiffReport));
            }
            else
            {
                var printer = new DiagnosticPrinter(error, DiagnosticPrinter.ShouldUseColour(error), "");
                printer.PrintText(comparison.Findings);
                printer.PrintSummary(comparison.Findings);
                if (comparison.Kept.Count > 0 && !HasErrors(comparison))
                {
                    output.WriteLine("learners in progress keep:");
                    foreach (var line in comparison.Kept)
                    {
                        output.WriteLine("  - " + line);
                    }
                }

                output.WriteLine(comparison.Verdict);
            }

            return HasErrors(comparison) ? ExitCodes.Errors : ExitCodes.Success;
        });
        return command;
    }

    private static bool HasErrors(PackageComparison comparison) => comparison.Findings.Any(d => d.Severity == DiagnosticSeverity.Error);
}
