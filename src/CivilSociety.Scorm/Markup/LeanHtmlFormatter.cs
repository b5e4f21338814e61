using System.Buffers;
using System.Collections.Frozen;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Dom;

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

    /// <summary>The characters a text escapes (<see cref="HtmlMarkupFormatter.EscapeText"/>) and an attribute's value escapes.</summary>
    private static readonly SearchValues<char> TextEscapes = SearchValues.Create("&\u00a0<>");
    private static readonly SearchValues<char> AttributeEscapes = SearchValues.Create("&\u00a0\"<>");

    /// <summary>
    /// Writes <paramref name="node"/> and its descendants as <c>node.ToHtml(writer, Instance)</c> does (the same walk as
    /// AngleSharp's <c>Node.ToHtml</c>: start tag, the line feed a pre keeps, children, end tag), with the start tags and
    /// escaped texts written into <paramref name="writer"/> piece by piece instead of made as strings first: the sections
    /// kept out of a course of 300 sections are 5 MB of HTML (<see cref="Rendering.KeptOutHtml"/>).
    /// </summary>
    public static void Write(INode node, TextWriter writer)
    {
        switch (node)
        {
            case IElement element:
                WriteElement(element, writer);
                break;
            case ICharacterData text and not (IComment or IProcessingInstruction):
                if (text.Parent is { } parent && (parent.Flags & NodeFlags.LiteralText) != 0)
                {
                    writer.Write(text.Data);   // a script's or a style's text, as it is
                }
                else
                {
                    WriteEscaped(text.Data, TextEscapes, writer);
                }

                break;
            default:
                node.ToHtml(writer, Instance);   // a comment, a doctype: never in a section
                break;
        }
    }

    private static void WriteElement(IElement element, TextWriter writer)
    {
        var selfClosing = (element.Flags & NodeFlags.SelfClosing) != 0;
        if (IsLean(element))
        {
            WriteOpenTag(element, writer);
        }
        else
        {
            writer.Write(Instance.OpenTag(element, selfClosing));
        }

        if (!selfClosing && (element.Flags & NodeFlags.LineTolerance) != 0 && element.FirstChild is IText { Data: ['\n', ..] })
        {
            writer.Write('\n');   // the HTML parser drops a pre's first line feed: written twice, one is kept
        }

        if (element is IHtmlTemplateElement template)
        {
            template.Content.ToHtml(writer, Instance);
        }

        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            Write(children[i], writer);
        }

        writer.Write(Instance.CloseTag(element, selfClosing));
    }

    private static void WriteOpenTag(IElement element, TextWriter writer)
    {
        writer.Write('<');
        writer.Write(element.LocalName);
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            writer.Write(' ');
            writer.Write(attribute.LocalName);
            if (attribute.Value is { } value)
            {
                writer.Write("=\"");
                WriteEscaped(value, AttributeEscapes, writer);
                writer.Write('"');
            }
        }

        writer.Write('>');
    }

    /// <summary><paramref name="text"/> with each of <paramref name="escapes"/> as its entity (<see cref="Escape"/>'s), the runs between written as they are.</summary>
    private static void WriteEscaped(ReadOnlySpan<char> text, SearchValues<char> escapes, TextWriter writer)
    {
        int at;
        while ((at = text.IndexOfAny(escapes)) >= 0)
        {
            writer.Write(text[..at]);
            writer.Write(Entity(text[at])!);
            text = text[(at + 1)..];
        }

        writer.Write(text);
    }

    /// <summary>Whether this class writes the element's start tag (no prefix, no attribute in a namespace); if not, AngleSharp's formatter does.</summary>
    private static bool IsLean(IElement element)
    {
        if (!string.IsNullOrEmpty(element.Prefix))
        {
            return false;
        }

        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            if (!string.IsNullOrEmpty(attributes[i]!.NamespaceUri))
            {
                return false;
            }
        }

        return true;
    }

    public override string OpenTag(IElement element, bool selfClosing)
    {
        if (!IsLean(element))
        {
            return base.OpenTag(element, selfClosing);
        }

        var attributes = element.Attributes;
        var length = 1 + element.LocalName.Length + 1;   // <name>
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            length += 1 + attribute.LocalName.Length + (attribute.Value is { } value ? 3 + EscapedLength(value) : 0);
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
            var escaped = Entity(c);
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

    /// <summary>The entity a character is escaped as (in a text, all but the quote), or null.</summary>
    private static string? Entity(char c) => c switch
    {
        '&' => "&amp;",
        '\u00a0' => "&nbsp;",
        '"' => "&quot;",
        '<' => "&lt;",
        '>' => "&gt;",
        _ => null,
    };
}
