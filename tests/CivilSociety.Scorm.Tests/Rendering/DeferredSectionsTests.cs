using AngleSharp.Html.Parser;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Rendering;

/// <summary>
/// Sections after the first leave the browser's first parse of the page (Rendering/DeferredSections.cs): each is a
/// data block the player puts back, whose text must never end early, whatever the course says.
/// </summary>
public sealed class DeferredSectionsTests
{
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public void The_first_section_is_in_the_page_and_the_others_are_data_blocks_holding_them_whole()
    {
        using var package = new BuiltPackage(new CourseBuilder().Directory);
        var raw = new HtmlParser().ParseDocument(package.ReadText("index.html"));

        raw.QuerySelectorAll("section[data-section]").Select(s => s.Id).Should().Equal("s-one");
        var block = raw.QuerySelector("script[data-section]")!;
        block.GetAttribute("type").Should().Be("text/html");
        block.GetAttribute("data-section").Should().Be("two");
        block.PreviousElementSibling!.Id.Should().Be("s-one", "the block holds the section's place");
        package.LaunchPage().QuerySelectorAll("section[data-section]").Select(s => s.Id).Should().Equal("s-one", "s-two");
        package.LaunchPage().QuerySelector("#s-two form.quiz").Should().NotBeNull();
    }

    [Fact]
    public void Text_that_would_end_the_block_early_is_written_as_a_character_reference_and_reads_the_same()
    {
        const string alt = "a </script><script>alert(1)</script> <!-- b";
        using var course = new CourseBuilder()
            .WithBytes("media/plain.png", TinyPng)
            .With("sections/two.md", CourseBuilder.SectionTwo.Replace(
                "Text about the second thing.", $"![{alt.Replace("<", "\\<", StringComparison.Ordinal)}](../media/plain.png) and `</SCRIPT>` as code."));
        using var package = new BuiltPackage(course.Directory);
        var raw = new HtmlParser().ParseDocument(package.ReadText("index.html"));

        var block = raw.QuerySelector("script[data-section='two']")!;
        block.TextContent.Should().NotContainEquivalentOf("</script").And.NotContain("<!--");
        raw.QuerySelectorAll("script:not([src])").Should().HaveCount(2, "the block and the course data, nothing else");
        var section = package.LaunchPage().QuerySelector("#s-two")!;
        section.QuerySelector("img")!.GetAttribute("alt").Should().Be(alt);
        section.QuerySelector("code")!.TextContent.Should().Be("</SCRIPT>");
    }
}
