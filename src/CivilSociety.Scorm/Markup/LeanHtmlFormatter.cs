using System.Collections.Frozen;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;

namespace CivilSociety.Scorm.Markup;

/// <summary>
/// AngleSharp's HTML serialisation (<see cref="HtmlMarkupFormatter"/>: the same text, written by AngleSharp's own walk
/// of the tree) with fewer strings made on the way: a start tag is one string with its attributes, where AngleSharp
/// builds a string for each attribute and then the tag from them, and the end tag of a known element comes from a
/// table. The kept-out sections and the sealed feedback of a course of 300 sections are some 300,000 tags, written on
/// the thread pool while the page is rendered, and every string made there is more work for the collector.
/// A tag with a prefix or an attribute in a namespace (never in the page's HTML) is written by AngleSharp's formatter.
/// </summary>
internal sealed class LeanHtmlFormatter : HtmlMarkupFormatter
{
    public static new LeanHtmlFormatter Instance { get; } = new();

    /// <summary>The end tags of the elements a page holds, made once.</summary>
    private static readonly FrozenDictionary<string, string> EndTags = new[]
    {
        "a", "abbr", "article", "aside", "audio", "b", "bdi", "bdo", "blockquote", "body", "button", "caption", "cite",
        "code", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "html", "i", "ins", "kbd", "label",
        "legend", "li", "main", "mark", "nav", "ol", "option", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s",
        "samp", "script", "section", "select", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody",
        "td", "tfoot", "th", "thead", "time", "title", "tr", "u", "ul", "var", "video",
    }.ToFrozenDictionary(name => name, name => "</" + name + ">", StringComparer.Ordinal);

    /// <summary>Serialises <paramref name="node"/> and its descendants (as AngleSharp's <c>OuterHtml</c>).</summary>
    public static string OuterHtml(IElement node) => node.ToHtml(Instance);

    /// <summary>Serialises the children of <paramref name="element"/> (as AngleSharp's <c>InnerHtml</c>).</summary>
    public static string InnerHtml(IElement element) => element.ChildNodes.ToHtml(Instance);

    public override string OpenTag(IElement element, bool selfClosing)
    {
        var attributes = element.Attributes;
        var length = 1 + element.LocalName.Length + 1;   // <name>
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            if (!string.IsNullOrEmpty(attribute.NamespaceUri))
            {
                return base.OpenTag(element, selfClosing);
            }

            length += 1 + attribute.LocalName.Length + (attribute.Value is { } value ? 3 + EscapedLength(value) : 0);
        }

        if (!string.IsNullOrEmpty(element.Prefix))
        {
            return base.OpenTag(element, selfClosing);
        }

        return string.Create(length, element, static (span, element) =>
        {
            span[0] = '<';
            var at = 1 + Copy(element.LocalName, span[1..]);
            var attributes = element.Attributes;
            for (var i = 0; i < attributes.Length; i++)
            {
                var attribute = attributes[i]!;
                span[at++] = ' ';
                at += Copy(attribute.LocalName, span[at..]);
                if (attribute.Value is { } value)
                {
                    span[at++] = '=';
                    span[at++] = '"';
                    at += Escape(value, span[at..]);
                    span[at++] = '"';
                }
            }

            span[at] = '>';
        });
    }

    public override string CloseTag(IElement element, bool selfClosing) =>
        !selfClosing && string.IsNullOrEmpty(element.Prefix) && EndTags.TryGetValue(element.LocalName, out var endTag)
            ? endTag
            : base.CloseTag(element, selfClosing);

    private static int Copy(string text, Span<char> to)
    {
        text.CopyTo(to);
        return text.Length;
    }

    /// <summary>What <see cref="Escape"/> writes, in characters.</summary>
    private static int EscapedLength(string value)
    {
        var length = value.Length;
        foreach (var c in value)
        {
            length += c switch
            {
                '&' => 4,
                '\u00a0' or '"' => 5,
                '<' or '>' => 3,
                _ => 0,
            };
        }

        return length;
    }

    /// <summary>An attribute's value as AngleSharp escapes it (&amp;, no-break space, quote, &lt; and &gt;).</summary>
    private static int Escape(string value, Span<char> to)
    {
        var at = 0;
        foreach (var c in value)
        {
            var escaped = c switch
            {
                '&' => "&amp;",
                '\u00a0' => "&nbsp;",
                '"' => "&quot;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => null,
            };
            if (escaped is null)
            {
                to[at++] = c;
            }
            else
            {
                at += Copy(escaped, to[at..]);
            }
        }

        return at;
    }
}
