using System.Text.RegularExpressions;
using CivilSociety.Scorm.Parsing;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Parsing;

/// <summary>A feedback quote's lines without their "&gt; " marks: read in place, as the pattern ^\s*&gt;\s? describes them.</summary>
public sealed class QuoteLinesTests
{
    [Theory]
    [InlineData("> correct: Yes.\n> incorrect: No.")]
    [InlineData(">correct: glued to the mark\n>  two spaces, one kept\n>\ttab after the mark")]
    [InlineData("  > indented mark\n> trailing spaces   \n>\n")]
    [InlineData("> صحيح: نعم\r\n> خطأ: لا\r\n")]
    [InlineData("no mark at all\n> > nested quote\n\u00A0> non-breaking space before the mark")]
    [InlineData("")]
    public void Strips_each_mark_as_the_pattern_does(string source)
    {
        var expected = source.Split('\n').Select(line => Regex.Replace(line, @"^\s*>\s?", "").TrimEnd());

        QuestionFeedback.QuoteLines(source).Should().Equal(expected);
    }
}
