using System.CommandLine;

namespace CivilSociety.Scorm.Cli;

/// <summary><c>check-items [COURSE_DIR] [--format text|json]</c>: the quizzes read as a reviewer of test items would.</summary>
internal static class CheckItemsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var courseDirectory = CommonOptions.CourseDirectory();
        var format = CommonOptions.Format();
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Exit with 1 on any item-writing warning (for CI)" };
        var command = new Command("check-items",
            "Check the quizzes' items: give-away keys and options, keys copied from the text, outcomes they claim but do not assess (docs/item-writing.md)")
        {
            courseDirectory, format, warningsAsErrors,
        };
        command.SetAction(parse =>
        {
            var directory = CommonOptions.CourseFolder(parse.GetValue(courseDirectory)!);
            var result = ItemChecks.Check(new ItemCheckOptions(directory) { WarningsAsErrors = parse.GetValue(warningsAsErrors) });
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                new DiagnosticPrinter(output, useColour: false, directory).PrintJson(result.Diagnostics, null);
            }
            else
            {
                var printer = new DiagnosticPrinter(error, DiagnosticPrinter.ShouldUseColour(error), directory);
                printer.PrintText(result.Diagnostics);
                printer.PrintSummary(result.Diagnostics);
                if (result.Succeeded)
                {
                    output.WriteLine($"{result.Questions} question(s) checked");
                }
            }

            return result.Succeeded ? ExitCodes.Success : ExitCodes.Errors;
        });
        return command;
    }
}
