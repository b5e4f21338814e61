using System.Text.RegularExpressions;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Model;

/// <summary>
/// An item-writing warning the author silenced, with the reason: <c>allow="SCO4001: the key quotes the law"</c> on a
/// question, or <c>allow: ["SCO4011: ..."]</c> in a section's front matter.
/// </summary>
internal sealed record Allowance(string Code, string Reason, SourceSpan Location);

/// <summary>Reads what an author wrote into allowances; a malformed one keeps its text as the code, with no reason.</summary>
internal static partial class Allowances
{
    /// <summary>
    /// <c>"SCO4001: reason; SCO4008: reason"</c>: entries separated by ';' (or the Arabic '؛') before the next code, so
    /// a reason may hold a semicolon of its own.
    /// </summary>
    public static IReadOnlyList<Allowance> Parse(string text, SourceSpan location) =>
        [.. NextEntry().Split(text).Select(e => e.Trim()).Where(e => e.Length > 0).Select(entry => One(entry, location))];

    public static Allowance One(string entry, SourceSpan location)
    {
        var colon = entry.IndexOfAny([':', '\uFF1A']);
        return colon < 0
            ? new Allowance(entry.Trim(), "", location)
            : new Allowance(entry[..colon].Trim().ToUpperInvariant(), entry[(colon + 1)..].Trim(), location);
    }

    [GeneratedRegex(@"[;\u061B]\s*(?=SCO\d{4}\s*[:\uFF1A])", RegexOptions.IgnoreCase)]
    private static partial Regex NextEntry();
}
