using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Rendering;

/// <summary>
/// Practice checks (::: check, docs/blocks.md): read like a quiz, built where the author wrote them, driven by the
/// quiz engine, and kept out of everything that counts (score, pass mark, outcomes, interactions, xAPI).
/// </summary>
public sealed class PracticeCheckTests
{
    private const string Check = """
        ::: check
        ### Which comes first, for practice? {#p1}

        - [x] The first
          > Right.
        - [ ] The second

        > correct: Well practised.
        :::
        """;

    private static CourseBuilder CourseWith(string body) => new CourseBuilder()
        .With("sections/one.md", CourseBuilder.SectionOne.Replace("Some text about the *first* thing.", "Some text about the *first* thing.\n\n" + body + "\n\nMore text.", StringComparison.Ordinal));

    public static TheoryData<PackageTarget> Targets() => [PackageTarget.Scorm12, PackageTarget.Scorm2004, PackageTarget.Cmi5];

    [Theory]
    [MemberData(nameof(Targets))]
    public void A_check_is_a_form_where_the_author_wrote_it_outside_the_quiz(PackageTarget target)
    {
        using var course = CourseWith(Check);
        var result = course.Compile();
        result.Diagnostics.Where(d => d.Severity == Scorm.Diagnostics.DiagnosticSeverity.Error).Should().BeEmpty();
        using var package = new BuiltPackage(course.Directory, o => o with { Target = target });
        var page = package.LaunchPage();

        var form = page.QuerySelector("#s-one form[data-check='one']")!;
        form.Should().NotBeNull();
        form.HasAttribute("data-quiz").Should().BeFalse("the section's quiz is the only form that counts");
        form.PreviousElementSibling!.TextContent.Should().Contain("first thing", "the check stays between the paragraphs around it");
        form.NextElementSibling!.TextContent.Should().Be("More text.");
        form.QuerySelector("h3.quiz-title")!.TextContent.Should().Be("Practice");
        form.QuerySelector("fieldset#q-one-p1 input[type=radio]").Should().NotBeNull();
        form.QuerySelector("[role=status][aria-live=polite]").Should().NotBeNull("one announcement per Check, as in a quiz");
        page.QuerySelectorAll("form[data-quiz='one']").Should().HaveCount(1);
        page.QuerySelector(".cs-check-slot").Should().BeNull();

        var data = SealedKeys.CourseData(page);
        var section = data.GetProperty("sections")[0];
        section.GetProperty("quiz").GetProperty("questions").GetArrayLength().Should().Be(1, "the check's question is not the quiz's");
        section.GetProperty("checks")[0].GetProperty("questions")[0].GetProperty("id").GetString().Should().Be("p1");
        data.GetProperty("keepsPractice").GetBoolean().Should().BeTrue();

        // The feedback is sealed with the check's key, as a quiz's; a practice question's key has no xAPI pattern.
        var key = SealedKeys.Open(data.GetProperty("seal").GetString()!, "one.p1",
            section.GetProperty("checks")[0].GetProperty("questions")[0].GetProperty("sealed").GetString()!);
        key.GetProperty("feedback").GetProperty("correct").GetString().Should().Contain("Well practised.");
        form.TextContent.Should().NotContain("Well practised.");
    }

    [Fact]
    public void A_check_is_no_question_of_the_course_for_coverage_reports_and_the_bank()
    {
        using var course = CourseWith(Check);
        var result = course.Compile();

        result.Diagnostics.Where(d => d.Severity == Scorm.Diagnostics.DiagnosticSeverity.Error).Should().BeEmpty();
        var bank = Path.Combine(course.Directory, "bank.xml");
        QuestionExporter.Export(new ExportOptions(course.Directory, Scorm.Export.QuestionFormat.MoodleXml, bank)).Succeeded.Should().BeTrue();
        File.ReadAllText(bank).Should().Contain("q1").And.NotContain("p1", "the graded bank holds the quizzes' questions only");

        var coverage = CourseReports.Coverage(new CoverageOptions(course.Directory, "-"));
        System.Text.Encoding.UTF8.GetString(coverage.Content!).Should().NotContain("p1");
    }

    [Fact]
    public void A_check_needs_no_outcome_but_refuses_a_pass_mark_and_warns_on_a_weight()
    {
        using var course = CourseWith(Check.Replace("::: check", "::: check {pass=80 draw=1}", StringComparison.Ordinal)
            .Replace("{#p1}", "{#p1 weight=3}", StringComparison.Ordinal));

        var ids = course.Compile().Diagnostics.Select(d => d.Id).ToList();

        ids.Should().Equal("SCO2060", "SCO2060", "SCO2061");
    }

    [Fact]
    public void A_check_question_shares_the_section_ids_with_the_quiz()
    {
        using var course = CourseWith(Check.Replace("{#p1}", "{#q1}", StringComparison.Ordinal));

        course.Compile().Diagnostics.Should().ContainSingle(d => d.Id == "SCO3006");
    }

    [Fact]
    public void A_second_quiz_is_told_about_checks()
    {
        using var course = CourseWith("::: quiz\n### Another {#q2 outcomes=\"LO1\"}\n\n- [x] A\n- [ ] B\n:::");

        course.Compile().Diagnostics.Should().ContainSingle(d => d.Id == "SCO2016").Which.Help.Should().Contain("::: check");
    }

    [Fact]
    public void Adding_a_check_leaves_the_quizzes_saved_state_format_as_it_was()
    {
        using var without = CourseWith("");
        using var with = CourseWith(Check);

        var a = Scorm.Validation.SuspendDataBudget.WidestMainState(Load(without));
        var b = Scorm.Validation.SuspendDataBudget.WidestMainState(Load(with));

        b.Should().Be(a);
        Scorm.Validation.SuspendDataBudget.KeepsPractice(Load(with)).Should().BeTrue();
        Scorm.Validation.SuspendDataBudget.KeepsPractice(Load(without)).Should().BeFalse();
    }

    private static Course Load(CourseBuilder course)
    {
        var diagnostics = new Scorm.Diagnostics.DiagnosticBag();
        return Scorm.Parsing.CourseParser.Parse(Scorm.Loading.CourseLoader.Load(course.Directory, diagnostics), diagnostics)!;
    }
}
