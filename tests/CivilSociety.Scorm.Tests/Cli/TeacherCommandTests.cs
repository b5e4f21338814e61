using CivilSociety.Scorm.Cli;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Cli;

/// <summary>export-questions, coverage and report as a teacher runs them: exit codes, nothing half-written.</summary>
public sealed class TeacherCommandTests
{
    [Fact]
    public void A_course_with_errors_exports_nothing_and_exits_1()
    {
        using var course = new CourseBuilder().With("sections/one.md", CourseBuilder.SectionOne.Replace("outcomes=\"LO1\"", "outcomes=\"LO7\"", StringComparison.Ordinal));
        var output = Path.Combine(course.Directory, "out", "bank.xml");

        var (code, text) = Run("export-questions", course.Directory, "--format", "moodle-xml", "-o", output);

        code.Should().Be(1);
        text.Should().Contain("error SCO3002");
        File.Exists(output).Should().BeFalse();
        Directory.Exists(Path.GetDirectoryName(output)).Should().BeFalse("not even the folder is made");
    }

    [Fact]
    public void Export_with_json_diagnostics_and_warnings_as_errors_writes_nothing()
    {
        var output = Path.Combine(Path.GetTempPath(), $"civil-scorm-{Guid.NewGuid():N}.gift.txt");

        var (code, text) = Run("export-questions", Repository.Sample("every-question-type"), "--format", "gift", "-o", output, "--warnings-as-errors", "--diagnostics", "json");

        code.Should().Be(1);
        text.Should().Contain("\"id\": \"SCO7001\"");
        File.Exists(output).Should().BeFalse();
    }

    [Theory]
    [InlineData("report")]
    [InlineData("report", "--moodle", "no-such-file.txt")]
    [InlineData("report", "--lrs", "ftp://example.org/")]
    [InlineData("export-questions", "--format", "docx")]
    public void Usage_mistakes_exit_2(params string[] args)
    {
        Run([args[0], Repository.Sample("every-question-type"), .. args.Skip(1)]).Code.Should().Be(2);
    }

    [Fact]
    public void Coverage_prints_the_table()
    {
        var (code, text) = Run("coverage", Repository.Sample("every-question-type"));

        code.Should().Be(0);
        text.Should().Contain("WC2      -          2 q / 2 w  2 q / 2 w");
    }

    private static (int Code, string Text) Run(params string[] args)
    {
        var writer = new StringWriter();
        return (CliApplication.Run(args, writer, writer), writer.ToString());
    }
}
