using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.ItemWriting;

/// <summary>
/// The words the rules look for, per language: built in for Arabic and English, and extended from course.yml
/// (<c>item_writing: words:</c>). Every entry is folded like the texts it is compared with, so diacritics and
/// letter forms do not matter; an entry of several words matches them in a row.
/// </summary>
internal sealed class WordLists
{
    /// <summary>The lists course.yml may extend, as it names them.</summary>
    public static readonly string[] ListNames =
        ["absolute", "hedging", "negative", "all_of_the_above", "none_of_the_above", "stop_words", "remember", "understand", "apply", "analyze"];

    private static readonly Dictionary<string, Dictionary<string, string[]>> BuiltIn = new(StringComparer.Ordinal)
    {
        ["en"] = new(StringComparer.Ordinal)
        {
            ["absolute"] = ["always", "never", "only", "solely", "exclusively", "completely", "entirely", "totally", "absolutely",
                "none", "nothing", "no one", "nobody", "impossible", "invariably", "all of them", "at all", "under no circumstances", "no role"],
            ["hedging"] = ["often", "usually", "generally", "typically", "sometimes", "frequently", "may", "might", "tend", "tends",
                "likely", "mostly", "largely", "partly", "in most cases", "in general", "in part", "some", "possibly", "perhaps"],
            ["negative"] = ["not", "except", "never", "least", "cannot", "isnt", "arent", "doesnt", "dont", "wasnt", "cant", "wont", "incorrect", "untrue"],
            ["all_of_the_above"] = ["all of the above", "all the above", "all of these", "all of the options", "all of the answers", "both a and b", "a and b", "all answers are correct",
                "all of them", "both of the above", "both of these", "all the options above", "all the answers above"],
            ["none_of_the_above"] = ["none of the above", "none of these", "none of the options", "none of the answers", "neither a nor b", "no answer is correct",
                "none of them", "neither of these", "neither of the above", "none of the options above"],
            ["stop_words"] = ["the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "is", "are", "was", "were", "be", "been", "by", "with",
                "that", "this", "these", "those", "it", "its", "as", "at", "from", "which", "what", "who", "whom", "how", "why", "when", "where",
                "their", "they", "them", "than", "then", "so", "such", "do", "does", "did", "has", "have", "had", "will", "would", "should",
                "into", "about", "according", "text", "following", "one", "there", "his", "her", "he", "she", "we", "our", "you", "your", "but", "also"],
            ["remember"] = ["know", "list", "name", "recall", "identify", "define", "state", "recognise", "recognize", "label"],
            ["understand"] = ["understand", "understanding", "explain", "describe", "summarise", "summarize", "interpret", "classify", "discuss",
                "illustrate", "paraphrase", "infer", "comprehend"],
            ["apply"] = ["apply", "use", "demonstrate", "solve", "implement", "carry out", "plan", "design", "prepare"],
            ["analyze"] = ["analyse", "analyze", "evaluate", "assess", "compare", "contrast", "differentiate", "distinguish", "critique",
                "examine", "judge", "appraise"],
        },
        ["ar"] = new(StringComparer.Ordinal)
        {
            ["absolute"] = ["دائما", "ابدا", "مطلقا", "اطلاقا", "فقط", "وحده", "وحدها", "وحدهم", "وحدهما", "كاملا", "كامله", "تماما", "حصرا",
                "بتاتا", "قط", "كليا", "يقتصر", "تقتصر", "يقتصران", "مقتصر", "مقتصره", "تخلو", "يخلو", "لا دور", "لا علاقه", "لا اثر", "لا فائده",
                "لا يمكن", "مستحيل", "بمعزل", "دون اي", "باي حال", "على الاطلاق", "لا شان"],
            ["hedging"] = ["غالبا", "عاده", "احيانا", "ربما", "في الغالب", "كثيرا ما", "معظم", "بعض", "نسبيا", "الى حد ما", "في اغلب",
                "اغلب", "يميل", "تميل", "من الممكن", "في بعض", "لعل", "يرجح", "في كثير من"],
            ["negative"] = ["ليس", "ليست", "ليسوا", "لا", "لم", "لن", "عدا", "ماعدا", "باستثناء", "سوى", "الا", "غير صحيح", "غير صحيحه", "غير دقيق",
                "غير دقيقه", "خاطئ", "خاطئه"],
            ["all_of_the_above"] = ["جميع ما سبق", "كل ما سبق", "جميع ما ذكر", "كل ما ذكر", "جميع ما تقدم", "كل ما تقدم", "جميع الاجابات",
                "كل الاجابات", "جميع الخيارات", "كل الخيارات", "جميع ما ورد", "كل ما ورد", "الاجابتان", "كلاهما", "أ و ب", "جميعها صحيحه",
                "السابقه كلها", "السابقه جميعها", "ما سبق جميعه", "ما سبق كله", "كل ما ذكر اعلاه", "جميع ما ذكر اعلاه"],
            ["none_of_the_above"] = ["لا شيء مما سبق", "لا شيء مما ذكر", "لا شيء مما تقدم", "ليس اي مما سبق", "لا اي مما سبق",
                "لا واحد مما سبق", "لا واحده مما سبق", "ولا واحده", "لا شيء مما ورد", "لا احد مما سبق", "لا هذا ولا ذاك", "ليس مما سبق",
                "لا اجابه صحيحه", "لا شيء مما يلي", "ليست اي مما سبق",
                "لا شيء من ذلك", "لا شيء من السابق", "لا شيء مما ذكر اعلاه", "ولا واحد مما سبق", "لا شي مما سبق"],
            ["stop_words"] = ["في", "من", "على", "الى", "عن", "مع", "ان", "او", "و", "ثم", "ما", "ماذا", "هل", "هو", "هي", "هم", "هذه", "هذا",
                "ذلك", "تلك", "التي", "الذي", "الذين", "اللذين", "اللتين", "كما", "بين", "عند", "كل", "اي", "مما", "بها", "به", "له", "لها", "لهم",
                "كان", "كانت", "يكون", "تكون", "انه", "انها", "لان", "بحسب", "وفقا", "وفق", "النص", "يلي", "التاليه", "التالي", "هذه", "لكن", "لكنه",
                "لكن", "بل", "حيث", "اذ", "قد", "لقد", "ايضا", "كيف", "لماذا", "متى", "اين", "عليه", "عليها", "فيها", "فيه", "منه", "منها", "ذاته"],
            ["remember"] = ["تذكر", "يتذكر", "تعداد", "يعدد", "تعدد", "تسميه", "يسمي", "يذكر", "ذكر", "تعريف", "يعرف", "تحديد", "يحدد", "معرفه", "التعرف"],
            ["understand"] = ["فهم", "يفهم", "تفهم", "شرح", "يشرح", "تفسير", "يفسر", "توضيح", "يوضح", "وصف", "يصف", "تلخيص", "يلخص", "تصنيف",
                "يصنف", "مناقشه", "يناقش", "ادراك", "يدرك", "استيعاب", "يستوعب"],
            ["apply"] = ["تطبيق", "يطبق", "استخدام", "يستخدم", "توظيف", "يوظف", "حل", "يحل", "تنفيذ", "ينفذ", "تخطيط", "يخطط", "تصميم", "يصمم", "اعداد", "يعد"],
            ["analyze"] = ["تحليل", "يحلل", "تقييم", "يقيم", "تقويم", "يقوم", "مقارنه", "يقارن", "تمييز", "يميز", "نقد", "ينقد", "فحص", "استنتاج", "يستنتج"],
        },
    };

    private readonly Dictionary<string, string[][]> _lists;

    /// <summary>
    /// Each list's entries by their first word, with their place in the list: <see cref="Find"/> looks up the words of
    /// a text instead of trying every entry at every word (measured: a twentieth of a build of the real course).
    /// </summary>
    private readonly Dictionary<string, Dictionary<string, List<(int Place, string[] Entry)>>> _byFirstWord;

    private readonly HashSet<string> _stopWords;

    /// <summary>What <see cref="ContentStems"/> makes of each word (null: a stop word), worked out once per word.</summary>
    private readonly Dictionary<string, string?> _contentStems = new(StringComparer.Ordinal);

    private WordLists(Dictionary<string, string[][]> lists)
    {
        _lists = lists;
        _byFirstWord = lists.ToDictionary(list => list.Key, list =>
        {
            var byFirst = new Dictionary<string, List<(int, string[])>>(StringComparer.Ordinal);
            for (var place = 0; place < list.Value.Length; place++)
            {
                var entry = list.Value[place];
                if (!byFirst.TryGetValue(entry[0], out var entries))
                {
                    byFirst[entry[0]] = entries = [];
                }

                entries.Add((place, entry));
            }

            return byFirst;
        }, StringComparer.Ordinal);
        _stopWords = [.. lists["stop_words"].Where(entry => entry.Length == 1).Select(entry => entry[0])];
    }

    /// <summary>The lists for a language (its primary subtag): the built-in ones, if any, with the course's words added.</summary>
    public static WordLists For(string language, IReadOnlyList<ItemWritingWords> added)
    {
        var primary = language.Split('-')[0].ToLowerInvariant();
        var lists = new Dictionary<string, string[][]>(StringComparer.Ordinal);
        foreach (var name in ListNames)
        {
            var words = BuiltIn.TryGetValue(primary, out var builtIn) && builtIn.TryGetValue(name, out var own) ? own : [];
            var extra = added.Where(a => a.Language.Split('-')[0].Equals(primary, StringComparison.OrdinalIgnoreCase))
                .SelectMany(a => a.Lists.TryGetValue(name, out var more) ? more : []);
            lists[name] = [.. words.Concat(extra).Select(ItemText.Words).Where(w => w.Length > 0).DistinctBy(w => string.Join(' ', w))];
        }

        return new WordLists(lists);
    }

    /// <summary>The first entry of the list that stands in <paramref name="words"/>, as folded words; null when none does.</summary>
    /// <remarks>
    /// As <c>_lists[list].FirstOrDefault(entry => ItemText.ContainsPhrase(words, entry))</c>: of the entries standing
    /// in the text, the one first in the list.
    /// </remarks>
    public string? Find(string list, IReadOnlyList<string> words)
    {
        var byFirst = _byFirstWord[list].GetAlternateLookup<ReadOnlySpan<char>>();
        string[]? found = null;
        var foundPlace = int.MaxValue;
        void Try(int start, ReadOnlySpan<char> first)
        {
            if (!byFirst.TryGetValue(first, out var entries))
            {
                return;
            }

            foreach (var (place, entry) in entries)
            {
                if (place < foundPlace && start + entry.Length <= words.Count && RestMatches(words, start, entry))
                {
                    (found, foundPlace) = (entry, place);
                }
            }
        }

        for (var start = 0; start < words.Count; start++)
        {
            var word = words[start];
            Try(start, word);
            // An Arabic entry may be led by a one-letter clitic (ItemText.ContainsPhrase).
            if (word.Length > 1 && word[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' && word[1] is >= '\u0600' and <= '\u06FF')
            {
                Try(start, word.AsSpan(1));
            }
        }

        return found is null ? null : string.Join(' ', found);
    }

    private static bool RestMatches(IReadOnlyList<string> words, int start, string[] entry)
    {
        for (var i = 1; i < entry.Length; i++)
        {
            if (words[start + i] != entry[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A hedge of the list, or Arabic "قد" before a present-tense verb (it may happen; before a past tense it means
    /// "indeed", no hedge at all). "Can" and "يمكن" say what is possible, not how sure the option is: no hedge.
    /// </summary>
    public string? Hedge(IReadOnlyList<string> words)
    {
        if (Find("hedging", words) is { } found)
        {
            return found;
        }

        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] is "قد" or "وقد" && words[i + 1].Length > 2 && words[i + 1][0] is 'ي' or 'ت' or 'ن')
            {
                return "قد " + words[i + 1];
            }
        }

        return null;
    }

    public bool IsStopWord(string word) => _stopWords.Contains(word);

    /// <summary>The words of a text that carry its content: no stop words, stemmed.</summary>
    public HashSet<string> ContentStems(IEnumerable<string> words)
    {
        // Sized for every word at once: grown word by word, a set left its smaller tables behind (a quarter of the
        // item check's allocations on a course of 3,000 questions).
        var stems = new HashSet<string>(words.TryGetNonEnumeratedCount(out var count) ? count : 0, StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (ContentStem(word) is { } stem)
            {
                stems.Add(stem);
            }
        }

        return stems;
    }

    /// <summary>
    /// As <c>ContentStems(ItemText.Words(text))</c>, each word looked up where it stands in the folded text: a word
    /// seen before (most are) costs no string of its own.
    /// </summary>
    public HashSet<string> ContentStemsOf(string text)
    {
        var folded = ItemText.Fold(text);
        var stems = new HashSet<string>(folded.AsSpan().Count(' ') + 1, StringComparer.Ordinal);
        var seen = _contentStems.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in folded.AsSpan().Split(' '))
        {
            var word = folded.AsSpan(range);
            if (word.IsEmpty)
            {
                continue;
            }

            if ((seen.TryGetValue(word, out var stem) ? stem : ContentStem(word.ToString())) is { } content)
            {
                stems.Add(content);
            }
        }

        return stems;
    }

    /// <summary>The stem of a word that is no stop word, or null; worked out once per word.</summary>
    private string? ContentStem(string word)
    {
        if (!_contentStems.TryGetValue(word, out var stem))
        {
            var isStopWord = IsStopWord(word) || (word.Length > 1 && ItemText.IsArabic(word) && IsStopWord(word[1..]) && word[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك');
            _contentStems[word] = stem = isStopWord ? null : ItemText.Stem(word);
        }

        return stem;
    }
}
