using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>The launch page opened on its own (a preview, or someone who unzipped the package).</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoLmsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Without_an_lms_the_page_shows_the_notice_and_still_navigates()
    {
        var package = await fixture.RealCourseAsync();
        var (context, page) = await LmsSession.OpenWithoutLmsAsync(fixture, package);
        await using var _ = context;
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        var learner = await Learner.InAsync(page.MainFrame);

        await Expect(page.Locator("[data-slot=no-lms-notice]")).ToBeVisibleAsync();
        await learner.ExpectShownAsync(learner.Course.Sections[0]);
        await learner.NextAsync();
        await learner.OpenFromTocAsync(learner.Course.Sections[^1]);

        // Progress is kept in the browser: a reload comes back to the same section.
        await page.ReloadAsync();
        await learner.ExpectShownAsync(learner.Course.Sections[^1]);
        errors.Should().BeEmpty();
    }
}
