using AngleSharp.Dom;

namespace CivilSociety.Scorm.Markup;

internal sealed partial class MarkdownHtml
{
    /// <summary>A fragment rendered and cleaned: its nodes (Markdig's own HTML only; never changed, only copied), its HTML, its text.</summary>
    private sealed class Fragment
    {
        private string? _html;

        private Fragment(string? html, bool hasRawHtml, IElement? nodes) => (_html, HasRawHtml, Nodes) = (html, hasRawHtml, nodes);

        public bool HasRawHtml { get; }

        /// <summary>
        /// The cleaned nodes as the children of a holder element in the scratch document; null for the author's own
        /// HTML, and for a paragraph of plain text (<see cref="ParagraphText"/>).
        /// </summary>
        public IElement? Nodes { get; }

        /// <summary>The text of a fragment that is a paragraph of plain text (<see cref="PlainParagraph"/>): its nodes are made where they go.</summary>
        public string? ParagraphText { get; private init; }

        public string Html => _html ??= LeanHtmlFormatter.InnerHtml(Nodes!);

        public string? PlainText { get; set; }

        /// <summary>Parsed from its cleaned HTML when needed: the author's own HTML, or a text without any tag.</summary>
        public static Fragment FromHtml(string cleanHtml, bool hasRawHtml) => new(cleanHtml, hasRawHtml, null);

        public static Fragment FromNodes(IElement cleanNodes, string? plainText = null) =>
            new(null, hasRawHtml: false, cleanNodes) { PlainText = plainText };

        /// <summary>A paragraph of plain text: Markdig's HTML, clean as it is (no tag but the p, nothing to escape), and its text.</summary>
        public static Fragment FromParagraph(string html, string text) =>
            new(html, hasRawHtml: false, null) { ParagraphText = text, PlainText = CollapsedWhitespace.Of(text) };
    }
}
