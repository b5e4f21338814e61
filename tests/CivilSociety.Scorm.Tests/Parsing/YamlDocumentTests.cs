using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Parsing;

/// <summary>One YAML document per file: keys after a second --- would be lost without a word.</summary>
public sealed class YamlDocumentTests
{
    [Fact]
    public void A_trailing_document_marker_with_nothing_after_it_is_fine()
    {
        using var course = new CourseBuilder().With("course.yml", CourseBuilder.ValidCourseYml + "\n---\n");

        course.Compile().Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Keys_after_a_document_end_marker_are_SCO2034_at_the_marker()
    {
        using var course = new CourseBuilder().With("course.yml", CourseBuilder.ValidCourseYml + "\n...\norganisation: Example University\n");

        course.Compile().Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Id == "SCO2034" && d.Location == new SourceSpan("course.yml", 17, 1));
    }

    [Fact]
    public void A_second_document_in_a_front_matter_block_is_SCO2034_at_its_line()
    {
        // Markdig closes the front matter at ---; a "--- text" line inside it starts a second YAML document.
        using var course = new CourseBuilder().With("sections/two.md", CourseBuilder.SectionTwo.Replace(
            "outcomes: [LO2]\n", "outcomes: [LO2]\n--- {language: en}\n", StringComparison.Ordinal));

        course.Compile().Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.Id == "SCO2034" && d.Location == new SourceSpan("sections/two.md", 5, 1));
    }
}
