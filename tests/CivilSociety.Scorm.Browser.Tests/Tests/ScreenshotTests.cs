using System.Globalization;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// Screenshots of the Arabic course and the English sample on a phone (360×740) and a desktop (1280×800), in every
/// state a reviewer looks at (bin/.../artifacts/), with the layout facts they should show: nothing wider than the
/// screen, the contents and the pager mirrored in right to left, the next and previous arrows pointing the reading way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture fixture)
{
    private const string ScrollsSideways = "() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1";

    public static TheoryData<string, int, int> Shots => new()
    {
        { "real-course", 360, 740 },
        { "real-course", 1280, 800 },
        { "real-course", 320, 640 },
        { "minimal-en", 360, 740 },
        { "minimal-en", 1280, 800 },
        { "minimal-en", 320, 640 },
    };

    [Theory]
    [MemberData(nameof(Shots))]
    public async Task Every_state_fits_the_screen_and_is_kept_as_a_screenshot(string name, int width, int height)
    {
        var package = await PageStateAccessibilityTests.PackageAsync(fixture, name);
        await using var session = await LmsSession.OpenAsync(fixture, package, width: width, height: height);
        var learner = await Learner.InAsync(session.Sco);
        var course = learner.Course;
        var prefix = $"{name}-{width}x{height}";
        async Task Shot(string state)
        {
            (await session.Sco.EvaluateAsync<bool>(ScrollsSideways)).Should().BeFalse(
                $"{state} fits {width} px: scrollWidth {await session.Sco.EvaluateAsync<int>("() => document.documentElement.scrollWidth")}");
            // No hover left over from the last click, and the toggle's arrow done turning.
            await session.Page.Mouse.MoveAsync(0, 0);
            await session.Page.WaitForTimeoutAsync(250);
            await session.ScreenshotAsync($"{prefix}-{state}");
        }

        await learner.ExpectShownAsync(course.Sections[0]);
        await Shot("1-section");
        if (width < 800)
        {
            await learner.ExpandTocAsync();
            await Shot("2-contents-open");
            await learner.TocToggle.ClickAsync();
        }

        var quizSection = course.SectionsWithQuiz.First();
        await learner.OpenSectionAsync(quizSection);
        await learner.Quiz(quizSection).ScrollIntoViewIfNeededAsync();
        await Shot("3-quiz-unanswered");
        var first = quizSection.Quiz!.Questions[0];
        await learner.AnswerQuizAsync(quizSection, q => q == first ? Learner.Wrongly(q) : Learner.Correctly(q));
        await session.Sco.EvaluateAsync("sel => document.querySelector(sel).scrollIntoView({ block: 'start' })", $"#q-{quizSection.Id}-{first.Id}");
        await Shot("4-quiz-checked-incorrect");
        await session.Sco.EvaluateAsync("sel => document.querySelector(sel).scrollIntoView({ block: 'end' })", $"#quiz-{quizSection.Id} .quiz-result");
        await Shot("5-quiz-result");

        await learner.OpenSummaryAsync();
        await Shot("6-summary-not-done");
        await learner.OpenFromTocAsync(quizSection);
        await learner.TryAgainButton(quizSection).ClickAsync();
        await learner.AnswerQuizAsync(quizSection, Learner.Correctly);
        foreach (var section in course.Sections.Where(s => s != quizSection))
        {
            await learner.OpenFromTocAsync(section);
            if (section.Quiz is { Questions.Count: > 0 })
            {
                await learner.AnswerQuizAsync(section, Learner.Correctly);
            }
        }

        await learner.OpenSectionAsync(course.Sections[^1]);
        await learner.NextButton.ClickAsync();
        await Expect(session.Sco.Locator("[data-slot=summary]")).ToBeVisibleAsync();
        await Shot("7-summary-passed");
        await learner.ExitButton.ClickAsync();
        await session.WaitForTerminatedAsync();
        await Shot("8-closed");
    }

    [Theory]
    [InlineData("real-course", "rtl")]
    [InlineData("minimal-en", "ltr")]
    public async Task Navigation_is_mirrored_in_right_to_left(string name, string direction)
    {
        var package = await PageStateAccessibilityTests.PackageAsync(fixture, name);
        await using var session = await LmsSession.OpenAsync(fixture, package, width: 1280, height: 800);
        var learner = await Learner.InAsync(session.Sco);
        await learner.ExpectShownAsync(learner.Course.Sections[0]);
        await learner.NextAsync();
        var rtl = direction == "rtl";

        var toc = await Box(learner.Toc);
        var main = await Box(session.Sco.Locator("main"));
        var next = await Box(learner.NextButton);
        var previous = await Box(session.Sco.Locator("[data-action=previous]"));
        var title = await Box(session.Sco.Locator(".course-title"));
        var exit = await Box(learner.ExitButton);

        (Mid(toc) > Mid(main)).Should().Be(rtl, "the contents are on the inline-start side: the right in RTL, the left in LTR");
        (Mid(next) < Mid(previous)).Should().Be(rtl, "Next is on the inline-end side: the left in RTL, the right in LTR");
        (Mid(exit) < Mid(title)).Should().Be(rtl, "the course title starts the header, Exit ends it");
        foreach (var icon in new[] { ".icon-forward", ".icon-back" })
        {
            var transform = await session.Sco.Locator(icon).EvaluateAsync<string>("e => getComputedStyle(e).transform");
            (transform == "matrix(-1, 0, 0, 1, 0, 0)").Should().Be(rtl, $"{icon} is mirrored in RTL only (transform: {transform})");
        }

        // The arrow inside Next points the way of reading: its tip (the path's middle point) towards the inline end.
        var tip = await session.Sco.Locator(".icon-forward").EvaluateAsync<double[]>(
            "svg => { const r = svg.getBoundingClientRect(), p = svg.querySelector('path'), m = p.getPointAtLength(p.getTotalLength() / 2).matrixTransform(p.getScreenCTM()); return [m.x, r.x + r.width / 2]; }");
        (tip[0] < tip[1]).Should().Be(rtl, $"the Next arrow points {(rtl ? "left" : "right")}");
    }

    [Fact]
    public async Task Arabic_text_is_set_large_and_airy_in_an_arabic_font()
    {
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package, width: 360, height: 740);
        var learner = await Learner.InAsync(session.Sco);
        await learner.ExpectShownAsync(learner.Course.Sections[0]);

        var style = await session.Sco.Locator("section:not([hidden]) p").First.EvaluateAsync<string[]>(
            "p => { const s = getComputedStyle(p); return [s.fontSize, s.lineHeight, s.fontFamily]; }");
        var size = Px(style[0]);
        var ratio = Px(style[1]) / size;

        size.Should().BeGreaterThanOrEqualTo(18, "Arabic body text is at least 18 px");
        ratio.Should().BeInRange(1.6, 1.8, "Arabic line height is 1.6 to 1.8");
        style[2].Should().Contain("Arabic", "the font stack starts with Arabic-capable fonts");
    }

    private static async Task<LocatorBoundingBoxResult> Box(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException($"{locator} is not on screen.");

    private static double Mid(LocatorBoundingBoxResult box) => box.X + (box.Width / 2);

    private static double Px(string value) => double.Parse(value.Replace("px", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
}
