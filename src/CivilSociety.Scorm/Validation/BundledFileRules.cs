using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Validation;

/// <summary>
/// The files a section bundles are as safe as its Markdown. An SVG goes through <see cref="SvgAllowList"/>, the
/// same rule as the raw HTML (what runs code is an error, located in the SVG itself). A page (HTML, XHTML, XML) is
/// refused where it is linked: it would open outside the player and its Content-Security-Policy, from the LMS's
/// address, and bundled byte for byte it could not be cleaned without silently changing it.
/// </summary>
internal static class BundledFileRules
{
    private static readonly Dictionary<string, string> Pages = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "HTML", [".htm"] = "HTML", [".shtml"] = "HTML", [".xhtml"] = "XHTML", [".xht"] = "XHTML",
        [".mht"] = "a web archive", [".mhtml"] = "a web archive", [".xml"] = "XML, which a browser shows with style sheets and scripts",
        [".xsl"] = "an XSLT style sheet", [".xslt"] = "an XSLT style sheet",
    };

    public static void BundledFilesRunNoCode(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        var checkedImages = new HashSet<string>(StringComparer.Ordinal);
        var parser = HtmlAllowList.CreateFragmentParser();
        foreach (var section in course.Sections)
        {
            foreach (var (url, location) in References(section, parser))
            {
                if (LinkTarget.CourseFile(url, section.SourcePath, sources.RootDirectory) is not { } path || !sources.AllFiles.Contains(path))
                {
                    continue;   // nothing bundled; LinkRules says why when it matters
                }

                if (Pages.TryGetValue(Path.GetExtension(path), out var kind))
                {
                    diagnostics.Report(DiagnosticCatalog.PageFileRefused, location, url, kind);
                }
                else if (Path.GetExtension(path).Equals(".svgz", StringComparison.OrdinalIgnoreCase))
                {
                    diagnostics.ReportWithHelp(DiagnosticCatalog.SvgMalformed, location,
                        "save it as plain, uncompressed .svg (Inkscape: Save As... > Plain SVG)", url, "it is compressed (.svgz), so it cannot be checked");
                }
                else if (Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase) && checkedImages.Add(path))
                {
                    CheckSvg(path, sources, diagnostics);
                }
            }
        }
    }

    /// <summary>Every address of the section that can bundle a file: its links and images, and its raw HTML's.</summary>
    private static IEnumerable<(string Url, SourceSpan Location)> References(Section section, (HtmlParser Parser, IDocument Document) parser)
    {
        foreach (var link in section.Links)
        {
            yield return (link.Url, link.Location);
        }

        foreach (var raw in section.RawHtml)
        {
            var container = HtmlAllowList.ParseFragment(parser, raw.Html);
            HtmlAllowList.Apply(container, report: null);   // only what rendering keeps can bundle a file
            foreach (var reference in HtmlRules.UrlsIn(container, raw.Start))
            {
                yield return reference;
            }
        }
    }

    internal static void CheckSvg(string path, CourseSources sources, DiagnosticBag diagnostics)
    {
        IReadOnlyList<SvgFinding> findings;
        try
        {
            using var stream = RegularFile.OpenRead(sources.FullPath(path));
            findings = SvgAllowList.Check(stream);
        }
        catch (IOException)
        {
            return;   // gone since Load listed it; Package reports it if it is still missing then
        }

        foreach (var finding in findings)
        {
            var at = new SourceSpan(path, finding.Line, finding.Column);
            switch (finding.Kind)
            {
                case SvgFindingKind.RunsCode when finding.What.Contains("foreignObject", StringComparison.OrdinalIgnoreCase) || finding.What.StartsWith("HTML", StringComparison.Ordinal):
                    diagnostics.ReportWithHelp(DiagnosticCatalog.SvgRunsCode, at,
                        "it embeds HTML in the drawing: draw the text as SVG text (diagrams.net: untick Formatted Text on the labels, then export again), or export a PNG", finding.What);
                    break;
                case SvgFindingKind.RunsCode:
                    diagnostics.Report(DiagnosticCatalog.SvgRunsCode, at, finding.What);
                    break;
                case SvgFindingKind.EventHandler:
                    diagnostics.ReportWithHelp(DiagnosticCatalog.HtmlEventHandlerRefused, at,
                        "remove the on... attribute: a package's SVG is a drawing and runs no scripts", finding.What, finding.Element);
                    break;
                case SvgFindingKind.UnsafeUrl:
                    diagnostics.ReportWithHelp(DiagnosticCatalog.UnsafeUrl, at, "remove it: an SVG in a package refers only to its own #ids", finding.What);
                    break;
                case SvgFindingKind.ExternalReference:
                    diagnostics.Report(DiagnosticCatalog.SvgExternalReference, at, finding.What);
                    break;
                case SvgFindingKind.Doctype:
                    diagnostics.Report(DiagnosticCatalog.SvgDoctype, at);
                    break;
                default:
                    diagnostics.Report(DiagnosticCatalog.SvgMalformed, at, path, finding.What);
                    break;
            }
        }
    }
}
