using System.CommandLine;

namespace CivilSociety.Scorm.Cli;

/// <summary><c>build [COURSE_DIR] [-o OUT.zip]</c>: compiles a course into a SCORM 1.2 zip.</summary>
internal static class BuildCommand
{
    /// <summary>The project's real course, built when no folder is named.</summary>
    public const string DefaultCourseDirectory = "content";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var courseDirectory = new Argument<string>("COURSE_DIR")
        {
            Description = "The course folder, holding course.yml",
            DefaultValueFactory = _ => DefaultCourseDirectory,
        };
        courseDirectory.Validators.Add(result =>
        {
            if (result.Tokens.FirstOrDefault()?.Value is { } value && value.StartsWith('-'))
            {
                result.AddError($"unknown option '{value}'");
            }
        });
        var outputPath = new Option<string?>("--output", "-o") { Description = "The zip to write (default: out/<course id>.zip)", HelpName = "OUT.zip" };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Fail the build on any warning" };
        var format = CommonOptions.Format();

        var command = new Command("build", "Compile a Markdown course into a SCORM 1.2 zip") { courseDirectory, outputPath, warningsAsErrors, format };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(courseDirectory)!;
            var options = new CompileOptions(directory, parse.GetValue(outputPath)) { WarningsAsErrors = parse.GetValue(warningsAsErrors) };
            var result = CourseCompiler.Compile(options);

            if (parse.GetValue(format) == OutputFormat.Json)
            {
                new DiagnosticPrinter(output, useColour: false, directory).PrintJson(result.Diagnostics, result.PackagePath);
            }
            else
            {
                var printer = new DiagnosticPrinter(error, DiagnosticPrinter.ShouldUseColour(error), directory);
                printer.PrintText(result.Diagnostics);
                printer.PrintSummary(result.Diagnostics);
                if (result.PackagePath is { } written)
                {
                    var relative = Path.GetRelativePath(Environment.CurrentDirectory, written);
                    output.WriteLine($"wrote {(relative.StartsWith("..", StringComparison.Ordinal) ? written : relative)}");
                }
            }

            return result.Succeeded ? ExitCodes.Success : ExitCodes.Errors;
        });
        return command;
    }
}
