using System.Text.RegularExpressions;
using CivilSociety.Scorm.Diagnostics;
using Markdig.Syntax;

namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// "-[x] Paris" (no space after the dash), "[x] Paris" (no dash) or "a) [x] Paris" (lettered) is no list item in Markdown: it is read as text of
/// the question, or of the choice above it, and the choice is lost without a word. Said at the line, with the fix.
/// </summary>
internal static partial class GluedChoices
{
    /// <summary>Reports the first line of <paramref name="block"/> (from <paramref name="firstLine"/> on) written as a choice Markdown cannot read.</summary>
    public static bool Report(LeafBlock block, int firstLine, TextLocator locator, DiagnosticBag diagnostics)
    {
        if (!HasGluedLine(locator.SourceSpanOf(block), firstLine))
        {
            return false;   // as nearly always: looked for in place, without a string per line
        }

        var lines = locator.SourceOf(block).Split('\n');
        for (var i = firstLine; i < lines.Length; i++)
        {
            if (Glued().Match(lines[i].TrimEnd('\r')) is { Success: true } glued)
            {
                var indent = lines[i].Length - lines[i].TrimStart().Length;
                var bullet = glued.Groups["bullet"].Value;
                var written = $"{(bullet.Length == 0 ? "-" : bullet)} [{glued.Groups["mark"].Value}] {glued.Groups["text"].Value.TrimEnd('\r')}";
                var location = locator.AtLine(block.Line + i) with { Column = (i == 0 ? block.Column : 0) + indent + 1 };
                var others = lines.Skip(i + 1).Count(l => Glued().IsMatch(l.TrimEnd('\r')));
                diagnostics.ReportWithHelp(DiagnosticCatalog.ChoiceReadAsText, location,
                    $"write it '{written}'{(others > 0 ? $" (and the {others} line(s) below it the same way)" : "")}: a choice is a list item, its '-' followed by a space",
                    glued.Value.TrimEnd('\r'),
                    glued.Groups["letter"].Success ? $"starts with '{glued.Groups["letter"].Value}', and Markdown reads no list of letters"   // a) [x] Paris, as in Aiken
                    : bullet.Length == 0 ? "has no '- ' before it" : $"has no space after its '{bullet}'");
                return true;
            }
        }

        return false;
    }

    private static bool HasGluedLine(ReadOnlySpan<char> source, int firstLine)
    {
        var number = 0;
        foreach (var line in source.Split('\n'))
        {
            if (number++ >= firstLine && Glued().IsMatch(source[line].TrimEnd('\r')))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\s*(?:(?<letter>\(?[a-zA-Z][.)]\)?)\s*\[|(?<bullet>[-*+])\[|\[)(?<mark>[ xX]?)\]\s*(?<text>\S.*)$")]
    private static partial Regex Glued();
}
