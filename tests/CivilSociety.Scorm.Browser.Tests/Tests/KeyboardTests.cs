using System.Globalization;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using static CivilSociety.Scorm.Browser.Tests.Infrastructure.CallLogChecks;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// The real course with the keyboard only (Tab, Shift+Tab, Enter, Space, arrow keys): the skip link, focus on the new
/// section's heading, no keyboard trap, a visible focus indicator, and the whole course completed, quizzes included.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(1280, 800)]
    [InlineData(360, 740)]
    public async Task A_keyboard_only_learner_completes_the_real_course_with_full_marks(int width, int height)
    {
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package, width: width, height: height);
        await session.WaitForInitializedAsync();
        var keys = new KeyboardLearner(session.Page, session.Sco, await session.CourseDataAsync());
        var course = keys.Course;

        (await keys.PressAsync("Tab")).ClassName.Should().Be("skip-link", "the skip link is the first stop");
        for (var i = 0; i < course.Sections.Count; i++)
        {
            var section = course.Sections[i];
            if (i > 0)
            {
                await keys.MoveToActionAsync("next");
                var focused = await keys.PressAsync("Enter");
                KeyboardLearner.IsHeadingOf(focused, section).Should().BeTrue($"Next moves the focus to the heading of {section.Id}, not {focused}");
            }

            if (section.Quiz is { Questions.Count: > 0 })
            {
                await keys.AnswerQuizAsync(section, Learner.Correctly);
            }
        }

        await keys.MoveToActionAsync("next");
        (await keys.PressAsync("Enter")).Id.Should().Be("summary-title", "Next on the last section opens the summary and focuses its heading");
        await keys.MoveToActionAsync("exit", "Shift+Tab");
        await keys.PressAsync("Enter");
        await session.WaitForTerminatedAsync();

        var state = await session.StateAsync();
        state["cmi.core.lesson_status"].Should().Be("passed");
        decimal.Parse(state["cmi.core.score.raw"], CultureInfo.InvariantCulture).Should().Be(100);
        ShouldBeCleanFinishedSession(await session.CallsAsync());
        session.PageErrors.Should().BeEmpty();
        ShouldAllShowTheirFocus(keys.Trail);
    }

    public static TheoryData<string> Samples => [.. RepositoryPaths.SampleNames];

    /// <summary>Every sample, so every question type's controls (a type added later has a sample of its own).</summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_keyboard_only_learner_completes_every_question_type(string sample)
    {
        var package = await PageStateAccessibilityTests.PackageAsync(fixture, sample);
        await using var session = await LmsSession.OpenAsync(fixture, package, width: 360, height: 740);
        await session.WaitForInitializedAsync();
        var keys = new KeyboardLearner(session.Page, session.Sco, await session.CourseDataAsync());
        var course = keys.Course;

        for (var i = 0; i < course.Sections.Count; i++)
        {
            var section = course.Sections[i];
            if (i > 0)
            {
                await keys.MoveToActionAsync("next");
                KeyboardLearner.IsHeadingOf(await keys.PressAsync("Enter"), section).Should().BeTrue();
            }

            if (section.Quiz is { Questions.Count: > 0 })
            {
                await keys.AnswerQuizAsync(section, Learner.Correctly);
            }
        }

        await keys.MoveToActionAsync("next");
        await keys.PressAsync("Enter");
        await keys.MoveToActionAsync("exit", "Shift+Tab");
        await keys.PressAsync("Enter");
        await session.WaitForTerminatedAsync();

        var state = await session.StateAsync();
        state["cmi.core.lesson_status"].Should().Be("passed");
        decimal.Parse(state["cmi.core.score.raw"], CultureInfo.InvariantCulture).Should().Be(100);
        ShouldAllShowTheirFocus(keys.Trail);
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_shows_itself_and_moves_to_the_content()
    {
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package, width: 360, height: 740);
        await session.WaitForInitializedAsync();
        var keys = new KeyboardLearner(session.Page, session.Sco, await session.CourseDataAsync());

        var skip = await keys.PressAsync("Tab");
        skip.ClassName.Should().Be("skip-link");
        skip.Text.Should().Be(keys.Course.String("skipToContent"));
        skip.Visible.Should().BeTrue("a focused skip link is on screen");
        var main = await keys.PressAsync("Enter");
        main.Id.Should().Be("content", "the skip link moves the focus to <main>");
        var next = await keys.PressAsync("Tab");
        next.Section.Should().Be(keys.Course.Sections[0].Id, "after the skip link, Tab continues in the content, past the header and the contents");
    }

    [Fact]
    public async Task Tab_goes_through_every_control_once_and_then_leaves_the_course_no_trap()
    {
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.WaitForInitializedAsync();
        var keys = new KeyboardLearner(session.Page, session.Sco, await session.CourseDataAsync());
        var seen = new List<Focused>();
        for (var i = 0; i < 200; i++)
        {
            var focused = await keys.PressAsync("Tab");
            if (!focused.InFrame && seen.Count > 0)
            {
                break;
            }

            if (focused.InFrame)
            {
                seen.Add(focused);
            }
        }

        (await keys.FocusedAsync()).InFrame.Should().BeFalse($"Tab leaves the course after its last control; went through {string.Join(" | ", seen)}");
        seen.Count.Should().BeGreaterThan(10);
        seen.Select(f => f.Action).Should().Contain(["exit", "next"]);
        seen.Should().Contain(f => f.ClassName.Contains("quiz-submit", StringComparison.Ordinal));
        seen.Count(f => f.Tag == "a" && f.Section is null && f.ClassName != "skip-link").Should().BeGreaterThanOrEqualTo(keys.Course.Sections.Count, "every table of contents link");
        seen.Should().OnlyHaveUniqueItems("each control is one stop");

        // And back: Shift+Tab comes back into the course, to its last control.
        var back = await keys.PressAsync("Shift+Tab");
        back.Should().Be(seen[^1], "Shift+Tab returns to the last control");
        ShouldAllShowTheirFocus(keys.Trail);
    }

    [Fact]
    public async Task A_table_of_contents_link_opened_with_enter_moves_the_focus_to_the_section_heading()
    {
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.WaitForInitializedAsync();
        var keys = new KeyboardLearner(session.Page, session.Sco, await session.CourseDataAsync());
        var target = keys.Course.Sections[2];

        await keys.MoveToAsync(f => f.Tag == "a" && f.Text.StartsWith(target.Title, StringComparison.Ordinal), "the contents link");
        var focused = await keys.PressAsync("Enter");

        KeyboardLearner.IsHeadingOf(focused, target).Should().BeTrue($"the focus is on the new heading, not {focused}");
        focused.Visible.Should().BeTrue();
        (await session.Sco.EvaluateAsync<bool>("() => document.activeElement.matches(':focus-visible')")).Should().BeTrue("after a key press the heading shows its focus");
    }

    /// <summary>Every element focused with the keyboard has a visible outline (2 px or more, not "none").</summary>
    private static void ShouldAllShowTheirFocus(IEnumerable<Focused> trail)
    {
        // A video's or sound's controls are the browser's own, which draws their focus ring (KeyboardLearner).
        var hidden = trail.Where(f => f.InFrame && f.Tag != "main" && f.Outline != "browser media controls" &&
            (!f.Visible || f.Outline == "not focus-visible" || f.Outline.StartsWith("none", StringComparison.Ordinal) ||
             !(double.TryParse(f.Outline.Split(' ')[1].Replace("px", "", StringComparison.Ordinal), CultureInfo.InvariantCulture, out var px) && px >= 2)))
            .Distinct().ToList();
        hidden.Should().BeEmpty("every keyboard focus is on screen with an outline: " + string.Join(" | ", hidden.Select(f => f + " " + f.Outline)));
    }
}
