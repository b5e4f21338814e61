using System.CommandLine;
using CivilSociety.Scorm.Export;

namespace CivilSociety.Scorm.Cli;

/// <summary><c>export-questions [COURSE_DIR] --format moodle-xml|gift|qti21 [-o FILE]</c>: the quizzes as a question bank.</summary>
internal static class ExportQuestionsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var courseDirectory = CommonOptions.CourseDirectory();
        var bankFormat = new Option<QuestionFormat>("--format")
        {
            Description = "moodle-xml (every type), gift (Moodle's text format) or qti21 (a zip for Blackboard and other QTI importers)",
            Required = true,
            HelpName = "moodle-xml|gift|qti21",
            CustomParser = result => result.Tokens.Single().Value.ToLowerInvariant() switch
            {
                "moodle-xml" or "moodle" or "xml" => QuestionFormat.MoodleXml,
                "gift" => QuestionFormat.Gift,
                "qti21" or "qti" or "qti2.1" => QuestionFormat.Qti21,
                var other => CommonOptions.Invalid<QuestionFormat>(result, $"unknown question format '{other}': use moodle-xml, gift or qti21"),
            },
        };
        var outputPath = new Option<string?>("--output", "-o") { Description = "The file to write (default: out/<course id>.moodle.xml, .gift.txt or .qti21.zip)", HelpName = "FILE" };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Write nothing when the format cannot carry something" };
        var orderingAsMatching = new Option<bool>("--ordering-as-matching")
        {
            Description = "Write sequencing questions as matching (each item with its place), for a Moodle before 4.4 without the ordering type, and for GIFT",
        };
        var target = CommonOptions.Target();
        var diagnosticsFormat = new Option<OutputFormat>("--diagnostics")
        {
            Description = "How to print diagnostics",
            DefaultValueFactory = _ => OutputFormat.Text,
            HelpName = "text|json",
            CustomParser = CommonOptions.ParseOutputFormat,
        };

        var command = new Command("export-questions", "Export the course's quizzes to a question bank: Moodle XML, GIFT or QTI 2.1")
        {
            courseDirectory, bankFormat, outputPath, warningsAsErrors, orderingAsMatching, target, diagnosticsFormat,
        };
        command.SetAction(parse =>
        {
            var directory = CommonOptions.CourseFolder(parse.GetValue(courseDirectory)!);
            var options = new ExportOptions(directory, parse.GetValue(bankFormat), parse.GetValue(outputPath))
            {
                WarningsAsErrors = parse.GetValue(warningsAsErrors),
                OrderingAsMatching = parse.GetValue(orderingAsMatching),
                Target = parse.GetValue(target),
            };
            var result = QuestionExporter.Export(options);
            return CommonOptions.Print(result, parse.GetValue(diagnosticsFormat), directory, output, error);
        });
        return command;
    }
}
