using System.Globalization;
using System.Text.RegularExpressions;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;

namespace CivilSociety.Scorm.ItemWriting;

/// <summary>
/// The rules that read one question on its own: how its options are worded and how many are keys, and how its stem
/// asks. Thresholds are documented in docs/item-writing.md; they are set so that a carefully written item is not
/// flagged (a false alarm teaches authors to ignore the check).
/// </summary>
internal static partial class OptionRules
{
    /// <summary>The key is suspect when it is this many times the longest distractor...</summary>
    public const double LengthRatio = 1.3;

    /// <summary>...and at least this many characters longer (short options such as names vary naturally).</summary>
    public const int LengthMargin = 15;

    /// <summary>A multiple-response question with fewer options leaves no room for fewer keys than half.</summary>
    public const int MajorityMinimumOptions = 4;

    public static IEnumerable<Finding> Check(ItemView item, MarkdownHtml markdown) =>
        KeyMuchLonger(item)
            .Concat(HedgesAndAbsolutes(item))
            .Concat(AboveOptions(item))
            .Concat(KeysAreTheMajority(item))
            .Concat(NegativeStem(item, markdown))
            .Concat(NearDuplicates(item));

    private static IEnumerable<Finding> KeyMuchLonger(ItemView item)
    {
        var distractors = item.Distractors.ToList();
        var keys = item.Options.Where(o => o.IsKey).ToList();
        if (item.Options.Count < 3 || distractors.Count < 2 || keys.Count == 0)
        {
            yield break;
        }

        var longestDistractor = distractors.Max(d => d.Length);
        var shortestKey = keys.MinBy(k => k.Length)!;
        if (longestDistractor > 0 && shortestKey.Length >= LengthRatio * longestDistractor && shortestKey.Length - longestDistractor >= LengthMargin)
        {
            var ratio = ((double)shortestKey.Length / longestDistractor).ToString("0.0", CultureInfo.InvariantCulture);
            yield return new Finding(DiagnosticCatalog.KeyMuchLonger, shortestKey.Choice.Location, [item.Label, shortestKey.Length, ratio, longestDistractor]);
        }
    }

    private static IEnumerable<Finding> HedgesAndAbsolutes(ItemView item)
    {
        var keys = item.Options.Where(o => o.IsKey).ToList();
        var distractors = item.Distractors.ToList();
        if (keys.Count == 0 || distractors.Count < 2)
        {
            yield break;
        }

        var absolutes = distractors.Select(d => (Option: d, Word: Absolute(item.Words, d.Words))).Where(d => d.Word is not null).ToList();
        var keyHedges = keys.Select(k => item.Words.Hedge(k.Words)).ToList();
        if (absolutes.Count > 0 && keyHedges.All(h => h is not null) && distractors.All(d => item.Words.Hedge(d.Words) is null))
        {
            var key = keys[0];
            yield return new Finding(DiagnosticCatalog.OnlyKeyHedges, key.Choice.Location,
                [item.Label, ItemText.AsWritten(key.Text, keyHedges[0]!), ItemText.AsWritten(absolutes[0].Option.Text, absolutes[0].Word!)]);
        }
        else if (absolutes.Count >= 2 && keys.All(k => Absolute(item.Words, k.Words) is null))
        {
            yield return new Finding(DiagnosticCatalog.AbsoluteDistractors, absolutes[0].Option.Choice.Location,
                [item.Label, absolutes.Count, string.Join("', '", absolutes.Select(a => ItemText.AsWritten(a.Option.Text, a.Word!)).Distinct())]);
        }
    }

    /// <summary>An absolute word of the list, or Arabic's restrictive "لا ... إلا" / "ما ... إلا" (nothing but).</summary>
    public static string? Absolute(WordLists words, IReadOnlyList<string> text)
    {
        if (words.Find("absolute", text) is { } found)
        {
            return found;
        }

        for (var i = 0; i < text.Count; i++)
        {
            if (text[i] is "لا" or "ما" or "ولا" or "وما" && text.Skip(i + 1).Take(5).Contains("الا"))
            {
                return text[i] + " … الا";   // shown as written by AsWritten's fallback: two words apart
            }
        }

        return null;
    }

    private static IEnumerable<Finding> AboveOptions(ItemView item)
    {
        foreach (var option in item.Options)
        {
            if (Phrase(item.Words, "all_of_the_above", option.Words) is not null)
            {
                yield return new Finding(DiagnosticCatalog.AllOfTheAbove, option.Choice.Location, [item.Label, option.Text]);
            }
            else if (Phrase(item.Words, "none_of_the_above", option.Words) is not null)
            {
                yield return new Finding(DiagnosticCatalog.NoneOfTheAbove, option.Choice.Location, [item.Label, option.Text]);
            }
        }
    }

    /// <summary>A phrase of the list that makes up the option, give or take three words ("All of the above are correct.").</summary>
    private static string? Phrase(WordLists words, string list, string[] option) =>
        words.Find(list, option) is { } found && option.Length <= found.Split(' ').Length + 3 ? found : null;

    private static IEnumerable<Finding> KeysAreTheMajority(ItemView item)
    {
        var keys = item.Options.Count(o => o.IsKey);
        if (!item.IsMultipleResponse || item.Options.Count < 2)
        {
            yield break;
        }

        if (keys == item.Options.Count)
        {
            yield return new Finding(DiagnosticCatalog.EveryOptionIsAKey, item.Question.Location, [item.Label]);
        }
        else if (item.Options.Count >= MajorityMinimumOptions && keys * 2 > item.Options.Count)
        {
            yield return new Finding(DiagnosticCatalog.KeysAreTheMajority, item.Question.Location, [item.Label, keys, item.Options.Count]);
        }
    }

    private static IEnumerable<Finding> NegativeStem(ItemView item, MarkdownHtml markdown)
    {
        if (item.Options.Count == 0)
        {
            yield break;
        }

        var words = WithoutFalseNegatives(ItemText.Words(QuestionSentence(item.Stem)));
        if (item.Words.Find("negative", words) is not { } negative)
        {
            yield break;
        }

        var source = item.Question.PromptMarkdown + "\n\n" + item.Question.StemMarkdown;
        var emphasised = Emphasis().Matches(markdown.RenderFragment(source)).SelectMany(m => ItemText.Words(markdown.PlainText(m.Groups["text"].Value))).ToList();
        var shouted = Regex.Split(markdown.PlainText(source), @"\W+").Any(w => w.Length >= 3 && w.All(char.IsUpper) && ItemText.Fold(w) == negative);
        if (!ItemText.ContainsPhrase(emphasised, negative.Split(' ')) && !shouted)
        {
            yield return new Finding(DiagnosticCatalog.NegativeStemWithoutEmphasis, item.Question.Location, [item.Label, ItemText.AsWritten(item.Stem, negative)]);
        }
    }

    /// <summary>
    /// The sentence that asks (the last one ending in ? or ؟, with the one before it when it is as short as "Which?"):
    /// a case told before it may well hold a "not" ("a state whose budget does not suffice...") without asking in the negative.
    /// </summary>
    private static string QuestionSentence(string stem)
    {
        var sentences = SentenceEnd().Split(stem.Trim()).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        var asking = sentences.FindLastIndex(s => s.EndsWith('?') || s.EndsWith('\u061F'));
        if (asking < 0)
        {
            return stem;   // no question mark: a completion stem, read whole
        }

        return asking > 0 && ItemText.Words(sentences[asking]).Length < 4 ? sentences[asking - 1] + " " + sentences[asking] : sentences[asking];
    }

    /// <summary>"لا سيما" (especially), "أم لا" and "or not" (whether or not) are no negative question.</summary>
    private static List<string> WithoutFalseNegatives(string[] words)
    {
        var kept = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var next = i + 1 < words.Length ? words[i + 1] : "";
            var previous = i > 0 ? words[i - 1] : "";
            if ((words[i] is "لا" or "ولا" && next is "سيما") || words[i] is "لاسيما" || (words[i] == "سيما" && previous is "لا" or "ولا")
                || (words[i] is "لا" && previous is "ام" or "او") || (words[i] == "not" && previous == "or"))
            {
                continue;
            }

            kept.Add(words[i]);
        }

        return kept;
    }

    private static int SharedCount(HashSet<string> a, HashSet<string> b)
    {
        var shared = 0;
        foreach (var word in a)
        {
            shared += b.Contains(word) ? 1 : 0;
        }

        return shared;
    }

    private static IEnumerable<Finding> NearDuplicates(ItemView item)
    {
        // Each option's content words once, not once for each pair it is in; the pairs counted without new sets.
        var stems = item.Options.Select(o => item.Words.ContentStems(o.Words)).ToList();
        for (var i = 0; i < item.Options.Count; i++)
        {
            for (var j = i + 1; j < item.Options.Count; j++)
            {
                var (a, b) = (item.Options[i], item.Options[j]);
                if (a.Choice.Markdown.AsSpan().Trim().SequenceEqual(b.Choice.Markdown.AsSpan().Trim()) || a.Words.Length == 0 || b.Words.Length == 0)
                {
                    continue;   // the very same text is SCO3035's, an empty one has its own error
                }

                var shared = SharedCount(stems[i], stems[j]);
                var union = stems[i].Count + stems[j].Count - shared;
                // The same words in the same order (words hold no space: as their texts joined by spaces compare).
                if (a.Words.AsSpan().SequenceEqual(b.Words) || (union > 0 && shared >= 0.9 * union))
                {
                    yield return new Finding(DiagnosticCatalog.NearDuplicateOptions, b.Choice.Location, [item.Label, a.Text, b.Text]);
                }
            }
        }
    }

    [GeneratedRegex(@"(?<=[.!?\u061F\u06D4])\s+|\n+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"<(?<tag>strong|em|b|u|mark)\b[^>]*>(?<text>.*?)</\k<tag>>", RegexOptions.Singleline)]
    private static partial Regex Emphasis();
}
