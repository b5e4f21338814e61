using System.CommandLine;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.PackageValidation;

namespace CivilSociety.Scorm.Cli;

/// <summary><c>validate PACKAGE.zip</c>: checks any SCORM 1.2, SCORM 2004 or cmi5 zip the way Moodle and Blackboard will read it.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var package = new Argument<string>("PACKAGE.zip") { Description = "The SCORM 1.2, SCORM 2004 or cmi5 zip to check" };
        var format = CommonOptions.Format();
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Treat Moodle pitfalls and other warnings as errors" };
        var command = new Command("validate", "Check a SCORM 1.2, SCORM 2004 or cmi5 zip: manifest (or cmi5.xml) at the root, schemas, references, LMS pitfalls") { package, format, warningsAsErrors };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(package)!;
            if (Directory.Exists(path))
            {
                error.WriteLine($"error: '{path}' is a folder; validate checks a zip (civil-scorm build {path} makes one from a course)");
                return ExitCodes.Usage;
            }

            if (!File.Exists(path))
            {
                error.WriteLine($"error: no such file: {path}");
                return ExitCodes.Usage;
            }

            var (standard, diagnostics) = PackageValidator.Validate(new PackageValidationOptions(path) { WarningsAsErrors = parse.GetValue(warningsAsErrors) });
            var label = path + "!/";
            var located = diagnostics.Select(d => d with { Location = d.Location with { Path = d.Location.Path == path ? path : label + d.Location.Path } }).ToList();
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                new DiagnosticPrinter(output, useColour: false, "").PrintJson(located, path);
            }
            else
            {
                var printer = new DiagnosticPrinter(error, DiagnosticPrinter.ShouldUseColour(error), "");
                printer.PrintText(located);
                printer.PrintSummary(located);
                if (!located.Any(d => d.Severity == DiagnosticSeverity.Error))
                {
                    output.WriteLine($"{path}: valid {standard} package");
                }
            }

            return located.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.Errors : ExitCodes.Success;
        });
        return command;
    }
}
