using System.Text;
using System.Text.RegularExpressions;
using CivilSociety.Scorm.Export;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Export;

/// <summary>
/// The GIFT file read as qformat_gift splits it: questions are separated by blank lines, comment lines carry
/// [id:] and [tag:], the answer is what lies between the first unescaped '{' and '}'.
/// </summary>
public sealed partial class GiftTests
{
    [Fact]
    public void Each_question_is_one_paragraph_with_its_id_tags_and_one_answer_block()
    {
        var (content, diagnostics) = ExportRun.Of(Repository.Sample("every-question-type"), QuestionFormat.Gift);
        var blocks = Encoding.UTF8.GetString(content).Split("\n\n", StringSplitOptions.RemoveEmptyEntries);

        blocks.Count(b => b.StartsWith("$CATEGORY: $course$/top/", StringComparison.Ordinal)).Should().Be(2);
        var questions = blocks.Where(b => b.StartsWith("//", StringComparison.Ordinal)).ToList();
        questions.Select(q => IdComment().Match(q).Groups[1].Value).Should().Equal(
            "stages.q-clouds", "stages.q-forms", "stages.q-droplets", "stages.q-name", "stages.q-count", "stages.q-match", "energy.q-gravity", "energy.q-percent");
        foreach (var question in questions)
        {
            var body = string.Join("\n", question.Split('\n').Where(l => !l.StartsWith("//", StringComparison.Ordinal)));
            Unescaped(body, '{').Should().Be(1, question);
            Unescaped(body, '}').Should().Be(1, question);
            question.Should().Contain("[tag:");
        }

        questions[1].Should().Contain("~%33.33333%<p>Rain</p>").And.Contain("~%-100%<p>Vapour</p>");
        questions[2].Should().Contain("{TRUE}");
        questions[4].Should().EndWith("{#4}");
        questions[7].Should().EndWith("{#10..20}");
        questions[5].Should().Contain("=<p>Evaporation</p> -> water rises as vapour");
        diagnostics.Should().ContainSingle(d => d.Id == "SCO7001").Which.Message.Should().Contain("stages.q-order").And.Contain("GIFT has no ordering question");
    }

    [Fact]
    public void With_ordering_as_matching_a_sequencing_question_matches_each_item_with_its_place()
    {
        using var temp = new TempDirectory();
        var result = QuestionExporter.Export(new ExportOptions(Repository.Sample("every-question-type"), QuestionFormat.Gift, temp.File("bank.txt")) { OrderingAsMatching = true });

        result.Diagnostics.Should().NotContain(d => d.Id == "SCO7001");
        File.ReadAllText(result.BankPath!).Should().Contain("""
            // [id:stages.q-order] [tag:WC1.1] [tag:WC1.1: Name the stages in order]
            ::Put the stages in order, starting with evaporation.::[html]<p>Put the stages in order, starting with evaporation.</p> {
            	=<p>Evaporation</p> -> 1
            	=<p>Condensation</p> -> 2
            	=<p>Precipitation</p> -> 3
            	=<p>Collection</p> -> 4
            }
            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Special_characters_are_escaped()
    {
        using var course = new CourseBuilder().With("sections/one.md", CourseBuilder.SectionOne.Replace("### Which is first?", "### Which `{one}` is first: a = b ~ c # d \\ e?", StringComparison.Ordinal));
        var text = Encoding.UTF8.GetString(ExportRun.Of(course.Directory, QuestionFormat.Gift).Content);

        text.Should().Contain(@"Which <code>\{one\}</code> is first\: a \= b \~ c \# d \\ e?");
    }

    private static int Unescaped(string text, char c) => Regex.Matches(text, $@"(?<!\\){Regex.Escape(c.ToString())}").Count;

    [GeneratedRegex(@"^// \[id:([^\]]+)\]")]
    private static partial Regex IdComment();
}
