using System.Text.RegularExpressions;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CivilSociety.Scorm.Validation;

/// <summary>
/// A link to a place in a section (#why, 02-how.md#why) goes nowhere unless something there has that id. Headings get
/// no id by themselves (unlike on GitHub), so the usual mistake is a heading's name used as if it had one.
/// </summary>
internal static partial class AnchorRules
{
    public static void AnchorsExist(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        var sectionsByPath = course.Sections.GroupBy(s => s.SourcePath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // A section's ids are gathered once, when a link first asks for them (a walk of its whole body).
        var idsBySection = new Dictionary<Section, HashSet<string>>(ReferenceEqualityComparer.Instance);
        HashSet<string> IdsOf(Section target) => idsBySection.TryGetValue(target, out var ids) ? ids : idsBySection[target] = IdsIn(target);
        foreach (var section in course.Sections)
        {
            foreach (var link in section.Links.Where(l => !l.IsImage))
            {
                var fragment = LinkTarget.FragmentOf(link.Url);
                if (fragment.Length <= 1 || GlossaryTerms.IsTermLink(link.Url))
                {
                    continue;
                }

                // The same section (#why) or another one (02-how.md#why); a fragment of any other file is that file's.
                var target = link.Url.StartsWith('#') ? section
                    : LinkTarget.CourseFile(link.Url, section.SourcePath, sources.RootDirectory) is { } path && sectionsByPath.TryGetValue(path, out var other) ? other
                    : null;
                // #top is the start of the page in every browser, with or without an element of that id.
                var id = Unescape(fragment[1..]);
                if (target is null || id.Equals("top", StringComparison.OrdinalIgnoreCase) || IdsOf(target).Contains(id))
                {
                    continue;
                }

                var where = target == section ? "this section" : $"section '{target.Id}' ({target.SourcePath})";
                diagnostics.ReportWithHelp(DiagnosticCatalog.AnchorMissing, link.Location, HowToFix(target, section, id, IdsOf(target)), link.Url, id, where);
            }
        }
    }

    private static string HowToFix(Section target, Section from, string id, HashSet<string> idsInTarget)
    {
        var inFile = target == from ? "" : $" in {target.SourcePath}";
        if (Headings(target).Where(h => Comparable(h.Text) == Comparable(id)).Select(h => ((string Text, int Line)?)h).FirstOrDefault() is { } heading)
        {
            return $"a heading has no id of its own: end the heading '{heading.Text}' (line {heading.Line}{inFile}) with {{#{id}}}";
        }

        if (Suggestions.Closest(id, idsInTarget) is { } close)
        {
            return $"did you mean '#{close}'?";
        }

        return target == from
            ? $"give the place an id: end its heading with {{#{id}}}, or remove #{id} from the link"
            : $"give the place an id (end its heading{inFile} with {{#{id}}}), or link the section without #{id}";
    }

    /// <summary>The ids written in a section: {#id} on a heading, paragraph, image..., and id="..." in raw HTML.</summary>
    private static HashSet<string> IdsIn(Section section)
    {
        var ids = section.Body.Descendants()
            .Select(node => node.TryGetAttributes()?.Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var html in section.RawHtml)
        {
            ids.UnionWith(HtmlId().Matches(html.Html).Select(m => m.Groups["id"].Value));
        }

        return ids;
    }

    private static IEnumerable<(string Text, int Line)> Headings(Section section) =>
        section.Body.Descendants<HeadingBlock>().Select(h => (Text: string.Concat(h.Inline?.Descendants<LiteralInline>().Select(l => l.Content.ToString()) ?? []).Trim(), Line: h.Line + 1));

    /// <summary>A heading's words and a fragment compared as GitHub makes one from the other: letters and digits, in small letters.</summary>
    private static string Comparable(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    private static string Unescape(string fragment)
    {
        try
        {
            return Uri.UnescapeDataString(fragment);
        }
        catch (UriFormatException)
        {
            return fragment;
        }
    }

    [GeneratedRegex("""\bid\s*=\s*["']?(?<id>[^"'\s>]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlId();
}
