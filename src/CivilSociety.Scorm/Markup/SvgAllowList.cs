using System.Text.RegularExpressions;
using System.Xml;

namespace CivilSociety.Scorm.Markup;

/// <summary>What the check of a bundled SVG file found.</summary>
internal enum SvgFindingKind
{
    /// <summary>An element or instruction that runs code or shows other content (script, foreignObject, HTML, a style sheet).</summary>
    RunsCode,

    /// <summary>An on... attribute.</summary>
    EventHandler,

    /// <summary>A javascript: (or vbscript:, data: other than an image) address.</summary>
    UnsafeUrl,

    /// <summary>A reference to anything outside the file: a web address, another file, an @import.</summary>
    ExternalReference,

    /// <summary>A DOCTYPE that declares entities or names another DTD.</summary>
    Doctype,

    /// <summary>Not well-formed XML, or not an SVG image.</summary>
    Malformed,
}

/// <param name="What">The element (with its brackets), the address, or the XML error.</param>
/// <param name="Element">For an attribute: the element it is on.</param>
internal sealed record SvgFinding(SvgFindingKind Kind, string What, int Line, int Column, string? Element = null);

/// <summary>
/// A bundled SVG under the same rule as the Markdown's HTML (<see cref="HtmlAllowList"/>): nothing that runs code.
/// Shown through &lt;img&gt; an SVG runs no script, but the same file opened on its own (a learner's "open image in
/// new tab", a link to it) is a document of the LMS's own origin, where a script acts as the learner. So a bundled
/// SVG is a drawing only: no script, handler, foreignObject, HTML or style sheet instruction, no javascript: address,
/// no reference outside the file (its own #ids and embedded data:image/ pictures are fine), no entity declarations.
/// Read as XML with no DTD processing and no resolver, streaming, so no size or depth makes it recurse or expand.
/// </summary>
internal static partial class SvgAllowList
{
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>More findings in one file say nothing new: the file is refused anyway.</summary>
    private const int MaxFindings = 20;

    /// <summary>SVG elements that run script, or hold content of another kind (HTML, in foreignObject).</summary>
    private static readonly HashSet<string> CodeElements = new(StringComparer.OrdinalIgnoreCase) { "script", "handler", "listener", "foreignObject" };

    /// <summary>Animations can rewrite an attribute while the drawing is shown: a link's href into javascript:.</summary>
    private static readonly HashSet<string> Animations = new(StringComparer.Ordinal) { "set", "animate", "animateTransform", "animateMotion", "animateColor" };

    public static IReadOnlyList<SvgFinding> Check(Stream svg)
    {
        var findings = new List<SvgFinding>();
        var (doctype, doctypeLine, doctypeColumn) = SvgProlog.FindDoctype(svg);
        if (doctype == SvgProlog.DoctypeKind.Refused)
        {
            findings.Add(new SvgFinding(SvgFindingKind.Doctype, "<!DOCTYPE>", doctypeLine, doctypeColumn));
            return findings;
        }

        var settings = new XmlReaderSettings
        {
            // The plain W3C SVG DOCTYPE declares nothing: it is skipped unread. Any other is an error below.
            DtdProcessing = doctype == SvgProlog.DoctypeKind.PlainSvg ? DtdProcessing.Ignore : DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
        };
        var reader = XmlReader.Create(svg, settings);
        var lines = (IXmlLineInfo)reader;
        try
        {
            var root = true;
            var styleDepth = -1;
            var more = reader.Read();
            while (more && findings.Count < MaxFindings)
            {
                var skipped = false;
                switch (reader.NodeType)
                {
                    case XmlNodeType.ProcessingInstruction when reader.Name == "xml-stylesheet":
                        findings.Add(new SvgFinding(SvgFindingKind.RunsCode, "<?xml-stylesheet?>", lines.LineNumber, lines.LinePosition));
                        break;
                    case XmlNodeType.Element when root && reader.LocalName != "svg":
                        findings.Add(new SvgFinding(SvgFindingKind.Malformed, $"its root element is <{reader.Name}>, not <svg>", lines.LineNumber, lines.LinePosition));
                        return findings;
                    case XmlNodeType.Element:
                        root = false;
                        styleDepth = reader.LocalName == "style" && !reader.IsEmptyElement ? reader.Depth : styleDepth;
                        skipped = CheckElement(reader, lines, findings);
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA when styleDepth >= 0 && reader.Depth == styleDepth + 1:
                        CheckCss(reader.Value, lines.LineNumber, lines.LinePosition, findings);
                        break;
                    case XmlNodeType.EndElement when reader.Depth == styleDepth:
                        styleDepth = -1;
                        break;
                }

                more = skipped ? !reader.EOF : reader.Read();
            }
        }
        catch (XmlException ex)
        {
            // A DOCTYPE the prolog scan did not see (past its first bytes, or in UTF-16) arrives here at line 0.
            var (line, column) = ex.LineNumber > 0 ? (ex.LineNumber, ex.LinePosition) : (Math.Max(lines.LineNumber, 1), Math.Max(lines.LinePosition, 1));
            findings.Add(ex.LineNumber > 0
                ? new SvgFinding(SvgFindingKind.Malformed, ex.Message, line, column)
                : new SvgFinding(SvgFindingKind.Doctype, "<!DOCTYPE>", line, column));
        }
        finally
        {
            reader.Dispose();
        }

        return findings;
    }

    /// <summary>Checks an element and its attributes; true when it was refused whole and the reader moved past it.</summary>
    private static bool CheckElement(XmlReader reader, IXmlLineInfo lines, List<SvgFinding> findings)
    {
        var (line, column) = (lines.LineNumber, lines.LinePosition);
        var name = reader.LocalName;
        if (reader.NamespaceURI == XhtmlNamespace || CodeElements.Contains(name) || HtmlAllowList.IsRefusedElement(name))
        {
            var what = reader.NamespaceURI == XhtmlNamespace ? $"HTML <{reader.Name}>" : $"<{reader.Name}>";
            findings.Add(new SvgFinding(SvgFindingKind.RunsCode, what, line, column));
            reader.Skip();   // what is inside goes with it; reporting its parts would say the same again
            return true;
        }

        if (Animations.Contains(name) && reader.GetAttribute("attributeName") is { } animated
            && (animated.EndsWith("href", StringComparison.OrdinalIgnoreCase) || HtmlAllowList.IsEventHandler(animated)))
        {
            findings.Add(new SvgFinding(SvgFindingKind.RunsCode, $"<{reader.Name} attributeName=\"{animated}\">", line, column));
        }

        var element = reader.Name;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                CheckAttribute(reader, element, lines, findings);
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        return false;
    }

    private static void CheckAttribute(XmlReader reader, string element, IXmlLineInfo lines, List<SvgFinding> findings)
    {
        if (reader.Prefix == "xmlns" || reader.Name == "xmlns")
        {
            return;   // a namespace name, never fetched
        }

        var (line, column, value) = (lines.LineNumber, lines.LinePosition, reader.Value);
        if (HtmlAllowList.IsEventHandler(reader.LocalName))
        {
            findings.Add(new SvgFinding(SvgFindingKind.EventHandler, reader.Name, line, column, element));
        }
        else if (HtmlAllowList.IsUrlAttribute(reader.LocalName.ToLowerInvariant()))
        {
            CheckAddress(value.Trim(), line, column, findings);
        }
        else if (reader.LocalName == "style" || value.Contains("url(", StringComparison.OrdinalIgnoreCase))
        {
            CheckCss(value, line, column, findings);
        }
    }

    /// <summary>CSS in a style element or attribute: its url(...) addresses, and no @import of another sheet.</summary>
    private static void CheckCss(string css, int line, int column, List<SvgFinding> findings)
    {
        if (css.Contains("@import", StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(new SvgFinding(SvgFindingKind.ExternalReference, "@import", line, column));
        }

        foreach (Match url in CssUrl().Matches(css))
        {
            CheckAddress(url.Groups["address"].Value.Trim(), line, column, findings);
        }
    }

    private static void CheckAddress(string address, int line, int column, List<SvgFinding> findings)
    {
        if (LinkTarget.Classify(address) == LinkKind.Unsafe)
        {
            findings.Add(new SvgFinding(SvgFindingKind.UnsafeUrl, address, line, column));
        }
        else if (address.Length > 0 && !address.StartsWith('#') && !address.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(new SvgFinding(SvgFindingKind.ExternalReference, address, line, column));
        }
    }

    [GeneratedRegex("""url\(\s*(?<quote>["']?)(?<address>[^"')]*)\k<quote>\s*\)""", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();
}
