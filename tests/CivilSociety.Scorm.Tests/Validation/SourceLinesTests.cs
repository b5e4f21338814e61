using CivilSociety.Scorm.Validation;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Validation;

public sealed class SourceLinesTests
{
    [Theory]
    [InlineData("")]
    [InlineData("one line")]
    [InlineData("## Heading\nText\n")]
    [InlineData("windows\r\nline ends\r\n\r\nand a last one")]
    [InlineData("\n\n\n")]
    public void Reads_the_lines_that_split_at_each_line_feed_gives(string text)
    {
        var lines = new SourceLines(text);

        var expected = text.Split('\n');
        lines.Count.Should().Be(expected.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            lines[i].ToString().Should().Be(expected[i], $"line {i} of {text.Length} characters");
        }
    }
}
