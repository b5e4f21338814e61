using AngleSharp.Dom;

namespace CivilSociety.Scorm.Markup;

/// <summary>
/// Markdig's HTML for a paragraph of plain text, <c>&lt;p&gt;TEXT&lt;/p&gt;\n</c>, made into the nodes an HTML parser
/// would make of it, without the parser: most of a course's fragments are such paragraphs (a prompt, a choice, a
/// feedback), and parsing them was most of the work of making fragments. Only when the text holds nothing a parser
/// reads as more than text (no tag, no character reference, no carriage return or NUL, which it rewrites) and nothing
/// a serialiser writes otherwise (a no-break space, written as a reference): then its nodes are a p holding the text
/// and the line's end as a text node after it, and that HTML is clean as it is.
/// </summary>
internal static class PlainParagraph
{
    private const string Open = "<p>";
    private const string Close = "</p>\n";

    /// <summary>The text of <paramref name="html"/> when it is such a paragraph; null otherwise.</summary>
    public static string? TextOf(string html)
    {
        if (!html.StartsWith(Open, StringComparison.Ordinal) || !html.EndsWith(Close, StringComparison.Ordinal)
            || html.Length < Open.Length + Close.Length)
        {
            return null;
        }

        var text = html.AsSpan(Open.Length, html.Length - Open.Length - Close.Length);
        return text.IndexOfAny("<&\r\0\u00a0") < 0 ? text.ToString() : null;
    }

    /// <summary>
    /// A new element of <paramref name="document"/> holding the nodes of such a paragraph of <paramref name="text"/>
    /// (as if its InnerHtml were set to the paragraph's HTML).
    /// </summary>
    public static IElement Nodes(string text, IDocument document)
    {
        var holder = document.CreateElement("div");
        var paragraph = DetachedNodes.Append(holder, document.CreateElement("p"));
        if (text.Length > 0)
        {
            DetachedNodes.Append(paragraph, document.CreateTextNode(text));
        }

        DetachedNodes.Append(holder, document.CreateTextNode("\n"));
        return holder;
    }
}
