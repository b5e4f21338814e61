using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CivilSociety.Scorm.Translation;

/// <summary>
/// Turns the inline Markdown of one text (a paragraph, a heading, an item, a line of feedback) into text and codes.
/// Markdig's precise source positions give each code the Markdown it stands for, exactly as written.
/// </summary>
internal sealed class MarkdownPieces(string text)
{
    private int _nextId;

    /// <summary>The pieces of a parsed block's inlines; <paramref name="text"/> is the text their positions point into.</summary>
    public static List<InlinePiece> Of(ContainerInline inline, string text) => Trimmed(new MarkdownPieces(text).Read(inline));

    /// <summary>
    /// The pieces of a piece of Markdown read on its own (an item of a quiz's list, a line of a feedback quote): one
    /// paragraph, or else its text as it is.
    /// </summary>
    public static List<InlinePiece> OfSlice(string slice, MarkdownPipeline pipeline)
    {
        var document = Markdown.Parse(slice, pipeline);
        return document is [ParagraphBlock { Inline: { } inline }]
            ? Of(inline, slice)
            : [new TextPiece(slice.Trim())];
    }

    private List<InlinePiece> Read(ContainerInline container)
    {
        var pieces = new List<InlinePiece>();
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    pieces.Add(new TextPiece(literal.Content.ToString()));
                    break;
                case HtmlEntityInline entity:
                    pieces.Add(new TextPiece(entity.Transcoded.ToString()));
                    break;
                case LineBreakInline { IsHard: false }:
                    pieces.Add(new TextPiece("\n"));   // written back as a line end where the source had one
                    break;
                case TaskList:
                    break;   // the [x] of a choice is the answer, not text
                case ContainerInline wrapper when wrapper.FirstChild is { } first && wrapper.LastChild is { } last && !wrapper.Span.IsEmpty:
                    var id = ++_nextId;
                    pieces.Add(new PairedCode(id, PairedType(wrapper),
                        Source(wrapper.Span.Start, first.Span.Start - 1), Source(last.Span.End + 1, wrapper.Span.End), Read(wrapper)));
                    break;
                default:
                    pieces.Add(new StandaloneCode(++_nextId, StandaloneType(inline), Source(inline.Span.Start, inline.Span.End), inline is HtmlInline));
                    break;
            }
        }

        return Merged(pieces);
    }

    private string Source(int start, int end) =>
        start < 0 || end < start || start >= text.Length ? "" : text[start..(Math.Min(end, text.Length - 1) + 1)];

    private static string PairedType(ContainerInline wrapper) => wrapper switch
    {
        EmphasisInline { DelimiterChar: '*' or '_', DelimiterCount: 2 } => "bold",
        EmphasisInline { DelimiterChar: '*' or '_', DelimiterCount: 1 } => "italic",
        EmphasisInline { DelimiterChar: '~', DelimiterCount: 2 } => "x-strikethrough",
        EmphasisInline => "x-emphasis",
        LinkInline { IsImage: true } => "x-image",
        LinkInline => "link",
        _ => "x-markdown",
    };

    private static string StandaloneType(Inline inline) => inline switch
    {
        LineBreakInline => "lb",
        CodeInline => "x-code",
        LinkInline { IsImage: true } => "image",
        AutolinkInline or LinkInline => "x-link",
        HtmlInline => "x-html",
        _ => "x-markdown",
    };

    /// <summary>Neighbouring texts as one, so a sentence is one run of text.</summary>
    private static List<InlinePiece> Merged(List<InlinePiece> pieces)
    {
        var merged = new List<InlinePiece>();
        foreach (var piece in pieces)
        {
            if (piece is TextPiece next && merged.Count > 0 && merged[^1] is TextPiece previous)
            {
                merged[^1] = new TextPiece(previous.Text + next.Text);
            }
            else
            {
                merged.Add(piece);
            }
        }

        return merged;
    }

    /// <summary>Without the spaces at either end (Markdig keeps a heading's space before its {...}).</summary>
    private static List<InlinePiece> Trimmed(List<InlinePiece> pieces)
    {
        if (pieces.Count > 0 && pieces[0] is TextPiece first)
        {
            pieces[0] = new TextPiece(first.Text.TrimStart());
        }

        if (pieces.Count > 0 && pieces[^1] is TextPiece last)
        {
            pieces[^1] = new TextPiece(last.Text.TrimEnd());
        }

        return [.. pieces.Where(p => p is not TextPiece { Text.Length: 0 })];
    }
}
