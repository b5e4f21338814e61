using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Parsing;

public sealed class CourseFileTests
{
    [Fact]
    public void A_valid_course_compiles_without_diagnostics()
    {
        using var course = new CourseBuilder();

        var result = course.Compile();

        result.Diagnostics.Should().BeEmpty();
        result.Succeeded.Should().BeTrue();
        File.Exists(result.PackagePath).Should().BeTrue();
    }

    [Fact]
    public void Outcomes_separated_by_the_arabic_comma_in_front_matter_are_read_as_a_list_as_in_a_question()
    {
        using var course = new CourseBuilder()
            .With("sections/two.md", CourseBuilder.SectionTwo.Replace("outcomes: [LO2]", "outcomes: [LO2، LO2.1]", StringComparison.Ordinal));

        var result = course.Compile();

        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Reports_SCO2002_for_an_unknown_key_with_a_did_you_mean()
    {
        using var course = new CourseBuilder().With("course.yml", CourseBuilder.ValidCourseYml.Replace("passing_score:", "pasing_score:"));

        var result = course.Compile();

        result.Succeeded.Should().BeFalse();
        var unknown = result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO2002").Subject;
        unknown.Location.Should().Be(new SourceSpan("course.yml", 5, 1));
        unknown.Message.Should().Be("unknown key 'pasing_score'");
        unknown.Help.Should().Be("did you mean 'passing_score'?");
        result.Diagnostics.Should().NotContain(d => d.Id == "SCO2004", "the did-you-mean already says passing_score is missing");
    }

    [Fact]
    public void Reports_SCO2003_for_a_value_of_the_wrong_type()
    {
        using var course = new CourseBuilder().With("course.yml", CourseBuilder.ValidCourseYml.Replace("passing_score: 80", "passing_score: eighty"));

        var result = course.Compile();

        var wrong = result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO2003").Subject;
        wrong.Location.Should().Be(new SourceSpan("course.yml", 5, 16));
        wrong.Message.Should().Be("'passing_score' must be a whole number");
    }

    [Fact]
    public void Reports_SCO2001_for_invalid_yaml_at_its_line()
    {
        using var course = new CourseBuilder().With("course.yml", "id: x\ntitle: [unclosed\nlanguage: en\n");

        var result = course.Compile();

        result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO2001").Which.Location.Path.Should().Be("course.yml");
        result.Succeeded.Should().BeFalse();
    }

    [Fact]
    public void Reports_SCO1002_when_course_yml_is_missing_and_SCO1003_when_empty()
    {
        using var missing = new CourseBuilder().Without("course.yml");
        using var empty = new CourseBuilder().With("course.yml", "  \n");

        missing.Compile().Diagnostics.Should().Contain(d => d.Id == "SCO1002");
        empty.Compile().Diagnostics.Should().ContainSingle(d => d.Id == "SCO1003");
    }

    [Fact]
    public void Reports_SCO2020_for_a_missing_section_file_at_its_line_in_course_yml()
    {
        using var course = new CourseBuilder().Without("sections/two.md");

        var result = course.Compile();

        result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO2020")
            .Which.Location.Should().Be(new SourceSpan("course.yml", 16, 5));
    }

    [Fact]
    public void Warns_SCO2022_about_a_markdown_file_not_listed_in_sections()
    {
        using var course = new CourseBuilder().With("sections/draft.md", CourseBuilder.SectionOne.Replace("id: one", "id: draft"));

        var result = course.Compile();

        result.Succeeded.Should().BeTrue();
        result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO2022" && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Warnings_fail_the_build_when_warnings_are_errors()
    {
        using var course = new CourseBuilder().With("sections/draft.md", CourseBuilder.SectionOne);

        var result = course.Compile(warningsAsErrors: true);

        result.Succeeded.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO2022" && d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("en", "ltr")]
    [InlineData("fa-IR", "rtl")]
    public void The_direction_follows_the_language(string language, string direction)
    {
        var course = CivilSociety.Scorm.Model.Languages.DirectionOf(language);

        (course == CivilSociety.Scorm.Model.TextDirection.RightToLeft ? "rtl" : "ltr").Should().Be(direction);
    }
}
