using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.ItemWriting;

/// <summary>
/// The rules that read a question against something else: its section's prose (is the key copied from it?) and the
/// other questions of its quiz (does one answer another?).
/// </summary>
internal static class CrossItemRules
{
    /// <summary>A key shorter than this many words is a term, which the text must use too.</summary>
    public const int VerbatimMinimumWords = 4;

    /// <summary>The share of the key's words found in the prose in runs of three or more words.</summary>
    public const double VerbatimShare = 0.75;

    /// <summary>The share of a key's own words (those no distractor or stem has) another item must state.</summary>
    public const double GiveAwayShare = 0.75;

    /// <summary>A key copied from prose: most of its words stand there in runs of three or more, in the same order.</summary>
    public static IEnumerable<Finding> KeyCopiedFromProse(ItemView item, string[] prose)
    {
        if (item.Options.Count == 0)
        {
            yield break;   // a fill-in answer is recalled by design; true-false and the rest have no key text
        }

        foreach (var key in item.Options.Where(o => o.IsKey && o.Words.Length >= VerbatimMinimumWords && !IsProperName(o.Text)))
        {
            // The key's own section: where the learner has just read it (and a course-wide search would cost the square
            // of the course's length on a large one).
            if (CopiedShare(key.Words, prose, item.Words) >= VerbatimShare)
            {
                yield return new Finding(DiagnosticCatalog.KeyVerbatimInProse, key.Choice.Location, [item.Label, key.Text, item.Section.Id]);
            }
        }
    }

    /// <summary>A name ("the United Nations Office on Drugs and Crime"): most of its words capitalised; a name is a term, written as it is.</summary>
    private static bool IsProperName(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3 && char.IsLetter(w[0])).ToList();
        return words.Count > 0 && words.Count(w => char.IsUpper(w[0])) >= 0.6 * words.Count;
    }

    /// <summary>The share of <paramref name="key"/>'s words that lie in runs of 3+ words found in <paramref name="prose"/> (at least two of them content words).</summary>
    public static double CopiedShare(string[] key, string[] prose, WordLists lists)
    {
        var covered = new bool[key.Length];
        for (var start = 0; start < key.Length; start++)
        {
            var length = LongestRunFrom(key, start, prose);
            if (length >= 3 && key.Skip(start).Take(length).Count(w => !lists.IsStopWord(w)) >= 2)
            {
                for (var i = start; i < start + length; i++)
                {
                    covered[i] = true;
                }
            }
        }

        return (double)covered.Count(c => c) / key.Length;
    }

    private static int LongestRunFrom(string[] key, int start, string[] prose)
    {
        var best = 0;
        for (var p = 0; p < prose.Length; p++)
        {
            var length = 0;
            while (start + length < key.Length && p + length < prose.Length && SameWord(key[start + length], prose[p + length]))
            {
                length++;
            }

            best = Math.Max(best, length);
        }

        return best;
    }

    /// <summary>The same word, or the same with an Arabic one-letter clitic (و ف ب ل ك) before it on either side.</summary>
    private static bool SameWord(string a, string b) =>
        a == b || (ItemText.IsArabic(a) && Math.Abs(a.Length - b.Length) == 1
            && (a.Length > b.Length ? a[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' && a.EndsWith(b, StringComparison.Ordinal)
                                    : b[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' && b.EndsWith(a, StringComparison.Ordinal)));

    /// <summary>
    /// Whether a text the learner sees in <paramref name="giver"/> (its stem, its hint or feedback, an option with its
    /// feedback) states <paramref name="taker"/>'s answer: it holds most of the words that set taker's key apart from
    /// its distractors and stem, some word of taker's stem (it speaks of the same thing), and no distractor's own words.
    /// </summary>
    /// <remarks>
    /// Read for every pair of questions of a quiz (30,000 pairs in a course of 3,000 questions), and a finding is rare:
    /// so a finding or null rather than a sequence, and its loops without a delegate or a boxed enumerator.
    /// </remarks>
    public static Finding? GivesAwayAnother(ItemView giver, ItemView taker)
    {
        if (taker.Keys.Count == 0)
        {
            return null;
        }

        var answer = taker.Answer;
        var segments = giver.Words == taker.Words ? giver.Said : SaidBy(giver, taker.Words);
        for (var segment = 0; segment < segments.Count; segment++)
        {
            var (part, said) = segments[segment];
            if (answer.Stem.Count > 0 && !SharesAWord(answer.Stem, said))
            {
                continue;   // it does not speak of what taker asks
            }

            var ownWords = taker.IsMultipleResponse ? 1 : 2;
            var stated = 0;
            foreach (var (_, own) in answer.Keys)
            {
                stated += own.Count >= ownWords && States(own, said) ? 1 : 0;
            }

            var enough = taker.IsMultipleResponse ? stated >= 2 && stated * 2 >= answer.Keys.Count : stated > 0;
            if (enough && !StatesADistractor(answer.Distractors, said))
            {
                return GiveAway(giver, part, taker, ownWords, said);
            }
        }

        return null;
    }

    /// <summary>
    /// The finding, made apart from the loop above: a lambda there capturing <c>said</c> would allocate its closure on
    /// every pass, used or not.
    /// </summary>
    private static Finding GiveAway(ItemView giver, string part, ItemView taker, int ownWords, HashSet<string> said)
    {
        var keys = taker.Answer.Keys.Where(k => k.Own.Count >= ownWords && States(k.Own, said)).Select(k => k.Key.Text);
        return new Finding(DiagnosticCatalog.GivesAwayAnotherKey, giver.Question.Location, [giver.Label, part, taker.Label, string.Join(" / ", keys)]);
    }

    /// <summary>Whether <paramref name="said"/> holds every word of some distractor (as <c>Any(d => d.All(said.Contains))</c>).</summary>
    private static bool StatesADistractor(List<HashSet<string>> distractors, HashSet<string> said)
    {
        foreach (var distractor in distractors)
        {
            var all = true;
            foreach (var word in distractor)
            {
                all &= said.Contains(word);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>As <c>one.Overlaps(other)</c>, without boxing an enumerator of <paramref name="other"/>.</summary>
    private static bool SharesAWord(HashSet<string> one, HashSet<string> other)
    {
        foreach (var word in other)
        {
            if (one.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="said"/> holds most of a key's own words (<see cref="GiveAwayShare"/>).</summary>
    private static bool States(HashSet<string> own, HashSet<string> said)
    {
        if (own.Count == 0)
        {
            return false;
        }

        var found = 0;
        foreach (var word in own)
        {
            found += said.Contains(word) ? 1 : 0;
        }

        return found >= Math.Max(1, GiveAwayShare * own.Count);
    }

    /// <summary>
    /// What sets <paramref name="taker"/>'s answer apart: its stem's content words, each key's own words (those no
    /// distractor or the stem has) and each distractor's. Worked out once per question (<see cref="ItemView.Answer"/>),
    /// not once for every other question of its quiz.
    /// </summary>
    internal static AnswerWords AnswerWordsOf(ItemView taker)
    {
        // Each option's content words worked out once, and narrowed in place.
        var lists = taker.Words;
        var stem = lists.ContentStems(taker.StemWords);
        var distractors = taker.Distractors.Select(d => lists.ContentStems(d.Words)).ToList();
        var distractorWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var distractor in distractors)
        {
            distractorWords.UnionWith(distractor);
        }

        var keys = new List<(OptionView Key, HashSet<string> Own)>(taker.Keys.Count);
        foreach (var key in taker.Keys)
        {
            var own = lists.ContentStems(key.Words);
            own.ExceptWith(stem);
            own.ExceptWith(distractorWords);
            keys.Add((key, own));
        }

        foreach (var distractor in distractors)
        {
            distractor.ExceptWith(stem);
        }

        distractors.RemoveAll(d => d.Count == 0);
        return new AnswerWords(stem, keys, distractors);
    }

    /// <summary>The content words of each part of <paramref name="giver"/> the learner reads (<see cref="ItemView.Said"/>).</summary>
    internal static IReadOnlyList<(string Part, HashSet<string> Said)> SaidBy(ItemView giver, WordLists lists) =>
        [.. Segments(giver).Select(segment => (segment.Part, lists.ContentStemsOf(segment.Text)))];

    /// <summary>What the learner reads of a question, part by part: an option counts only with its feedback (alone it asserts nothing).</summary>
    private static IEnumerable<(string Part, string Text)> Segments(ItemView item)
    {
        yield return ("stem", item.Stem);
        foreach (var option in item.Options.Where(o => o.Feedback is not null))
        {
            yield return ("feedback on an option", option.Text + " " + option.Feedback);
        }

        foreach (var feedback in item.Feedback)
        {
            yield return ("feedback", feedback);
        }
    }
}

/// <summary>What sets a question's answer apart, in content words (<see cref="CrossItemRules.AnswerWordsOf"/>).</summary>
internal sealed record AnswerWords(HashSet<string> Stem, List<(OptionView Key, HashSet<string> Own)> Keys, List<HashSet<string>> Distractors);
