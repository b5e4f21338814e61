using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using static CivilSociety.Scorm.Browser.Tests.Infrastructure.CallLogChecks;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>The English sample (samples/minimal-en): the same runtime left to right.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EnglishSampleTests(BrowserFixture fixture)
{
    private Task<ScormPackage> SampleAsync() =>
        fixture.CourseAsync(Path.Combine(RepositoryPaths.Root, "samples", "minimal-en"), "minimal-en");

    [Fact]
    public async Task English_sample_is_left_to_right_with_the_table_of_contents_on_the_left()
    {
        var package = await SampleAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package, width: 1280, height: 800);
        var learner = await Learner.InAsync(session.Sco);
        await learner.ExpectShownAsync(learner.Course.Sections[0]);

        await Expect(session.Sco.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(session.Sco.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        var toc = await learner.Toc.BoundingBoxAsync();
        var content = await session.Sco.Locator("main").BoundingBoxAsync();
        (toc!.X + (toc.Width / 2)).Should().BeLessThan(content!.X + (content.Width / 2), "in LTR the navigation is on the left");
        await session.ScreenshotAsync("minimal-en-1280x800");
    }

    [Fact]
    public async Task English_sample_completes_with_all_answers_right()
    {
        var package = await SampleAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);

        await learner.ReadWholeCourseAsync(Learner.Correctly);
        await learner.ExitButton.ClickAsync();
        await session.WaitForTerminatedAsync();

        var state = await session.StateAsync();
        ShouldBeCleanFinishedSession(await session.CallsAsync());
        state["cmi.core.lesson_status"].Should().Be(learner.Course.Questions.Any() ? "passed" : "completed");
        (await Axe.RunAsync(session.Sco)).Should().BeEmpty("the closing screen is accessible too");
    }
}
