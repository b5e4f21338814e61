using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>axe-core (WCAG 2.x A/AA and best practices) inside the SCO's frame of the real course.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Section_view_has_no_axe_violations()
    {
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package);
        var learner = await Learner.InAsync(session.Sco);
        await learner.ExpectShownAsync(learner.Course.Sections[0]);

        var violations = await Axe.RunAsync(session.Sco);

        violations.Should().BeEmpty(Describe(violations));
    }

    [Fact]
    public async Task Quiz_has_no_axe_violations_before_and_after_checking_the_answers()
    {
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package);
        var learner = await Learner.InAsync(session.Sco);
        var section = learner.Course.SectionsWithQuiz.First();
        await learner.OpenSectionAsync(section);
        await learner.Quiz(section).ScrollIntoViewIfNeededAsync();

        var before = await Axe.RunAsync(session.Sco);
        // Some right, some wrong: both kinds of feedback are on screen.
        var first = section.Quiz!.Questions[0];
        await learner.AnswerQuizAsync(section, q => q == first ? Learner.Correctly(q) : Learner.Wrongly(q));
        var after = await Axe.RunAsync(session.Sco);

        before.Should().BeEmpty("before checking: " + Describe(before));
        after.Should().BeEmpty("after checking: " + Describe(after));
    }

    [Fact]
    public async Task Page_without_an_lms_has_no_axe_violations()
    {
        var package = await fixture.RealCourseAsync();
        var (context, page) = await LmsSession.OpenWithoutLmsAsync(fixture, package);
        await using var _ = context;
        await page.Locator("[data-slot=no-lms-notice]").WaitForAsync();

        var violations = await Axe.RunAsync(page.MainFrame);

        violations.Should().BeEmpty(Describe(violations));
    }

    private static string Describe(IReadOnlyList<AxeViolation> violations) =>
        Environment.NewLine + string.Join(Environment.NewLine, violations);
}
