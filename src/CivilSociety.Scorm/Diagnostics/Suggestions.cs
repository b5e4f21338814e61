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
    /// checkbox is multiple. Only a word written exactly so, and only when its name is one of the candidates.
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
        ["weight"] = ["points", "score", "marks", "mark", "value"],
        ["multiple"] = ["checkbox", "checkboxes", "multi", "multi-select", "multiselect", "multiple-answer", "multiple-response", "many"],
        ["single"] = ["radio", "one", "single-choice", "multiple-choice", "multichoice", "mcq", "choice"],
        ["true-false"] = ["boolean", "tf", "yes-no", "true/false"],
        ["fill-in"] = ["text", "short-answer", "shortanswer", "short", "gap", "blank", "cloze", "fill-in-the-blank"],
        ["numeric"] = ["number", "numerical"],
        ["matching"] = ["match", "pairs"],
        ["sequencing"] = ["order", "ordering", "sequence", "sort"],
    };

    private static string? OtherName(string typed, IEnumerable<string> candidates)
    {
        var known = candidates.ToList();
        return OtherNames.FirstOrDefault(pair => known.Contains(pair.Key, StringComparer.Ordinal) && pair.Value.Contains(typed.Replace(' ', '_'), StringComparer.Ordinal)).Key;
    }

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
