using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Parsing;

/// <summary>Every nesting error names the line (and column) where the limit is crossed, never line 0.</summary>
public sealed class NestingLocationTests
{
    private static string Nested(Func<int, string> line, int levels) => string.Concat(Enumerable.Range(0, levels).Select(line));

    [Theory]
    [InlineData("lists", "SCO2030")]
    [InlineData("quotes", "SCO2030")]
    [InlineData("emphasis", "SCO2030")]
    [InlineData("html", "SCO2031")]
    public void A_nesting_error_is_located_on_a_line_of_the_nesting(string kind, string code)
    {
        var body = kind switch
        {
            "lists" => Nested(i => new string(' ', 2 * i) + "- item\n", 90),
            "quotes" => string.Concat(Enumerable.Repeat("> ", 90)) + "deep\n",
            "emphasis" => string.Concat(Enumerable.Repeat("*a _b ", 90)) + "x" + string.Concat(Enumerable.Repeat(" b_ a*", 90)) + "\n",
            _ => string.Concat(Enumerable.Repeat("<span>", 120)) + "deep\n",
        };
        using var course = new CourseBuilder().With("sections/two.md", CourseBuilder.SectionTwo.Replace(
            "Text about the second thing.", "Text about the second thing.\n\n" + body, StringComparison.Ordinal));

        var error = course.Compile().Diagnostics.Should().ContainSingle().Subject;

        error.Id.Should().Be(code);
        error.Location.Line.Should().BeInRange(9, 9 + 90, "the nesting starts on line 9");
        error.Location.Column.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Raw_html_too_deep_is_located_at_the_first_tag_past_the_limit()
    {
        using var course = new CourseBuilder().With("sections/two.md", CourseBuilder.SectionTwo.Replace(
            "Text about the second thing.", "Text.\n\n" + string.Concat(Enumerable.Repeat("<div>\n", 150)), StringComparison.Ordinal));

        course.Compile().Diagnostics.Should().ContainSingle().Which.Location.Should().Be(
            new CivilSociety.Scorm.Diagnostics.SourceSpan("sections/two.md", 9 + 100, 1));
    }
}
