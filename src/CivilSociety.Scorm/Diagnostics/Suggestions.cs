namespace CivilSociety.Scorm.Diagnostics;

/// <summary>
/// "Did you mean": the one place that decides which known name a mistyped one was meant to be, for every lookup
/// (keys, outcome ids, question types, attributes, fences, section files, media paths, commands).
/// </summary>
public static class Suggestions
{
    /// <summary>The closest known word within a small edit distance (letter case ignored), or null.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, word.Length / 3);
        var typed = word.ToLowerInvariant();
        var close = candidates
            .Select(candidate => (candidate, distance: Distance(typed, candidate.ToLowerInvariant())))
            .Where(pair => pair.distance <= limit && pair.distance < word.Length)   // "x" is not a typo of "id"
            .OrderBy(pair => pair.distance)
            .Take(2)
            .ToList();

        // Two names as close as each other (LO7: LO1 or LO2?) is a guess, not a suggestion.
        return close.Count == 0 || (close.Count == 2 && close[1].distance == close[0].distance && close[0].distance > 0)
            ? OtherName(typed, candidates)
            : close[0].candidate;
    }

    /// <summary>
    /// What other tools (Moodle, other course formats) call our names: pass_mark is passing_score, points is weight,
    /// checkbox is multiple; and the question types as an Arabic-speaking designer names them (صح وخطأ is true-false).
    /// Only a word written exactly so (a space written _), and only when its name is one of the candidates.
    /// </summary>
    private static readonly Dictionary<string, string[]> OtherNames = new(StringComparer.Ordinal)
    {
        ["passing_score"] = ["pass_mark", "passmark", "pass_score", "passscore", "passing_grade", "pass_grade", "passing_mark", "mastery_score", "masteryscore", "pass", "pass_percentage", "threshold", "passing_percentage"],
        ["title"] = ["name", "course_title", "course_name"],
        ["language"] = ["lang", "locale"],
        ["authors"] = ["author", "creator", "creators", "by"],
        ["organisation"] = ["organization", "org", "institution", "publisher", "university"],
        ["outcomes"] = ["objectives", "learning_outcomes", "goals", "aims", "los"],
        ["sections"] = ["chapters", "pages", "lessons", "units", "modules", "files", "parts"],
        ["draw"] = ["pool", "pick", "random", "select", "sample", "subset", "questions_per_attempt"],
        ["weight"] = ["points", "score", "marks", "mark", "value"],
        ["multiple"] = ["checkbox", "checkboxes", "multi", "multi-select", "multiselect", "multiple-answer", "multiple-response", "many",
            "متعدد", "متعددة", "اختيار_متعدد", "اختيارات_متعددة", "إجابات_متعددة", "اجابات_متعددة", "عدة_إجابات"],
        ["single"] = ["radio", "one", "single-choice", "multiple-choice", "multichoice", "mcq", "choice",
            "اختيار", "اختيار_واحد", "إجابة_واحدة", "اجابة_واحدة", "اختيار_من_متعدد", "مفرد", "واحد"],
        ["true-false"] = ["boolean", "tf", "yes-no", "true/false", "صح_وخطأ", "صح_أو_خطأ", "صح/خطأ", "صواب_وخطأ", "صواب_أو_خطأ", "صواب/خطأ", "صح_خطأ"],
        ["fill-in"] = ["text", "short-answer", "shortanswer", "short", "gap", "blank", "cloze", "fill-in-the-blank",
            "املأ_الفراغ", "املأ_الفراغات", "ملء_الفراغ", "ملء_الفراغات", "أكمل", "اكمل", "فراغ", "إجابة_قصيرة", "اجابة_قصيرة"],
        ["numeric"] = ["number", "numerical", "رقمي", "رقم", "عددي", "عدد"],
        ["matching"] = ["match", "pairs", "مطابقة", "توصيل", "وصل", "مزاوجة"],
        ["sequencing"] = ["order", "ordering", "sequence", "sort", "ترتيب", "تسلسل", "رتب"],
    };

    private static string? OtherName(string typed, IEnumerable<string> candidates)
    {
        var known = candidates.ToList();
        return OtherNames.FirstOrDefault(pair => known.Contains(pair.Key, StringComparer.Ordinal) && pair.Value.Contains(typed.Replace(' ', '_'), StringComparer.Ordinal)).Key;
    }

    /// <summary>
    /// A number written with Arabic-Indic (٨٠) or Persian (۸۰) digits, in the digits 0-9 (80); null when the text holds
    /// none of them. An Arabic keyboard types these, and to the author they are digits.
    /// </summary>
    public static string? InWesternDigits(string text)
    {
        if (!text.Any(c => c is >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9'))
        {
            return null;
        }

        var western = new string([.. text.Trim().Select(c => c switch
        {
            >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
            >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
            '\u066B' => '.',   // the Arabic decimal separator
            _ => c,
        })]);
        return western.All(char.IsAsciiDigit) ? western : null;
    }

    /// <summary>
    /// The help for a name that holds invisible marks (LO1 + U+200F): switching an Arabic keyboard types a
    /// right-to-left mark, which no editor shows, so the name looks right and is not. Null when it holds none, or
    /// when the name without them is not <paramref name="isMeant"/>.
    /// </summary>
    internal static string? InvisibleMarks(string name, Func<string, bool> isMeant)
    {
        var visible = new string([.. name.Where(c => !IsInvisibleMark(c))]);
        if (visible.Length == name.Length || !isMeant(visible))
        {
            return null;
        }

        var mark = name.First(IsInvisibleMark);
        var what = mark switch
        {
            '\u200F' => "a right-to-left mark",
            '\u200E' => "a left-to-right mark",
            '\u061C' => "an Arabic letter mark",
            '\uFEFF' or '\u200B' => "a zero-width space",
            _ => "a direction or joining control",
        };
        return $"'{visible}' has {what} (U+{(int)mark:X4}) in it, which an Arabic keyboard types and no editor shows: delete the name and type it again";
    }

    private static bool IsInvisibleMark(char c) =>
        c is '\u200E' or '\u200F' or '\u061C' or '\uFEFF' or (>= '\u200B' and <= '\u200D') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>"did you mean 'X'?", or null when no known word is close.</summary>
    internal static string? DidYouMean(string word, IEnumerable<string> candidates) =>
        Closest(word, candidates) is { } closest ? $"did you mean '{closest}'?" : null;

    /// <summary>
    /// The course file a missing path was meant to name: a file of the same name in another folder (a link that
    /// misses its ../), a close spelling, or a file whose name starts the same way in the same folder
    /// (sections/01-intro.md for sections/01-introduction.md). Paths are course-relative, '/' separated.
    /// </summary>
    internal static string? ClosestPath(string missing, IEnumerable<string> files)
    {
        var existing = files.ToList();
        var name = FileName(missing);
        var sameName = existing
            .Where(f => FileName(f).Equals(name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => Distance(f.ToLowerInvariant(), missing.ToLowerInvariant()))
            .FirstOrDefault();
        if (sameName is not null)
        {
            return sameName;
        }

        if (Closest(missing, existing) is { } close)
        {
            return close;
        }

        var folder = FolderOf(missing);
        var stem = Path.GetFileNameWithoutExtension(name);
        return existing.FirstOrDefault(f =>
            FolderOf(f) == folder
            && Path.GetExtension(f).Equals(Path.GetExtension(name), StringComparison.OrdinalIgnoreCase)
            && Path.GetFileNameWithoutExtension(FileName(f)) is var other
            && Math.Min(other.Length, stem.Length) >= 3
            && (other.StartsWith(stem, StringComparison.OrdinalIgnoreCase) || stem.StartsWith(other, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// The file <paramref name="wanted"/> names, saved with one more ending (course.yml.txt, 01-intro.md.txt) or as
    /// .yaml: an editor adds .txt on Windows, and Explorer hides the endings it knows, so the author sees the name
    /// they wanted. Null when there is none.
    /// </summary>
    internal static string? WithHiddenEnding(string wanted, IEnumerable<string> files)
    {
        var yaml = wanted.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) ? wanted[..^4] + ".yaml" : null;
        return files.FirstOrDefault(f =>
            f.Equals(wanted, StringComparison.OrdinalIgnoreCase)
            || (f.StartsWith(wanted + ".", StringComparison.OrdinalIgnoreCase) && f.IndexOf('/', wanted.Length) < 0)
            || f.Equals(yaml, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The help for a file found by <see cref="WithHiddenEnding"/>.</summary>
    internal static string RenameHiddenEnding(string found, string wanted) =>
        $"the file is named '{found}': rename it to '{FileName(wanted)}'" + (found.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            ? " (Windows hides the .txt your editor added: in File Explorer, View > Show > File name extensions shows it)"
            : "");

    /// <summary>How to write <paramref name="target"/> (course-relative) in a file of the folder <paramref name="fromFolder"/>.</summary>
    internal static string RelativeTo(string fromFolder, string target) =>
        fromFolder.Length == 0 ? target : Path.GetRelativePath("/c/" + fromFolder, "/c/" + target).Replace('\\', '/');

    /// <summary>
    /// Optimal string alignment distance: insertions, deletions, substitutions, and swaps of two neighbouring
    /// letters (a slip of the fingers counts as one edit).
    /// </summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    private static string FolderOf(string path) => path.LastIndexOf('/') is var slash && slash < 0 ? "" : path[..slash];
}
