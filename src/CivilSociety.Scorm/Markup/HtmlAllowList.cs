using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CivilSociety.Scorm.Markup;

/// <summary>What the allow-list found in a piece of HTML, and what it did about it.</summary>
internal enum HtmlFindingKind
{
    /// <summary>An element that can run code or load another page (script, iframe, ...): an error, removed with its content.</summary>
    RefusedElement,

    /// <summary>An on... attribute: an error, removed.</summary>
    EventHandler,

    /// <summary>A URL that runs code (javascript:, vbscript:, data: other than an image): an error, removed.</summary>
    UnsafeUrl,

    /// <summary>An element not on the allow-list: a warning; its text is kept, the tag dropped.</summary>
    RemovedElement,

    /// <summary>An attribute not on the allow-list (style, srcset, data-...): a warning, removed.</summary>
    RemovedAttribute,
}

/// <param name="Kind">What was found.</param>
/// <param name="Element">The element, lower case.</param>
/// <param name="Attribute">The attribute, when the finding is about one.</param>
/// <param name="Value">The attribute's value, for URLs.</param>
/// <param name="Node">The element, for its source position.</param>
internal sealed record HtmlFinding(HtmlFindingKind Kind, string Element, string? Attribute, string? Value, IElement Node);

/// <summary>
/// The one allow-list for HTML in a course: validation reports what it finds in the author's raw HTML, and
/// rendering applies it to every piece of Markdown rendered, so nothing outside it ever reaches a package even
/// if a check were skipped. Written on AngleSharp (already the renderer's DOM) rather than adding a second parser.
/// </summary>
internal static class HtmlAllowList
{
    /// <summary>Elements that run code, embed other pages, or change how the page loads: never in a course.</summary>
    private static readonly HashSet<string> Refused = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "link", "form", "portal",
    };

    /// <summary>Elements whose content is not text for the learner: removed whole, not unwrapped.</summary>
    private static readonly HashSet<string> RemovedWithContent = new(StringComparer.Ordinal)
    {
        "style", "template", "svg", "math", "noscript", "textarea", "select", "button", "title", "xmp", "noembed", "noframes", "plaintext",
    };

    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "a", "abbr", "article", "aside", "audio", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col",
        "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4",
        "h5", "h6", "hr", "i", "img", "input", "ins", "kbd", "li", "mark", "ol", "p", "picture", "pre", "q", "rp", "rt",
        "ruby", "s", "samp", "section", "small", "source", "span", "strong", "sub", "summary", "sup", "table", "tbody",
        "td", "tfoot", "th", "thead", "time", "tr", "track", "u", "ul", "var", "video", "wbr",
    };

    private static readonly HashSet<string> GlobalAttributes = new(StringComparer.Ordinal) { "id", "class", "title", "lang", "dir", "role", "hidden" };

    private static readonly Dictionary<string, HashSet<string>> ElementAttributes = new(StringComparer.Ordinal)
    {
        ["a"] = ["href", "name", "target", "rel", "hreflang"],
        ["img"] = ["src", "alt", "width", "height", "loading"],
        ["audio"] = ["src", "controls", "loop", "muted", "preload"],
        ["video"] = ["src", "controls", "loop", "muted", "preload", "poster", "width", "height", "playsinline"],
        ["source"] = ["src", "type", "media"],
        ["track"] = ["src", "kind", "srclang", "label", "default"],
        ["td"] = ["colspan", "rowspan", "headers", "align"],
        ["th"] = ["colspan", "rowspan", "headers", "scope", "abbr", "align"],
        ["col"] = ["span"],
        ["colgroup"] = ["span"],
        ["ol"] = ["start", "reversed", "type"],
        ["li"] = ["value"],
        ["input"] = ["type", "checked", "disabled"],   // Markdig's task lists: checkboxes, nothing else
        ["details"] = ["open"],
        ["time"] = ["datetime"],
        ["blockquote"] = ["cite"],
        ["q"] = ["cite"],
        ["del"] = ["cite", "datetime"],
        ["ins"] = ["cite", "datetime"],
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.Ordinal) { "href", "src", "poster", "cite" };

    /// <summary>Deeper raw HTML than this is refused before any HTML parser sees it (see <see cref="NestingDepth"/>).</summary>
    public const int MaxNesting = 100;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>A parser that keeps source positions, and a document to parse fragments in: one per validation run.</summary>
    public static (HtmlParser Parser, IDocument Document) CreateFragmentParser()
    {
        var parser = HtmlParsers.Create(new HtmlParserOptions { IsKeepingSourceReferences = true });
        return (parser, parser.ParseDocument(""));
    }

    /// <summary>
    /// How deep the tags of a text nest, counted on the raw text (open tags minus closing tags, void elements
    /// aside). An HTML parser spends time proportional to the depth on every tag, so 100,000 unclosed &lt;div&gt;
    /// take it minutes; a course never nests more than a few levels. <c>TooDeepAt</c> is the offset of the tag that
    /// first goes beyond <see cref="MaxNesting"/>, or -1.
    /// </summary>
    public static (int Deepest, int TooDeepAt) NestingDepth(string text)
    {
        int depth = 0, deepest = 0, tooDeepAt = -1;
        for (var i = text.IndexOf('<'); i >= 0 && i < text.Length - 1; i = text.IndexOf('<', i + 1))
        {
            var closing = text[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '-'))
            {
                end++;
            }

            // Not a tag: "a < b", or an autolink such as <https://...> or <name@example.org>.
            if (end == start || !char.IsAsciiLetter(text[start]) || (end < text.Length && text[end] is ':' or '@' or '.'))
            {
                continue;
            }

            var close = text.IndexOf('>', end);
            var selfClosing = close > 0 && text[close - 1] == '/';
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!selfClosing && !VoidElements.Contains(text[start..end]))
            {
                deepest = Math.Max(deepest, ++depth);
                tooDeepAt = tooDeepAt < 0 && depth > MaxNesting ? i : tooDeepAt;
            }
        }

        return (deepest, tooDeepAt);
    }

    /// <summary>Parses a piece of HTML (as an author wrote it) with source positions, for validation.</summary>
    public static IElement ParseFragment((HtmlParser Parser, IDocument Document) context, string html)
    {
        var (parser, document) = context;
        var container = document.CreateElement("div");
        foreach (var node in parser.ParseFragment(html, container).ToList())
        {
            container.AppendChild(node);
        }

        return container;
    }

    /// <summary>Sanitises a rendered piece of HTML (a string in, a string out): what rendering uses.</summary>
    /// <param name="scratch">A document to build the fragment in: one per render, since making one is costly.</param>
    public static string Clean(string html, IDocument scratch, HtmlParser parser)
    {
        if (html.IndexOf('<') < 0)
        {
            return html;
        }

        return CleanNodes(html, scratch, parser).InnerHtml;
    }

    /// <summary>Sanitises a rendered piece of HTML into nodes: the children of the returned element of <paramref name="document"/>.</summary>
    public static IElement CleanNodes(string html, IDocument document, HtmlParser parser)
    {
        var container = document.CreateElement("div");
        parser.SetInnerHtml(container, html);
        Apply(container, report: null);
        return container;
    }

    /// <summary>Walks the children of <paramref name="container"/>, removing what is not allowed and reporting it.</summary>
    public static void Apply(IElement container, Action<HtmlFinding>? report)
    {
        // Code is reported wherever it is, even inside an element that goes anyway (<svg onload=...>): the author
        // meant it to run, and should know it will not.
        if (report is not null)
        {
            foreach (var element in container.QuerySelectorAll("*"))
            {
                foreach (var attribute in element.Attributes)
                {
                    var attributeName = attribute.Name.ToLowerInvariant();
                    if (IsEventHandler(attributeName))
                    {
                        report(new HtmlFinding(HtmlFindingKind.EventHandler, element.LocalName, attributeName, attribute.Value, element));
                    }
                    else if (IsUrlAttribute(attributeName) && LinkTarget.Classify(attribute.Value) == LinkKind.Unsafe)
                    {
                        report(new HtmlFinding(HtmlFindingKind.UnsafeUrl, element.LocalName, attributeName, attribute.Value, element));
                    }
                }
            }
        }

        foreach (var element in container.Children.ToList())
        {
            ApplyTo(element, report);
        }
    }

    private static void ApplyTo(IElement element, Action<HtmlFinding>? report)
    {
        var name = element.LocalName;
        if (IsRefusedElement(name))
        {
            report?.Invoke(new HtmlFinding(HtmlFindingKind.RefusedElement, name, null, null, element));
            element.Remove();
            return;
        }

        if (!Elements.Contains(name) || (name == "input" && !IsCheckbox(element)))
        {
            report?.Invoke(new HtmlFinding(HtmlFindingKind.RemovedElement, name, null, null, element));
            if (RemovedWithContent.Contains(name) || name == "input")
            {
                element.Remove();
                return;
            }

            // Unwrap: the learner keeps the text, the page loses the unknown tag.
            var children = element.ChildNodes.ToList();
            foreach (var child in children)
            {
                element.Parent!.InsertBefore(child, element);
            }

            element.Remove();
            foreach (var child in children.OfType<IElement>())
            {
                ApplyTo(child, report);
            }

            return;
        }

        foreach (var attribute in element.Attributes.ToList())
        {
            var attributeName = attribute.Name.ToLowerInvariant();
            if (IsEventHandler(attributeName)
                || (IsUrlAttribute(attributeName) && LinkTarget.Classify(attribute.Value) == LinkKind.Unsafe))
            {
                element.RemoveAttribute(attribute.Name);   // reported by Apply's first pass
                continue;
            }

            HtmlFindingKind? finding = null;
            if (!GlobalAttributes.Contains(attributeName) && !(ElementAttributes.TryGetValue(name, out var allowed) && allowed.Contains(attributeName))
                     && !attributeName.StartsWith("aria-", StringComparison.Ordinal))
            {
                finding = HtmlFindingKind.RemovedAttribute;
            }

            if (finding is { } kind)
            {
                report?.Invoke(new HtmlFinding(kind, name, attributeName, attribute.Value, element));
                element.RemoveAttribute(attribute.Name);
            }
        }

        foreach (var child in element.Children.ToList())
        {
            ApplyTo(child, report);
        }
    }

    /// <summary>Elements that run code, embed other pages or change how the page loads, in HTML or in a bundled SVG.</summary>
    public static bool IsRefusedElement(string localName) => Refused.Contains(localName);

    /// <summary>An on... attribute: an event handler, code, in HTML as in SVG.</summary>
    public static bool IsEventHandler(string attributeName) => attributeName.StartsWith("on", StringComparison.OrdinalIgnoreCase);

    /// <summary>Attributes a browser follows as an address (href, src, xlink:href, formaction, poster, ...).</summary>
    public static bool IsUrlAttribute(string name) =>
        UrlAttributes.Contains(name) || name.EndsWith("href", StringComparison.Ordinal) || name.EndsWith("src", StringComparison.Ordinal)
        || name.EndsWith("action", StringComparison.Ordinal) || name is "data" or "background" or "poster" or "srcset";

    private static bool IsCheckbox(IElement input) =>
        string.Equals(input.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase);
}
