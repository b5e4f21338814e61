namespace CivilSociety.Scorm.Diagnostics;

/// <summary>"Did you mean": the closest known word within a small edit distance.</summary>
internal static class Suggestions
{
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, word.Length / 3);
        return candidates
            .Select(candidate => (candidate, distance: Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .Where(pair => pair.distance <= limit && pair.distance < word.Length)   // "x" is not a typo of "id"
            .OrderBy(pair => pair.distance)
            .Select(pair => pair.candidate)
            .FirstOrDefault();
    }

    /// <summary>Levenshtein distance, two rows.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
