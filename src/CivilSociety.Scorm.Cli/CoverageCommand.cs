using System.CommandLine;

namespace CivilSociety.Scorm.Cli;

/// <summary><c>coverage [COURSE_DIR] [--format text|csv|json] [-o FILE]</c>: outcomes × sections × questions × weights.</summary>
internal static class CoverageCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var courseDirectory = CommonOptions.CourseDirectory();
        var format = new Option<string>("--format")
        {
            Description = "text (an aligned table), csv or json",
            DefaultValueFactory = _ => "text",
            HelpName = "text|csv|json",
        };
        format.Validators.Add(result =>
        {
            // In the words of every other format option, not System.CommandLine's "Argument 'html' not recognized".
            if (result.Tokens.FirstOrDefault()?.Value is { } value && value is not ("text" or "csv" or "json"))
            {
                result.AddError($"unknown format '{value}': use text, csv or json");
            }
        });
        var outputPath = new Option<string?>("--output", "-o") { Description = "Write the table to this file instead of printing it", HelpName = "FILE" };
        var target = CommonOptions.Target();
        var command = new Command("coverage", "Show where each learning outcome is assessed: questions and weights per section, with warnings")
        {
            courseDirectory, format, outputPath, target,
        };
        command.SetAction(parse =>
        {
            var directory = CommonOptions.CourseFolder(parse.GetValue(courseDirectory)!);
            var result = CourseReports.Coverage(new CoverageOptions(directory, parse.GetValue(outputPath) ?? "-")
            {
                Format = Enum.Parse<CoverageFormat>(parse.GetValue(format)!, ignoreCase: true),   // one of the three accepted names
                Target = parse.GetValue(target),
            });
            return ReportCommand.Finish(result, directory, output, error);
        });
        return command;
    }
}
