using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// Reports what a {...} group holds that is no attribute at all: a { never closed, a word with no = (an id with a
/// space in it: {#q about}), a quoted value never closed. Without this they would be dropped in silence, and the
/// question built without them.
/// </summary>
internal static class AttributeMistakes
{
    /// <param name="attributes">The group as read from <paramref name="line"/>.</param>
    /// <param name="line">The heading's (or fence's) whole line.</param>
    /// <param name="lineStart">Where the line starts: the reports take their columns from it.</param>
    /// <param name="known">The attribute names the owner takes (for "did you mean").</param>
    public static void Report(HeadingAttributes attributes, string line, SourceSpan lineStart, IReadOnlyCollection<string> known, DiagnosticBag diagnostics)
    {
        if (attributes.Unclosed >= 0)
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.AttributesNotClosed, At(lineStart, attributes.Unclosed),
                $"end the line with }}: {line[attributes.Unclosed..].TrimEnd()}}}");
        }

        foreach (var (text, column) in attributes.WrittenWithColon)
        {
            var key = text[..text.IndexOf(':')];
            diagnostics.ReportWithHelp(DiagnosticCatalog.StrayAttributeWord, At(lineStart, column),
                text[(key.Length + 1)..].Trim() is { Length: > 0 } value
                    ? $"an attribute is written with =, not a colon: {key}={value}"
                    : $"give it a value with =: {key}=...", key + ":");
        }

        foreach (var (text, column) in attributes.Strays)
        {
            if (text[0] is '"' or '\'')
            {
                diagnostics.Report(DiagnosticCatalog.AttributeQuoteNotClosed, At(lineStart, column), text, text[0]);
                continue;
            }

            diagnostics.ReportWithHelp(DiagnosticCatalog.StrayAttributeWord, At(lineStart, column), HelpFor(text, column, line, attributes, known), text);
        }
    }

    private static string HelpFor(string text, int column, string line, HeadingAttributes attributes, IReadOnlyCollection<string> known)
    {
        // outcomes=LO1 LO2: the second id left outside an unquoted value.
        if (OutcomesBefore(line, column) is { } first && !text.Contains('='))
        {
            return $"two or more outcomes are written between quotes: outcomes=\"{first} {text}\"";
        }

        // {#q about ...}: the word right after the id is the rest of the id.
        if (attributes.Id is { } id && attributes.IdColumn >= 0 && column == attributes.IdColumn + 1 + id.Length + 1
            && attributes.Strays[0].Column == column && !known.Contains(text, StringComparer.Ordinal))
        {
            return $"an id is one word, without spaces: write {{#{id}-{text} ...}}";
        }

        var name = text.TrimEnd(':');
        if (known.Contains(name, StringComparer.Ordinal))
        {
            return $"give it a value with =: {name}=...";
        }

        return Suggestions.Closest(name, known) is { } meant
            ? $"did you mean '{meant}'? write it with a value: {meant}=..."
            : $"write an attribute as key=value (this one takes {string.Join(", ", known.Select(k => k + "="))}), or remove the word";
    }

    /// <summary>The unquoted value of an outcomes= right before <paramref name="column"/>, or null.</summary>
    private static string? OutcomesBefore(string line, int column)
    {
        var before = line[..Math.Min(column, line.Length)].TrimEnd();
        var at = before.LastIndexOf("outcomes=", StringComparison.Ordinal);
        var value = at < 0 ? "" : before[(at + "outcomes=".Length)..];
        return value.Length > 0 && !value.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'') ? value : null;
    }

    private static SourceSpan At(SourceSpan lineStart, int column) => lineStart with { Column = column + 1 };
}
