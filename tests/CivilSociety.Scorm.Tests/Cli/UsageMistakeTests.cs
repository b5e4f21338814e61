using CivilSociety.Scorm.Cli;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Cli;

/// <summary>
/// A newcomer's slips on the command line (docs/newcomer-replay.md): each one error in our words, with what to write,
/// never System.CommandLine's ("Required argument missing for command", "Argument 'html' not recognized").
/// </summary>
public sealed class UsageMistakeTests
{
    private static (int ExitCode, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CliApplication.Run(args, output, error);
        return (exitCode, error.ToString());
    }

    [Theory]
    [InlineData(new[] { "validate" }, "error: civil-scorm validate needs PACKAGE.zip: civil-scorm validate PACKAGE.zip")]
    [InlineData(new[] { "new" }, "error: civil-scorm new needs COURSE_DIR: civil-scorm new COURSE_DIR")]
    [InlineData(new[] { "diff", "old.zip" }, "error: civil-scorm diff needs NEW.zip: civil-scorm diff OLD.zip NEW.zip")]
    [InlineData(new[] { "build", "course", "-o" }, "error: -o needs a value after it: -o OUT.zip")]
    [InlineData(new[] { "export-questions", "course" }, "error: civil-scorm export-questions needs --format")]
    [InlineData(new[] { "translate", "export", "course" }, "error: civil-scorm translate export needs --to LANG")]
    [InlineData(new[] { "coverage", "course", "--format", "html" }, "error: unknown format 'html': use text, csv or json")]
    [InlineData(new[] { "build", "course", "--lang", "en" }, "help: did you mean '--language'?")]
    public void A_missing_or_wrong_value_is_one_error_saying_what_to_write(string[] args, string expected)
    {
        var (exitCode, error) = Run(args);

        exitCode.Should().Be(2);
        error.Should().Contain(expected);
        error.Should().NotContainAny("Required argument missing", "is required.", "not recognized", "Must be one of");
        error.Split('\n').Count(line => line.StartsWith("error:", StringComparison.Ordinal)).Should().Be(1, "one mistake, one error");
    }

    [Fact]
    public void Translate_without_its_command_says_translate_export()
    {
        using var course = new CourseBuilder();

        var (exitCode, error) = Run("translate", course.Directory, "--to", "fr");
        var wrong = Run("translate", "import", course.Directory);

        exitCode.Should().Be(2);
        error.Should().Contain("error: civil-scorm translate needs one of its commands: export")
            .And.Contain($"help: civil-scorm translate export {course.Directory} --to fr");
        wrong.Error.Should().Contain("error: civil-scorm translate has no command 'import'; its commands are: export")
            .And.NotContain("Unrecognized command or argument");
    }

    [Fact]
    public void Diff_of_a_text_file_says_what_it_is_and_compares_nothing()
    {
        using var course = new CourseBuilder();
        var notes = Path.Combine(course.Directory, "notes.csv");
        File.WriteAllText(notes, "id,text\n");
        Run("build", course.Directory, "-o", course.OutputPath).ExitCode.Should().Be(0);

        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CliApplication.Run(["diff", course.OutputPath, notes], output, error);

        exitCode.Should().Be(1);
        error.ToString().Should().Contain("error SCO9001: 'notes.csv' cannot be compared: it is a text file").And.NotContain("Central Directory");
        output.ToString().Trim().Should().Be("nothing was compared (see the error above)");
    }

    [Fact]
    public void Preview_of_a_zip_says_it_is_a_file_not_a_missing_folder()
    {
        using var course = new CourseBuilder();
        Run("build", course.Directory, "-o", course.OutputPath).ExitCode.Should().Be(0);

        var (exitCode, error) = Run("preview", course.OutputPath);

        exitCode.Should().Be(1);
        error.Should().Contain($"error: '{course.OutputPath}' is a file, not a course folder").And.NotContain("does not exist");
    }
}
