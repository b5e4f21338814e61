using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>The real course is Arabic: right to left, readable on a phone and on a desktop.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ArabicLayoutTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Page_is_arabic_and_right_to_left()
    {
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package);
        var html = session.Sco.Locator("html");

        await Expect(html).ToHaveAttributeAsync("lang", "ar");
        await Expect(html).ToHaveAttributeAsync("dir", "rtl");
        (await session.Sco.EvaluateAsync<string>("() => getComputedStyle(document.body).direction")).Should().Be("rtl");
    }

    [Fact]
    public async Task Table_of_contents_sits_on_the_right_of_the_content_at_desktop_width()
    {
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package, width: 1280, height: 800);
        var learner = await Learner.InAsync(session.Sco);
        await learner.ExpectShownAsync(learner.Course.Sections[0]);

        var toc = await learner.Toc.BoundingBoxAsync();
        var content = await session.Sco.Locator("main").BoundingBoxAsync();
        toc.Should().NotBeNull("the table of contents is visible at 1280 px");
        content.Should().NotBeNull();

        (toc!.X + (toc.Width / 2)).Should().BeGreaterThan(content!.X + (content.Width / 2), "in RTL the navigation is on the right");
        toc.X.Should().BeGreaterThanOrEqualTo(content.X + content.Width - 1, "the navigation and the text sit side by side, not on top of each other");
        await session.ScreenshotAsync("real-course-1280x800");
    }

    [Theory]
    [InlineData(320, 640)]
    [InlineData(360, 740)]
    public async Task Page_has_no_horizontal_scroll_on_a_phone(int width, int height)
    {
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package, width: width, height: height);
        var learner = await Learner.InAsync(session.Sco);
        var scrollsSideways = "() => document.documentElement.scrollWidth > document.documentElement.clientWidth";

        await learner.ExpectShownAsync(learner.Course.Sections[0]);
        await session.ScreenshotAsync($"real-course-{width}x{height}");
        for (var i = 0; i < learner.Course.Sections.Count; i++)
        {
            var section = learner.Course.Sections[i];
            if (i > 0)
            {
                await learner.NextAsync();
            }

            (await session.Sco.EvaluateAsync<bool>(scrollsSideways)).Should().BeFalse(
                $"section {section.Id} fits {width} px: scrollWidth {await session.Sco.EvaluateAsync<int>("() => document.documentElement.scrollWidth")}");
        }
    }
}
