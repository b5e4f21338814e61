using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Validation;

public sealed class ValidationTests
{
    [Fact]
    public void Reports_SCO3002_for_a_question_assessing_an_unknown_outcome()
    {
        using var course = new CourseBuilder().With("sections/one.md", CourseBuilder.SectionOne.Replace("outcomes=\"LO1\"", "outcomes=\"LO7\""));

        var result = course.Compile();

        var unknown = result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO3002").Subject;
        unknown.Location.Should().Be(new SourceSpan("sections/one.md", 10, 26), "at outcomes= in the heading");
        unknown.Message.Should().Be("question 'q1' names unknown outcome 'LO7'");
        unknown.Help.Should().Be("the outcomes declared in course.yml are: LO1, LO2, LO2.1");
        result.Succeeded.Should().BeFalse();
    }

    [Fact]
    public void Reports_SCO3007_and_SCO3008_for_wrongly_marked_choices()
    {
        using var course = new CourseBuilder()
            .With("sections/one.md", CourseBuilder.SectionOne.Replace("- [ ] The second", "- [x] The second"))
            .With("sections/two.md", CourseBuilder.SectionTwo.Replace("[x]", "[ ]"));

        var result = course.Compile();

        result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO3008").Which.Message.Should().Be("single-choice question 'q1' has 2 correct choices");
        result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO3007").Which.Location.Path.Should().Be("sections/two.md");
    }

    [Fact]
    public void Reports_duplicate_ids_and_ids_that_cannot_be_scorm_identifiers()
    {
        using var course = new CourseBuilder()
            .With("sections/two.md", CourseBuilder.SectionTwo.Replace("id: two", "id: one"))
            .With("course.yml", CourseBuilder.ValidCourseYml.Replace("id: test-course", "id: دورة").Replace("id: LO2.1", "id: LO1"));

        var result = course.Compile();

        result.Diagnostics.Select(d => d.Id).Should().Contain(["SCO3004", "SCO3001", "SCO3005"]);
        result.Diagnostics.Single(d => d.Id == "SCO3004").Message.Should().Be("section id 'one' is already used by sections/one.md");
    }

    [Fact]
    public void Warns_SCO3009_when_an_outcome_is_assessed_by_no_question()
    {
        using var course = new CourseBuilder().With("sections/two.md", CourseBuilder.SectionTwo.Replace("outcomes=\"LO2 LO2.1\"", "outcomes=\"LO1\""));

        var result = course.Compile();

        result.Succeeded.Should().BeTrue();
        result.Diagnostics.Where(d => d.Id == "SCO3009").Select(d => d.Message).Should().BeEquivalentTo(
            "outcome 'LO2' is assessed by no question", "outcome 'LO2.1' is assessed by no question");
    }

    [Fact]
    public void Reports_missing_absolute_outside_and_remote_links_at_their_place()
    {
        const string Line = "See ![a map](../media/missing.png), [file](/etc/passwd), [up](../../secret.txt) and ![web](https://example.org/x.png).";
        using var course = new CourseBuilder().With("sections/one.md", CourseBuilder.SectionOne.Replace("Some text about the *first* thing.", Line));

        var result = course.Compile();

        // Each at its path, where the mistake is, not at the link's [.
        static int ColumnOf(string path) => Line.IndexOf(path, StringComparison.Ordinal) + 1;
        result.Diagnostics.Where(d => d.Location.Path == "sections/one.md").Select(d => (d.Id, d.Location.Line, d.Location.Column)).Should().BeEquivalentTo(new[]
        {
            ("SCO3013", 7, ColumnOf("../media/missing.png")), ("SCO3027", 7, ColumnOf("/etc/passwd")),
            ("SCO3014", 7, ColumnOf("../../secret.txt")), ("SCO3107", 7, ColumnOf("https://example.org/x.png")),
        });
    }

    [Fact]
    public void Reports_a_passing_score_outside_1_to_100_and_a_malformed_language()
    {
        using var course = new CourseBuilder().With("course.yml", CourseBuilder.ValidCourseYml.Replace("passing_score: 80", "passing_score: 0").Replace("language: en", "language: english!"));

        var result = course.Compile();

        result.Diagnostics.Select(d => d.Id).Should().Contain(["SCO3010", "SCO3017"]);
    }

    [Fact]
    public void Reports_an_empty_section_and_an_empty_quiz()
    {
        using var course = new CourseBuilder()
            .With("sections/one.md", "---\nid: one\ntitle: One\n---\n")
            .With("sections/two.md", "---\nid: two\ntitle: Two\n---\nText.\n\n::: quiz\n:::\n");

        var result = course.Compile();

        result.Diagnostics.Select(d => d.Id).Should().Contain(["SCO3018", "SCO3019"]);
    }
}
