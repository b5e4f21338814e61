using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// axe-core on every state a learner can reach, for the real course and each sample, on a desktop and a phone:
/// every section, every quiz before checking, after a wrong attempt and after a right one (or with the answers
/// revealed), the summary before and after the course is done, the closed page, the table of contents opened on a
/// phone, and the page opened without an LMS. Every rule axe runs by default (WCAG 2.0-2.2 A/AA and best
/// practices): zero violations of any impact.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageStateAccessibilityTests(BrowserFixture fixture)
{
    /// <summary>The real course and every sample (each question type's controls among them), on a desktop and a phone.</summary>
    public static TheoryData<string, int, int> Courses()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var name in RepositoryPaths.SampleNames.Prepend("real-course"))
        {
            data.Add(name, 1280, 800);
            data.Add(name, 360, 740);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Courses))]
    public async Task Every_page_state_has_no_axe_violations(string name, int width, int height)
    {
        var package = await PackageAsync(fixture, name);
        var found = new List<string>();
        await using (var session = await LmsSession.OpenAsync(fixture, package, width: width, height: height))
        {
            var learner = await Learner.InAsync(session.Sco);
            var course = learner.Course;
            async Task Scan(string state)
            {
                foreach (var violation in await Axe.RunAsync(session.Sco, allRules: true))
                {
                    found.Add($"[{state}] {violation}");
                }
            }

            await learner.ExpectShownAsync(course.Sections[0]);
            if (width < 800)
            {
                await learner.TocToggle.ClickAsync();
                await Expect(learner.TocToggle).ToHaveAttributeAsync("aria-expanded", "true");
                await Scan("table of contents open");
                await learner.TocToggle.ClickAsync();
            }

            await learner.OpenSummaryAsync();
            await Scan("summary, course not done");
            await learner.OpenFromTocAsync(course.Sections[0]);

            for (var i = 0; i < course.Sections.Count; i++)
            {
                var section = course.Sections[i];
                if (i > 0)
                {
                    await learner.NextAsync();
                }

                await Scan($"section {section.Id}");
                if (section.Quiz is not { Questions.Count: > 0 })
                {
                    continue;
                }

                await learner.AnswerQuizAsync(section, Learner.Wrongly);
                await Scan($"quiz {section.Id}, wrong answers checked");
                var retry = learner.TryAgainButton(section);
                if (await retry.IsVisibleAsync())
                {
                    await retry.ClickAsync();
                    await Scan($"quiz {section.Id}, trying again");
                    await learner.AnswerQuizAsync(section, Learner.Correctly);
                    await Scan($"quiz {section.Id}, right answers checked");
                }
            }

            await learner.NextButton.ClickAsync();
            await Expect(learner.Frame.Locator("[data-slot=summary]")).ToBeVisibleAsync();
            await Scan("summary, course done");
            await learner.ExitButton.ClickAsync();
            await session.WaitForTerminatedAsync();
            await Scan("closed");
        }

        var (context, page) = await LmsSession.OpenWithoutLmsAsync(fixture, package, width, height);
        await using (context)
        {
            await page.Locator("[data-slot=no-lms-notice]").WaitForAsync();
            foreach (var violation in await Axe.RunAsync(page.MainFrame, allRules: true))
            {
                found.Add($"[no LMS] {violation}");
            }
        }

        found.Should().BeEmpty(Environment.NewLine + string.Join(Environment.NewLine, found));
    }

    internal static Task<ScormPackage> PackageAsync(BrowserFixture fixture, string name) => name == "real-course"
        ? fixture.RealCourseAsync()
        : fixture.CourseAsync(Path.Combine(RepositoryPaths.Root, "samples", name), name);
}
