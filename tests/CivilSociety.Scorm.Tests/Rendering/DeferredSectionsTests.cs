using System.Xml.Linq;
using AngleSharp.Html.Parser;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Rendering;

/// <summary>
/// Sections after the first leave the launch page (Rendering/DeferredSections.cs): each leaves a placeholder, and
/// its HTML goes into sections.js, a file of the package the player loads after the first paint.
/// </summary>
public sealed class DeferredSectionsTests
{
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public void The_first_section_is_in_the_page_and_the_others_are_placeholders_whose_html_is_in_sections_js()
    {
        using var package = new BuiltPackage(new CourseBuilder().Directory);
        var raw = new HtmlParser().ParseDocument(package.ReadText("index.html"));

        raw.QuerySelectorAll("section[data-section]").Select(s => s.Id).Should().Equal("s-one");
        var block = raw.QuerySelector("script[data-section]")!;
        block.GetAttribute("type").Should().Be("text/html");
        block.GetAttribute("data-section").Should().Be("two");
        block.TextContent.Should().BeEmpty("its HTML is in sections.js");
        block.PreviousElementSibling!.Id.Should().Be("s-one", "the placeholder holds the section's place");
        package.ReadText("sections.js").Should().StartWith("document.currentScript.sections={\"two\":\"<section ");
        package.LaunchPage().QuerySelectorAll("section[data-section]").Select(s => s.Id).Should().Equal("s-one", "s-two");
        package.LaunchPage().QuerySelector("#s-two form.quiz").Should().NotBeNull();

        XNamespace cp = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
        XDocument.Parse(package.ReadText("imsmanifest.xml")).Descendants(cp + "file").Select(f => f.Attribute("href")!.Value)
            .Should().Contain("sections.js", "every file of the package is listed");
    }

    [Fact]
    public void A_course_of_one_section_has_no_sections_file()
    {
        using var course = new CourseBuilder()
            .With("course.yml", CourseBuilder.ValidCourseYml.Replace("\n  - sections/two.md", "", StringComparison.Ordinal))
            .Without("sections/two.md");
        using var package = new BuiltPackage(course.Directory);

        package.EntryNames().Should().NotContain("sections.js");
        new HtmlParser().ParseDocument(package.ReadText("index.html")).QuerySelector("script[data-section]").Should().BeNull();
    }

    [Fact]
    public void Text_that_would_end_a_script_element_reads_the_same_once_the_section_is_put_back()
    {
        const string alt = "a </script><script>alert(1)</script> <!-- b";
        using var course = new CourseBuilder()
            .WithBytes("media/plain.png", TinyPng)
            .With("sections/two.md", CourseBuilder.SectionTwo.Replace(
                "Text about the second thing.", $"![{alt.Replace("<", "\\<", StringComparison.Ordinal)}](../media/plain.png) and `</SCRIPT>` as code."));
        using var package = new BuiltPackage(course.Directory);

        var raw = new HtmlParser().ParseDocument(package.ReadText("index.html"));
        raw.QuerySelectorAll("script:not([src])").Should().HaveCount(2, "the placeholder and the course data, nothing else");
        var section = package.LaunchPage().QuerySelector("#s-two")!;
        section.QuerySelector("img")!.GetAttribute("alt").Should().Be(alt);
        section.QuerySelector("code")!.TextContent.Should().Be("</SCRIPT>");
    }
}
