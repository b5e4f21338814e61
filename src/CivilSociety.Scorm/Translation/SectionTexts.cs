using System.Text.RegularExpressions;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Parsing;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace CivilSociety.Scorm.Translation;

/// <summary>
/// The texts of one section file, in reading order: the body's paragraphs, headings, list items, table cells and
/// captions; then, in its quiz, each question's prompt, stem, items (choices, accepted answers, pairs, items to
/// order), their feedback and the question's feedback and hint; each practice check (::: check) read as a quiz, where
/// it stands. Code blocks and raw HTML blocks are not text to translate. Ids are the section's id, then a count in the
/// body, or the question's id (after "check/N" in the Nth check) and the part's name.
/// </summary>
internal sealed partial class SectionTexts
{
    private readonly SourceFile _file;
    private readonly string _section;
    private readonly string _sectionTitle;
    private readonly MarkdownPipeline _pipeline;
    private readonly TextLocator _locator;
    private readonly List<TranslationUnit> _units = [];
    private int _bodyCount;
    private int _checkCount;

    private SectionTexts(SourceFile file, string sectionId, string sectionTitle, MarkdownPipeline pipeline)
    {
        _file = file;
        _section = sectionId;
        _sectionTitle = sectionTitle;
        _pipeline = pipeline;
        _locator = new TextLocator(file.Path, file.Text);
    }

    public static List<TranslationUnit> Of(SourceFile file, string sectionId, string sectionTitle, MarkdownPipeline pipeline)
    {
        var texts = new SectionTexts(file, sectionId, sectionTitle, pipeline);
        texts.Walk(Markdown.Parse(file.Text, pipeline));
        return texts._units;
    }

    private void Walk(ContainerBlock container)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case YamlFrontMatterBlock or CodeBlock or HtmlBlock or ThematicBreakBlock:
                    break;
                case CustomContainer quiz when string.Equals(quiz.Info?.Trim(), QuizParser.ContainerName, StringComparison.OrdinalIgnoreCase):
                    AddTitle(quiz, CourseTexts.QuizTitleId(_section), "the quiz's title");
                    new QuizTexts(this, $"section/{_section}").Walk(quiz);
                    break;
                case CustomContainer check when PracticeChecks.IsCheck(check):
                    // A check's questions are read as a quiz's, under the check's number in the section: their ids
                    // never meet the quiz's, even for questions without an {#id}.
                    AddTitle(check, CourseTexts.CheckTitleId(_section, ++_checkCount), "a practice check's title");
                    new QuizTexts(this, $"section/{_section}/check/{_checkCount}").Walk(check);
                    break;
                case HeadingBlock { IsSetext: false } heading:
                    AddHeading(heading, $"section/{_section}/text/{++_bodyCount}", "a heading");
                    break;
                case LeafBlock { Inline: { } } leaf:
                    AddLeaf(leaf, $"section/{_section}/text/{++_bodyCount}", Describe(leaf));
                    break;
                case ContainerBlock inner:
                    Walk(inner);
                    break;
            }
        }
    }

    private static string Describe(LeafBlock leaf) => leaf.Parent switch
    {
        Markdig.Extensions.Tables.TableCell => "a table cell",
        ListItemBlock => "a list item",
        QuoteBlock => "a quotation",
        Markdig.Extensions.Footnotes.Footnote => "a footnote",
        Markdig.Extensions.Figures.Figure => leaf is ParagraphBlock ? "a figure" : "a figure's caption",
        _ => leaf is HeadingBlock ? "a heading" : "a paragraph",
    };

    /// <summary>A paragraph-like block, read in place (it may run over several lines, inside a quote or a list).</summary>
    private void AddLeaf(LeafBlock leaf, string id, string what)
    {
        if (leaf.Inline is not { FirstChild: { } first, LastChild: { } last })
        {
            return;
        }

        var pieces = MarkdownPieces.Of(leaf.Inline, _file.Text);
        var range = new TextRange(first.Span.Start, last.Span.End + 1 - first.Span.Start);
        Add(id, what, pieces, range, multiline: _file.Text.AsSpan(range.Start, range.Length).Contains('\n'));
    }

    /// <summary>An ATX heading: its text between the #'s and its {...} group, read as a piece of Markdown of its own.</summary>
    private void AddHeading(HeadingBlock heading, string id, string what)
    {
        var (lineStart, line) = LineOf(heading.Span.Start);
        var marks = HeadingMarks().Match(line);
        var end = HeadingAttributes.StripFrom(line).Length;
        if (end > marks.Length)
        {
            AddSlice(id, what, new TextRange(lineStart + marks.Length, end - marks.Length));
        }
    }

    /// <summary>A piece of a line (an item, a line of feedback): read on its own, written back in its place.</summary>
    private void AddSlice(string id, string what, TextRange range, bool acceptedAnswer = false)
    {
        var slice = _file.Text.Substring(range.Start, range.Length);
        var trimmedStart = slice.Length - slice.TrimStart().Length;
        slice = slice.Trim();
        if (slice.Length > 0)
        {
            Add(id, what, MarkdownPieces.OfSlice(slice, _pipeline), new TextRange(range.Start + trimmedStart, slice.Length), acceptedAnswer);
        }
    }

    /// <summary>
    /// A quiz's or a check's own title, title="..." on its fence line: plain text in an attribute, so it is written
    /// over in the parsed course (like a section's title), never into the file, where a quote would end the value.
    /// </summary>
    private void AddTitle(CustomContainer container, string id, string what)
    {
        var (lineStart, line) = LineOf(container.Span.Start);
        var title = HeadingAttributes.Parse(line).Properties.LastOrDefault(p => p.Key == "title").Value?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            return;   // the player's own "Check your understanding" or "Practice", translated with the player's texts
        }

        var location = _locator.AtOffset(lineStart + Math.Max(0, line.LastIndexOf("title", StringComparison.Ordinal)));
        _units.Add(new TranslationUnit(id, $"{what}; section '{_sectionTitle}' ({location})", [new TextPiece(title)], location, Range: null));
    }

    private void Add(string id, string what, List<InlinePiece> pieces, TextRange range, bool acceptedAnswer = false, bool multiline = false)
    {
        if (InlineText.Plain(pieces).Trim().Length == 0)
        {
            return;   // an image without alternative text, a rule: nothing to translate
        }

        var location = _locator.AtOffset(range.Start);
        _units.Add(new TranslationUnit(id, $"{what}; section '{_sectionTitle}' ({location})", pieces, location, range) { IsAcceptedAnswer = acceptedAnswer, IsMultiline = multiline });
    }

    private (int Start, string Line) LineOf(int offset)
    {
        var text = _file.Text;
        var start = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        var end = text.IndexOf('\n', start);
        var line = end < 0 ? text[start..] : text[start..end];
        return (start, line.TrimEnd('\r'));
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s*")]
    private static partial Regex HeadingMarks();

    [GeneratedRegex(@"^\s*\[[ xX]\]\s?")]
    private static partial Regex TaskMark();

    [GeneratedRegex(@"\s*\{#[^{}\s]*\}\s*$")]
    private static partial Regex TrailingId();

    [GeneratedRegex(@"\s+(?:->|=>|→|←)\s+")]
    private static partial Regex PairArrow();

    [GeneratedRegex(@"^(?<label>correct|incorrect|hint|صحيح|خطأ|تلميح)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex FeedbackLabel();

    [GeneratedRegex(@"^\s*>\s?")]
    private static partial Regex QuoteMark();
}
