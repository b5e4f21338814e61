using System.Text.Json;
using CivilSociety.Scorm.Cli;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Cli;

/// <summary><c>civil-scorm diff OLD.zip NEW.zip</c> as a designer runs it before uploading an update.</summary>
public sealed class DiffCommandTests
{
    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApplication.Run(args, output, error);
        return (exitCode, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_choice_added_on_top_is_safe_at_a_cost_printed_with_what_learners_keep()
    {
        using var old = new CourseBuilder();
        using var updated = new CourseBuilder()
            .With("course.yml", CourseBuilder.ValidCourseYml.Replace("version: 1.0.0", "version: 1.1.0", StringComparison.Ordinal))
            .With("sections/one.md", CourseBuilder.SectionOne.Replace("- [x] The first", "- [ ] The zeroth\n- [x] The first", StringComparison.Ordinal));
        Run("build", old.Directory, "-o", old.OutputPath).ExitCode.Should().Be(0);
        Run("build", updated.Directory, "-o", updated.OutputPath).ExitCode.Should().Be(0);

        var (exitCode, output, error) = Run("diff", old.OutputPath, updated.OutputPath);

        exitCode.Should().Be(0, error);
        error.Should().Contain("warning SCO9014: the choices of question 'one.q1' are lettered anew ('The first' a → b, 'The second' b → c)");
        output.Should().Contain("learners in progress keep:\n  - every section seen, the bookmark, every quiz's attempts and every answer");
        output.Should().EndWith("safe to upload, at the costs above: every learner keeps everything else\n");
    }

    [Fact]
    public void A_reworded_choice_resets_its_question_and_what_learners_keep_does_not_promise_every_answer()
    {
        using var old = new CourseBuilder();
        using var updated = new CourseBuilder()
            .With("course.yml", CourseBuilder.ValidCourseYml.Replace("version: 1.0.0", "version: 1.1.0", StringComparison.Ordinal))
            .With("sections/one.md", CourseBuilder.SectionOne.Replace("- [ ] The second", "- [ ] The other one", StringComparison.Ordinal));
        Run("build", old.Directory, "-o", old.OutputPath).ExitCode.Should().Be(0);
        Run("build", updated.Directory, "-o", updated.OutputPath).ExitCode.Should().Be(0);

        var (exitCode, output, error) = Run("diff", old.OutputPath, updated.OutputPath);

        exitCode.Should().Be(0, error);
        error.Should().Contain("warning SCO9013: question 'one.q1' is reset for learners who chose 'The second'");
        output.Should().Contain("  - every section seen, the bookmark, every quiz's attempts and every answer but those a warning says are reset\n");
    }

    [Fact]
    public void Json_gives_the_verdict_what_is_kept_and_each_cost_and_a_changed_course_id_exits_1()
    {
        using var old = new CourseBuilder();
        using var renamed = new CourseBuilder().With("course.yml", CourseBuilder.ValidCourseYml.Replace("id: test-course", "id: test-course-2", StringComparison.Ordinal));
        Run("build", old.Directory, "-o", old.OutputPath).ExitCode.Should().Be(0);
        Run("build", renamed.Directory, "-o", renamed.OutputPath).ExitCode.Should().Be(0);

        var (exitCode, output, _) = Run("diff", old.OutputPath, renamed.OutputPath, "--format", "json");

        exitCode.Should().Be(1);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("safe").GetBoolean().Should().BeFalse();
        json.RootElement.GetProperty("verdict").GetString().Should().StartWith("not safe");
        json.RootElement.GetProperty("diagnostics")[0].GetProperty("id").GetString().Should().Be("SCO9003");
    }

    [Fact]
    public void A_missing_package_is_a_usage_error()
    {
        using var course = new CourseBuilder();

        var (exitCode, _, error) = Run("diff", course.OutputPath, course.OutputPath);

        exitCode.Should().Be(2);
        error.Should().StartWith("error: no such file: ");
    }
}
