using AngleSharp.Dom;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;

using SourceSpan = CivilSociety.Scorm.Diagnostics.SourceSpan;

namespace CivilSociety.Scorm.Validation;

/// <summary>
/// Raw HTML in a section goes through <see cref="HtmlAllowList"/>: what runs code is an error, what is merely not
/// allowed is a warning (rendering drops it), and the URLs it names are checked like Markdown links.
/// </summary>
internal static class HtmlRules
{
    private static readonly string[] UrlAttributes = ["href", "src", "poster"];

    public static void RawHtmlIsOnTheAllowList(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        var parser = HtmlAllowList.CreateFragmentParser();
        foreach (var section in course.Sections)
        {
            // A page pasted from Word has a style= on every paragraph: each kind of removed markup is said once per file.
            var removed = new Dictionary<string, (Diagnostic First, int More)>(StringComparer.Ordinal);
            foreach (var raw in section.RawHtml)
            {
                var container = HtmlAllowList.ParseFragment(parser, raw.Html);
                HtmlAllowList.Apply(container, finding =>
                {
                    if (finding.Kind is HtmlFindingKind.RemovedElement or HtmlFindingKind.RemovedAttribute)
                    {
                        var kind = finding.Kind == HtmlFindingKind.RemovedElement ? $"<{finding.Element}>" : $"{finding.Attribute}=";
                        removed[kind] = removed.TryGetValue(kind, out var seen) ? (seen.First, seen.More + 1)
                            : (DiagnosticCatalog.HtmlRemoved.At(Locate(finding.Node, raw.Start),
                                finding.Kind == HtmlFindingKind.RemovedElement ? $"<{finding.Element}>" : $"attribute {finding.Attribute} on <{finding.Element}>"), 0);
                    }
                    else
                    {
                        Report(finding, raw.Start, diagnostics);
                    }
                });

                // What survives the allow-list ends up in the package: its URLs must resolve like Markdown links.
                foreach (var (url, location) in UrlsIn(container, raw.Start))
                {
                    LinkRules.CheckUrl(url, section.SourcePath, location, sources, diagnostics);
                }
            }

            if (removed.Count > 0 && section.RawHtml.Any(raw => raw.Html.Contains("class=\"Mso", StringComparison.OrdinalIgnoreCase) || raw.Html.Contains("<o:p", StringComparison.OrdinalIgnoreCase)))
            {
                // Word's own markup (MsoNormal, <o:p>): one paste, one warning, whatever it is made of.
                var first = removed.Values.Select(r => r.First).OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).First();
                diagnostics.Add(DiagnosticCatalog.HtmlRemoved.At(first.Location, $"copied from Word ({string.Join(", ", removed.Keys)}: {removed.Values.Sum(r => r.More + 1)} in this file)") with
                {
                    Help = "paste the text without its formatting (Ctrl+Shift+V, or Cmd+Shift+Option+V on a Mac) and mark headings, lists and emphasis in Markdown: the player gives the text its style",
                });
                continue;
            }

            foreach (var (kind, (first, more)) in removed)
            {
                diagnostics.Add(more == 0 ? first : first with { Message = $"{first.Message} (and {more} more {kind} in this file)" });
            }
        }
    }

    /// <summary>The addresses (href, src, poster) of what is left of a piece of raw HTML, each where it is written.</summary>
    public static IEnumerable<(string Url, SourceSpan Location)> UrlsIn(IElement container, SourceSpan start) =>
        container.QuerySelectorAll("*").SelectMany(element => UrlAttributes
            .Select(attribute => element.GetAttribute(attribute))
            .OfType<string>()
            .Select(url => (url, Locate(element, start))));

    /// <summary>Markdown's {key=value} attributes reach the page too: no on... handlers, no code in URLs.</summary>
    public static void MarkdownAttributesRunNoCode(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var section in course.Sections)
        {
            foreach (var node in section.Body.Descendants())
            {
                if (node.TryGetAttributes()?.Properties is not { } properties)
                {
                    continue;
                }

                var location = new SourceSpan(section.SourcePath, node.Line + 1, node.Column + 1);
                foreach (var (name, value) in properties)
                {
                    var lower = name.ToLowerInvariant();
                    if (lower.StartsWith("on", StringComparison.Ordinal))
                    {
                        diagnostics.Report(DiagnosticCatalog.HtmlEventHandlerRefused, location, name, ElementName(node));
                    }
                    else if (value is not null && LinkTarget.Classify(value) == LinkKind.Unsafe)
                    {
                        diagnostics.Report(DiagnosticCatalog.UnsafeUrl, location, value);
                    }
                    else if (lower == "style")
                    {
                        diagnostics.Report(DiagnosticCatalog.HtmlRemoved, location, $"attribute style on <{ElementName(node)}>");
                    }
                }
            }
        }
    }

    private static void Report(HtmlFinding finding, SourceSpan start, DiagnosticBag diagnostics)
    {
        var location = Locate(finding.Node, start);
        switch (finding.Kind)
        {
            case HtmlFindingKind.RefusedElement:
                diagnostics.Report(DiagnosticCatalog.HtmlElementRefused, location, finding.Element);
                break;
            case HtmlFindingKind.EventHandler:
                diagnostics.Report(DiagnosticCatalog.HtmlEventHandlerRefused, location, finding.Attribute, finding.Element);
                break;
            case HtmlFindingKind.UnsafeUrl:
                diagnostics.Report(DiagnosticCatalog.UnsafeUrl, location, finding.Value);
                break;
        }
    }

    /// <summary>The element's place in the file: its position inside the raw HTML, shifted to where that starts.</summary>
    private static SourceSpan Locate(IElement element, SourceSpan start)
    {
        if (element.SourceReference?.Position is not { } position || position.Line < 1)
        {
            return start;
        }

        return position.Line == 1
            ? start with { Column = start.Column + position.Column - 1 }
            : start with { Line = start.Line + position.Line - 1, Column = position.Column };
    }

    private static string ElementName(MarkdownObject node) => node switch
    {
        HeadingBlock heading => "h" + heading.Level,
        ParagraphBlock => "p",
        Markdig.Syntax.Inlines.LinkInline { IsImage: true } => "img",
        Markdig.Syntax.Inlines.LinkInline => "a",
        _ => node.GetType().Name.Replace("Block", "", StringComparison.Ordinal).Replace("Inline", "", StringComparison.Ordinal).ToLowerInvariant(),
    };
}
