using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CivilSociety.Scorm.Export;

/// <summary>
/// HTML fragments as QTI 2.1 content: well-formed XML in the QTI namespace, restricted to the XHTML elements QTI 2.1
/// defines. HTML5 elements it lacks become the nearest it has (figure: div, mark: span); controls are dropped; only
/// the attributes QTI knows are kept (an image always has its alt text). Loose inline content at the top is
/// wrapped in a paragraph, as an item body holds blocks only.
/// </summary>
internal sealed class QtiHtml
{
    public static readonly XNamespace Qti = "http://www.imsglobal.org/xsd/imsqti_v2p1";

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "div", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "table",
        "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col", "hr", "address",
    };

    private static readonly HashSet<string> Inlines = new(StringComparer.Ordinal)
    {
        "a", "abbr", "acronym", "b", "big", "br", "cite", "code", "dfn", "em", "i", "img", "kbd", "q", "samp", "small", "span",
        "strong", "sub", "sup", "tt", "var",
    };

    private static readonly Dictionary<string, string> Nearest = new(StringComparer.Ordinal)
    {
        ["figure"] = "div", ["figcaption"] = "div", ["section"] = "div", ["article"] = "div", ["aside"] = "div", ["details"] = "div",
        ["summary"] = "div", ["header"] = "div", ["footer"] = "div", ["mark"] = "span", ["del"] = "span", ["s"] = "span",
        ["ins"] = "span", ["u"] = "span", ["time"] = "span", ["label"] = "span", ["bdi"] = "span", ["bdo"] = "span",
    };

    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal) { "input", "button", "select", "textarea", "audio", "video", "source", "track" };

    /// <summary>The attributes kept, per element; xml:lang (from lang) is kept on all.</summary>
    private static readonly Dictionary<string, string[]> AttributesOf = new(StringComparer.Ordinal)
    {
        ["img"] = ["src", "alt", "width", "height"], ["a"] = ["href"], ["td"] = ["colspan", "rowspan"], ["th"] = ["colspan", "rowspan"],
        ["ol"] = [], ["col"] = ["span"], ["colgroup"] = ["span"],
    };

    private readonly HtmlParser _parser = new();
    private readonly IDocument _scratch = new HtmlParser().ParseDocument("");

    /// <summary>Block content: for an item body, a choice, a feedback.</summary>
    public IReadOnlyList<XNode> ToBlocks(string html)
    {
        var result = new List<XNode>();
        XElement? paragraph = null;
        foreach (var node in Convert(_parser.ParseFragment(html, _scratch.Body!), insideLink: false))
        {
            if (node is XElement element && Blocks.Contains(element.Name.LocalName))
            {
                paragraph = null;
                result.Add(element);
            }
            else if (node is not XText { Value: var text } || !string.IsNullOrWhiteSpace(text) || paragraph is not null)
            {
                if (paragraph is null)
                {
                    paragraph = new XElement(Qti + "p");
                    result.Add(paragraph);
                }

                paragraph.Add(node);
            }
        }

        return result;
    }

    private IEnumerable<XNode> Convert(IEnumerable<INode> nodes, bool insideLink)
    {
        foreach (var node in nodes)
        {
            if (node is IText text)
            {
                yield return new XText(text.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var name = Nearest.GetValueOrDefault(element.LocalName, element.LocalName);
            if (Dropped.Contains(name))
            {
                continue;
            }

            // QTI requires an image's src: an image without one shows nothing, and is dropped.
            if (name == "img" && !element.HasAttribute("src"))
            {
                continue;
            }

            // A link inside a link is not allowed, nor one without href (QTI requires it): such a link keeps its text
            // only. Unknown elements keep their content.
            if (!(Blocks.Contains(name) || Inlines.Contains(name)) || (name == "a" && (insideLink || !element.HasAttribute("href"))))
            {
                foreach (var child in Convert(element.ChildNodes, insideLink))
                {
                    yield return child;
                }

                continue;
            }

            var converted = new XElement(Qti + name);
            foreach (var attribute in AttributesOf.GetValueOrDefault(name, []).Where(element.HasAttribute))
            {
                converted.SetAttributeValue(attribute, element.GetAttribute(attribute));
            }

            if (name == "img" && converted.Attribute("alt") is null)
            {
                converted.SetAttributeValue("alt", "");
            }

            if (element.GetAttribute("lang") is { Length: > 0 } lang)
            {
                converted.SetAttributeValue(XNamespace.Xml + "lang", lang);
            }

            converted.Add(Convert(element.ChildNodes, insideLink || name == "a"));
            yield return converted;
        }
    }
}
