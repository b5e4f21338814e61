using System.Buffers;
using CivilSociety.Scorm.Hashing;
using System.Text;
using System.Text.RegularExpressions;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Questions;

/// <summary>
/// The identity of a choice, a matching item or an item to order across versions of a course: what a learner's saved
/// answer names, so that an answer survives choices being added, removed or reordered (docs/republishing.md).
/// The author's explicit id (<c>{#id}</c> at the end of the item's line) when there is one; otherwise one derived
/// from the item's text once spelling that does not change its meaning is set aside: case, spaces, punctuation and
/// Markdown marks, Arabic diacritics and tatweel, the written forms of alif, ta marbuta and alif maqsura, and the
/// script of digits. Any other rewording makes another choice: a learner who had chosen the old one has that question
/// reset, never moved to a neighbour.
/// </summary>
internal static partial class ChoiceIdentity
{
    /// <summary>Derived identities start with "~": an author may write one as an explicit id to keep it through a rewording.</summary>
    public const char DerivedMark = '~';

    public static string Of(Choice choice) => choice.ExplicitId ?? Derived(choice.Markdown);

    /// <summary>
    /// "~" and the first four bytes of the SHA-256 of the UTF-8 of the text as its identity sees it (NFKC, then
    /// <see cref="Fold"/>: letters and digits only, folded), in hex. Asked for every
    /// choice by the validation, the course data, the snapshot and the patterns: the text folded, its UTF-8 and the
    /// digest go through buffers of this call (a builder, its string, two arrays and a hex string for each were 12 MB
    /// a build of the synthetic course).
    /// </summary>
    public static string Derived(string markdown)
    {
        var text = markdown.Normalize(NormalizationForm.FormKC);
        char[]? rentedChars = null;
        byte[]? rentedBytes = null;
        try
        {
            var folded = text.Length <= 256 ? stackalloc char[256] : (rentedChars = ArrayPool<char>.Shared.Rent(text.Length));
            folded = folded[..Fold(text, folded)];
            var maxBytes = Encoding.UTF8.GetMaxByteCount(folded.Length);
            var utf8 = maxBytes <= 768 ? stackalloc byte[768] : (rentedBytes = ArrayPool<byte>.Shared.Rent(maxBytes));
            Span<byte> digest = stackalloc byte[32];
            Sha256.HashData(utf8[..Encoding.UTF8.GetBytes(folded, utf8)], digest);
            Span<char> identity = stackalloc char[9];
            identity[0] = DerivedMark;
            Convert.TryToHexStringLower(digest[..4], identity[1..], out _);
            return new string(identity);
        }
        finally
        {
            if (rentedChars is not null)
            {
                ArrayPool<char>.Shared.Return(rentedChars);
            }

            if (rentedBytes is not null)
            {
                ArrayPool<byte>.Shared.Return(rentedBytes);
            }
        }
    }

    /// <summary>Writes the letters and digits of <paramref name="text"/> (normalised: NFKC), folded (the text as its identity sees it), into <paramref name="folded"/> (at least as long); returns how many.</summary>
    private static int Fold(string text, Span<char> folded)
    {
        var at = 0;
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                folded[at++] = (char)('0' + (int)char.GetNumericValue(c));
            }
            else if (char.IsLetter(c) && c != '\u0640')   // tatweel only stretches a word
            {
                folded[at++] = c switch
                {
                    '\u0622' or '\u0623' or '\u0625' or '\u0671' => '\u0627',   // alif with hamza or madda: alif
                    '\u0629' => '\u0647',                                      // ta marbuta: ha
                    '\u0649' => '\u064A',                                      // alif maqsura: ya
                    _ => char.ToLowerInvariant(c),
                };
            }
        }

        return at;
    }

    /// <summary>Whether an explicit id is well formed: a letter then letters, digits, "-" or "_", or a derived identity.</summary>
    public static bool IsValid(string id) => ExplicitIdPattern().IsMatch(id);

    /// <summary>
    /// Splits "text {#id}" into the text and the id; reports an id that is not well formed (and keeps the text whole).
    /// </summary>
    public static (string Text, string? Id) Split(string itemText, SourceSpan location, DiagnosticBag diagnostics)
    {
        var match = TrailingId().Match(itemText);
        if (!match.Success)
        {
            return (itemText, null);
        }

        var id = match.Groups["id"].Value;
        if (!IsValid(id))
        {
            diagnostics.Report(DiagnosticCatalog.InvalidChoiceId, location, id);
            return (itemText[..match.Index].TrimEnd(), null);
        }

        return (itemText[..match.Index].TrimEnd(), id);
    }

    /// <summary>
    /// An explicit id used twice in one question is an error; two items whose derived identities are the same a
    /// warning (an answer naming either cannot be carried over an update).
    /// </summary>
    public static void Check(IReadOnlyList<Choice> items, string label, DiagnosticBag diagnostics)
    {
        foreach (var duplicate in items.Where(c => c.ExplicitId is not null).GroupBy(c => c.ExplicitId, StringComparer.Ordinal).SelectMany(g => g.Skip(1)))
        {
            diagnostics.Report(DiagnosticCatalog.DuplicateChoiceId, duplicate.Location, label, duplicate.ExplicitId!);
        }

        foreach (var same in items.Where(c => c.ExplicitId is null && c.Markdown.Trim().Length > 0)
            .GroupBy(c => Derived(c.Markdown), StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Where(g => g.Select(c => c.Markdown.Trim()).Distinct(StringComparer.Ordinal).Count() > 1))
        {
            var second = same.Skip(1).First();
            diagnostics.Report(DiagnosticCatalog.ChoicesShareIdentity, second.Location, label, same.First().Markdown.Trim(), second.Markdown.Trim());
        }
    }

    [GeneratedRegex(@"\s*\{#(?<id>[^{}\s]*)\}\s*$")]
    private static partial Regex TrailingId();

    [GeneratedRegex(@"^(?:~[0-9a-f]{8}|[A-Za-z][A-Za-z0-9_-]{0,39})$")]
    private static partial Regex ExplicitIdPattern();
}

/// <summary>An item another is paired with (matching's right items): its id, its identity and its plain text.</summary>
internal sealed record TargetItem(string Id, string Key, string Text);
