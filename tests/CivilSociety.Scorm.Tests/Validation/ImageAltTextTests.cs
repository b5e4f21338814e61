using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Validation;

/// <summary>WCAG 1.1.1: an image needs a text alternative; without one the build warns, at the image.</summary>
public sealed class ImageAltTextTests
{
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Theory]
    [InlineData("![](../media/map.png)")]
    [InlineData("![ ](../media/map.png)")]
    public void Warns_SCO3026_at_an_image_without_alt_text(string image)
    {
        using var course = new CourseBuilder()
            .WithBytes("media/map.png", TinyPng)
            .With("sections/two.md", CourseBuilder.SectionTwo.Replace("Text about the second thing.", "Text about the second thing.\n\nSee " + image, StringComparison.Ordinal));

        var result = course.Compile();

        var warning = result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO3026").Subject;
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Location.Should().Be(new SourceSpan("sections/two.md", 9, 5));
        warning.Message.Should().Be("image '../media/map.png' has no alternative text");
        result.Succeeded.Should().BeTrue("a warning, not an error");
    }

    [Fact]
    public void An_image_with_alt_text_is_fine()
    {
        using var course = new CourseBuilder()
            .WithBytes("media/map.png", TinyPng)
            .With("sections/two.md", CourseBuilder.SectionTwo.Replace("Text about the second thing.", "![A map of the valley](../media/map.png)", StringComparison.Ordinal));

        course.Compile().Diagnostics.Should().NotContain(d => d.Id == "SCO3026");
    }
}
