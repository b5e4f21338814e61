using System.Buffers;
using System.Text;

namespace CivilSociety.Scorm.ItemWriting;

/// <summary>
/// Text as the item-writing rules compare it: plain text folded the way a fill-in answer is in Arabic (the runtime's
/// <c>foldArabic</c>: no diacritics or tatweel, one alef, taa marbuta as haa, alef maqsura as yaa, hamza carriers
/// as their letter), lower case, punctuation as spaces; then split into words.
/// </summary>
internal static class ItemText
{
    public static string Fold(string text) => WithFolded(text, static folded => new string(folded));

    /// <summary>The folded text's words (split at its single spaces), without the folded text itself.</summary>
    public static string[] Words(string text) => WithFolded(text, static folded =>
    {
        if (folded.IsEmpty)
        {
            return [];
        }

        var words = new string[folded.Count(' ') + 1];   // the folded text has no space at either end, none doubled
        var i = 0;
        foreach (var word in folded.Split(' '))
        {
            words[i++] = new string(folded[word]);
        }

        return words;
    });

    /// <summary>What <paramref name="use"/> makes of the folded text, folded on the stack or into a pooled buffer.</summary>
    private static T WithFolded<T>(string text, Func<ReadOnlySpan<char>, T> use)
    {
        var normalized = text.Normalize(NormalizationForm.FormC);
        char[]? rented = null;
        var buffer = normalized.Length <= StackFoldLength ? stackalloc char[StackFoldLength] : (rented = ArrayPool<char>.Shared.Rent(normalized.Length));
        try
        {
            return use(buffer[..FoldInto(normalized, buffer)]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Texts up to this long are folded on the stack; longer ones in a pooled buffer.</summary>
    private const int StackFoldLength = 256;

    /// <summary>
    /// Writes the folded text into <paramref name="folded"/> (at least as long as <paramref name="text"/>: folding never
    /// lengthens it) and gives its length: the words joined by one space as they are folded, with no leading, trailing
    /// or doubled space, which is what splitting the folded text and joining its words gave.
    /// </summary>
    private static int FoldInto(string text, Span<char> folded)
    {
        var length = 0;
        var spaceDue = false;
        foreach (var c in text)
        {
            var letter = FoldedLetter(c);
            if (letter == Dropped)
            {
                continue;
            }

            if (letter == ' ')
            {
                spaceDue = length > 0;
                continue;
            }

            if (spaceDue)
            {
                folded[length++] = ' ';
                spaceDue = false;
            }

            folded[length++] = letter;
        }

        return length;
    }

    /// <summary>A character that is no part of the folded text (<see cref="FoldedLetter"/>).</summary>
    private const char Dropped = '\0';

    /// <summary>A character as <see cref="Fold"/> writes it: a space between words, <see cref="Dropped"/> for nothing.</summary>
    private static char FoldedLetter(char c) => c switch
    {
        >= '\u064B' and <= '\u0652' or '\u0670' or '\u0640' or '\u200C' or '\u200D' or '\u200E' or '\u200F' => Dropped,   // diacritics, tatweel, joiners and direction marks
        '\u0623' or '\u0625' or '\u0622' or '\u0671' => '\u0627',
        '\u0629' => '\u0647',
        '\u0649' or '\u0626' => '\u064A',
        '\u0624' => '\u0648',
        _ when char.IsLetterOrDigit(c) => char.ToLowerInvariant(c),
        '\'' or '\u2019' => Dropped,   // isn't, doesn't: one word, as the lists write it
        _ => ' ',
    };

    /// <summary>
    /// The words of <paramref name="text"/> that fold to <paramref name="folded"/>, as the author wrote them (with
    /// their diacritics), for a message; the folded form when they cannot be found.
    /// </summary>
    public static string AsWritten(string text, string folded)
    {
        var written = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var length = folded.Split(' ').Length;
        for (var start = 0; start + length <= written.Length; start++)
        {
            var run = string.Join(' ', written.Skip(start).Take(length));
            var runFolded = Fold(run);
            if (runFolded == folded || (runFolded.Length == folded.Length + 1 && runFolded.EndsWith(folded, StringComparison.Ordinal)))
            {
                return run.Trim('.', ',', '،', '؛', ';', ':', '?', '؟', '!', '(', ')', '«', '»', '"');
            }
        }

        return folded;
    }

    /// <summary>
    /// A rough stem, for telling whether two texts use the same words: the Arabic article and the clitics before it
    /// (و ف ب ك ل), common suffixes and the accusative alef; English plural and verb endings. Never shown to anyone.
    /// </summary>
    public static string Stem(string word)
    {
        if (IsArabic(word))
        {
            foreach (var prefix in (string[])["وال", "بال", "كال", "فال", "لل", "ال"])
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal) && word.Length - prefix.Length >= 2)
                {
                    word = word[prefix.Length..];
                    break;
                }
            }

            if (word.Length >= 4 && word[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك')
            {
                word = word[1..];
            }

            foreach (var suffix in (string[])["هما", "ها", "هم", "هن", "ات", "ون", "ين", "ان"])
            {
                if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 3)
                {
                    word = word[..^suffix.Length];
                    break;
                }
            }

            return word.Length >= 4 && word[^1] is 'ه' or 'ا' or 'ي' ? word[..^1] : word;
        }

        foreach (var suffix in (string[])["ing", "ies", "es", "ed", "s"])
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 3)
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    public static bool IsArabic(string word) => word.Length > 0 && word[0] is >= '\u0600' and <= '\u06FF';

    /// <summary>Whether <paramref name="phrase"/> (folded words) stands in <paramref name="words"/> as a run; in Arabic a
    /// one-letter clitic (و ف ب ل ك) may lead its first word.</summary>
    public static bool ContainsPhrase(IReadOnlyList<string> words, IReadOnlyList<string> phrase)
    {
        if (phrase.Count == 0)
        {
            return false;
        }

        for (var start = 0; start + phrase.Count <= words.Count; start++)
        {
            var matches = true;
            for (var i = 0; i < phrase.Count && matches; i++)
            {
                matches = words[start + i] == phrase[i] || (i == 0 && IsCliticOf(words[start], phrase[0]));
            }

            if (matches)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCliticOf(string word, string bare) =>
        IsArabic(bare) && word.Length == bare.Length + 1 && word.EndsWith(bare, StringComparison.Ordinal) && word[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك';

    /// <summary>The longest run of words two texts share, in words.</summary>
    public static int LongestSharedRun(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var best = 0;
        var previous = new int[b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            var current = new int[b.Count + 1];
            for (var j = 1; j <= b.Count; j++)
            {
                if (a[i - 1] == b[j - 1])
                {
                    current[j] = previous[j - 1] + 1;
                    best = Math.Max(best, current[j]);
                }
            }

            previous = current;
        }

        return best;
    }
}
