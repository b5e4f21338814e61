using System.Text;
using CivilSociety.Scorm.Cli;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Export;

/// <summary>
/// What a question bank cannot carry is said at its source or as a warning naming the question, never an internal
/// error; export-questions and coverage judge the course by the package it is built as (--target), or by none.
/// </summary>
public sealed class ExportHostileTextTests
{
    private const string FillIn = """
        ---
        id: one
        title: Section one
        outcomes: [LO1]
        ---

        Some text.

        ::: quiz
        ### Name the stage in which water rises. {#q1 outcomes="LO1" type=fill-in weight=2}

        - [x] evaporation
        - [x] ANSWER
        :::
        """;

    [Theory]
    [InlineData("moodle-xml")]
    [InlineData("gift")]
    [InlineData("qti21")]
    public void A_control_character_in_a_choice_is_an_error_at_its_line_in_build_and_export(string format)
    {
        using var course = new CourseBuilder().With("sections/one.md", CourseBuilder.SectionOne.Replace("The second", "The se\u0001cond", StringComparison.Ordinal));

        var (buildCode, build) = Run("build", course.Directory, "-o", course.OutputPath);
        var (code, output) = Run("export-questions", course.Directory, "--format", format, "-o", Path.Combine(course.Directory, "out", "bank"));

        buildCode.Should().Be(1);
        build.Should().Contain("sections/one.md(14,13): error SCO3053").And.Contain("U+0001");
        code.Should().Be(1);
        output.Should().Contain("error SCO3053").And.NotContain("internal error");
        File.Exists(Path.Combine(course.Directory, "out", "bank")).Should().BeFalse();
    }

    [Fact]
    public void Braces_in_an_accepted_answer_are_diagnosed_and_kept_when_escaped()
    {
        using var course = new CourseBuilder().With("sections/one.md", FillIn.Replace("ANSWER", "evap~or{at}ing", StringComparison.Ordinal));

        var (code, output) = Run("export-questions", course.Directory, "--format", "gift", "-o", Path.Combine(course.Directory, "bank.txt"));

        code.Should().Be(1);
        output.Should().Contain("error SCO3054").And.Contain("learners would have to type 'evap~oring'").And.Contain(@"write it 'evap~or\{at}ing'");

        course.With("sections/one.md", FillIn.Replace("ANSWER", @"evap~or\{at}ing", StringComparison.Ordinal));
        var xml = Path.Combine(course.Directory, "bank.xml");
        var gift = Path.Combine(course.Directory, "bank.gift.txt");
        Run("export-questions", course.Directory, "--format", "moodle-xml", "-o", xml).Code.Should().Be(0);
        var (giftCode, giftOutput) = Run("export-questions", course.Directory, "--format", "gift", "-o", gift);

        File.ReadAllText(xml).Should().Contain("<text>evap~or{at}ing</text>");
        giftCode.Should().Be(0, giftOutput);
        File.ReadAllText(gift).Should().Contain(@"=evap\~or\{at\}ing");
        giftOutput.Should().Contain("warning SCO7002: question 'one.q1' loses its weight 2 (GIFT has no default mark: Moodle imports 1) in the GIFT file");
    }

    [Fact]
    public void Gift_text_of_a_right_to_left_course_carries_its_language()
    {
        using var temp = new TempDirectory();
        var gift = temp.File("bank.gift.txt");

        var (code, output) = Run("export-questions", Repository.RealCourse, "--format", "gift", "-o", gift);

        code.Should().Be(0, output);
        File.ReadAllText(gift, Encoding.UTF8).Should().Contain("<div dir\\=\"rtl\" lang\\=\"ar\">");
    }

    [Theory]
    [InlineData("export-questions", "--format", "moodle-xml")]
    [InlineData("coverage")]
    public void A_course_that_builds_for_scorm2004_is_not_refused_with_SCO3034(params string[] command)
    {
        using var course = new CourseBuilder().With("sections/one.md", LargeSavedState());
        string[] Args(params string[] more) => [command[0], course.Directory, .. command.Skip(1), "-o", Path.Combine(course.Directory, "out", "file"), .. more];

        Run("build", course.Directory, "--target", "scorm2004", "-o", course.OutputPath).Code.Should().Be(0);
        Run("build", course.Directory, "-o", course.OutputPath).Output.Should().Contain("SCO3034");

        Run(Args("--target", "scorm2004")).Code.Should().Be(0);
        Run(Args()).Code.Should().Be(0, "without a target no saved-state rule concerns a question bank");
        var (code, output) = Run(Args("--target", "scorm12"));
        code.Should().Be(1);
        output.Should().Contain("error SCO3034");
    }

    /// <summary>Six fill-in questions of 255 letters: past SCORM 1.2's 4096 characters of saved state, within SCORM 2004's 64,000.</summary>
    private static string LargeSavedState() =>
        "---\nid: one\ntitle: Section one\noutcomes: [LO1]\n---\n\nSome text.\n\n::: quiz\n"
        + string.Concat(Enumerable.Range(1, 6).Select(i => $"### Name thing {i} {{#q{i} outcomes=\"LO1\" type=fill-in maxlength=255}}\n\n- [x] thing {i}\n\n"))
        + ":::\n";

    private static (int Code, string Output) Run(params string[] args)
    {
        var writer = new StringWriter();
        return (CliApplication.Run(args, writer, writer), writer.ToString());
    }
}
