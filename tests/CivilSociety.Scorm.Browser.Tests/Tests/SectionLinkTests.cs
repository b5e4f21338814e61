using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// A link from one section to a place in another (<c>[the legend](02-scale-and-legend.md#legend)</c>) opens that
/// section at that place, not at its start: the learner lands on what the link promised.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SectionLinkTests(BrowserFixture fixture) : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("section-links-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public async Task A_link_to_a_heading_of_another_section_opens_that_section_scrolled_to_the_heading()
    {
        var package = await fixture.CourseAsync(MinimalCourseWithAnAnchorFarDown(), "section-links");
        await using var session = await LmsSession.OpenAsync(fixture, package, width: 1280, height: 800);
        var learner = await Learner.InAsync(session.Sco);
        var (first, second) = (learner.Course.Sections[0], learner.Course.Sections[1]);
        await learner.ExpectShownAsync(first);

        await learner.Section(first).GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "how to read the legend" }).ClickAsync();

        await learner.ExpectShownAsync(second);
        await Expect(learner.Section(first)).ToBeHiddenAsync();
        var heading = learner.Section(second).Locator("h3", new() { HasText = "Reading the legend" });
        await Expect(heading).ToBeInViewportAsync();
        await Expect(learner.Section(second).Locator("h2").First).Not.ToBeInViewportAsync();   // not the section's start
        session.PageErrors.Should().BeEmpty();
    }

    /// <summary>samples/minimal-en, with the legend's heading (an id) below a screenful of text, linked from the first section.</summary>
    private string MinimalCourseWithAnAnchorFarDown()
    {
        var source = Path.Combine(RepositoryPaths.Root, "samples", "minimal-en");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(work, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var first = Path.Combine(work, "sections", "01-orientation.md");
        File.WriteAllText(first, File.ReadAllText(first).Replace("::: quiz",
            "The next section explains [how to read the legend](02-scale-and-legend.md#legend).\n\n::: quiz", StringComparison.Ordinal));
        var second = Path.Combine(work, "sections", "02-scale-and-legend.md");
        var filler = string.Concat(Enumerable.Repeat("A scale bar is drawn at the edge of most maps; measure along it with a strip of paper.\n\n", 40));
        File.WriteAllText(second, File.ReadAllText(second).Replace("The **legend**",
            filler + "## Reading the legend {#legend}\n\nThe **legend**", StringComparison.Ordinal));
        return work;
    }
}
