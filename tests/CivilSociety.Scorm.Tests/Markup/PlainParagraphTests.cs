using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CivilSociety.Scorm.Markup;
using FluentAssertions;
using Markdig;

namespace CivilSociety.Scorm.Tests.Markup;

/// <summary>A paragraph of plain text made into nodes without the parser (PlainParagraph) is what the parser makes of it.</summary>
public sealed class PlainParagraphTests
{
    private static readonly MarkdownPipeline Pipeline = MarkdownPipelineFactory.Shared;

    [Theory]
    [InlineData("court state protection survivor court 1")]
    [InlineData("ما هي الخطوة الأولى؟")]
    [InlineData("two\nlines of one paragraph")]
    [InlineData("  spaces around  ")]
    [InlineData("'single' quotes, a question?")]
    public void A_paragraph_of_plain_text_gets_the_nodes_the_parser_gives_it(string markdown)
    {
        var html = Markdown.ToHtml(markdown, Pipeline);
        var document = new HtmlParser().ParseDocument("");

        var text = PlainParagraph.TextOf(html);

        text.Should().NotBeNull(html);
        var made = PlainParagraph.Nodes(text!, document);
        var parsed = document.CreateElement("div");
        parsed.InnerHtml = html;
        Dump(made).Should().Be(Dump(parsed));
        made.InnerHtml.Should().Be(parsed.InnerHtml);
        parsed.InnerHtml.Should().Be(html, "the HTML is clean as it is");
    }

    [Theory]
    [InlineData("*emphasis* and **strong**")]
    [InlineData("a & b")]
    [InlineData("x < y")]
    [InlineData("x > y")]
    [InlineData("say \"this\"")]
    [InlineData("[a link](https://example.org)")]
    [InlineData("- a list")]
    [InlineData("first\n\nsecond paragraph")]
    [InlineData("")]
    public void Anything_but_a_paragraph_of_plain_text_is_left_to_the_parser(string markdown)
    {
        var html = Markdown.ToHtml(markdown, Pipeline);

        PlainParagraph.TextOf(html).Should().BeNull(html);
    }

    [Fact]
    public void A_carriage_return_or_nul_is_left_to_the_parser_which_rewrites_them_and_a_no_break_space_to_the_serialiser()
    {
        PlainParagraph.TextOf("<p>a\rb</p>\n").Should().BeNull();
        PlainParagraph.TextOf("<p>a\0b</p>\n").Should().BeNull();
        PlainParagraph.TextOf("<p>a\u00a0b</p>\n").Should().BeNull();
        PlainParagraph.TextOf("<p>a b</p>\n").Should().Be("a b");
    }

    /// <summary>Every node under <paramref name="node"/>: its type, name and (for text) its data, in tree order.</summary>
    private static string Dump(INode node) => string.Concat(node.ChildNodes.Select(child =>
        $"[{child.NodeType} {child.NodeName} {(child is IText text ? text.Data : "")}{Dump(child)}]"));
}
