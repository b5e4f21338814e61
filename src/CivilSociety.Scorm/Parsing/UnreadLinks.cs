using System.Text.RegularExpressions;
using CivilSociety.Scorm.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// An image or link whose path has a space in it, ![map](../media/my map.png): Markdown reads no link there, and the
/// learner would see the brackets and the path as text, with no error anywhere. Said here, with the fix.
/// </summary>
internal static partial class UnreadLinks
{
    public static void Report(MarkdownDocument document, TextLocator locator, DiagnosticBag diagnostics)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>())
        {
            // Nearly every paragraph has no such link: looked for in the text in place, without copying it.
            if (!LinkWithSpace().IsMatch(locator.SourceSpanOf(paragraph)))
            {
                continue;
            }

            var source = locator.SourceOf(paragraph);
            var read = paragraph.Inline?.Descendants<LinkInline>().Select(link => link.Span.Start).ToHashSet() ?? [];
            foreach (Match link in LinkWithSpace().Matches(source))
            {
                var start = paragraph.Span.Start + link.Index;
                if (read.Contains(start) || read.Contains(start + link.Groups["bang"].Length) || TitledLink().IsMatch(link.Groups["path"].Value))
                {
                    continue;   // a link Markdig did read: [text](path "a title")
                }

                var path = link.Groups["path"].Value.Trim();
                var renamed = Regex.Replace(Path.GetFileName(path), @"\s+", "-");
                diagnostics.ReportWithHelp(DiagnosticCatalog.PathWithSpaces, locator.AtOffset(start),
                    $"rename the file without spaces (for example {renamed}) and write that name here; or write the path between < and >: ({'<'}{path}>)",
                    path, link.Groups["bang"].Length > 0 ? "image" : "link");
            }
        }
    }

    /// <summary>[text](path with a space) or ![text](...), on one line; an escaped \[ or \] is text, no link.</summary>
    [GeneratedRegex(@"(?<!\\)(?<bang>!?)\[(?:\\.|[^\]\\\n])*\]\((?<path>[^)<>\n]*\S\s+\S[^)\n]*)\)")]
    private static partial Regex LinkWithSpace();

    [GeneratedRegex(@"^\s*\S+\s+(""[^""]*""|'[^']*')\s*$")]
    private static partial Regex TitledLink();
}
