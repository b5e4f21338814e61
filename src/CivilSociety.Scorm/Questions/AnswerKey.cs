namespace CivilSociety.Scorm.Questions;

/// <summary>
/// A question's correct answer, as the runtime judges it (<see cref="Correct"/>, by type: letters, t/f, accepted
/// texts, [min, max], "a.1" pairs, letters in order) and as SCORM 1.2 records it (correct_responses.0.pattern).
/// </summary>
internal sealed record AnswerKey(IReadOnlyList<string> Correct, string Pattern)
{
    /// <summary>cmi.interactions.n.correct_responses.n.pattern is CMIFeedback: at most 255 characters.</summary>
    public const int MaxPatternLength = 255;

    /// <summary>The pattern of the list types: "a,c", "a.1,b.2", "a,b,c".</summary>
    public static AnswerKey Joined(IReadOnlyList<string> correct) => new(correct, Cut(string.Join(',', correct)));

    /// <summary>The pattern of the one-value types: "t", the first accepted text, the (lower) number.</summary>
    public static AnswerKey FirstOf(IReadOnlyList<string> correct) => new(correct, Cut(correct.FirstOrDefault() ?? ""));

    /// <summary>Whether a list response ("a,c", "a.1,b.2") names exactly the correct items, in any order.</summary>
    public bool IsAllOf(string response) => Parts(response).ToHashSet(StringComparer.Ordinal).SetEquals(Correct);

    /// <summary>Whether a list response ("c,a,b") names the correct items in the correct order.</summary>
    public bool IsInOrder(string response) => Parts(response).SequenceEqual(Correct, StringComparer.Ordinal);

    /// <summary>The items of a list response, as <see cref="Joined"/> writes them: comma-separated, spaces trimmed.</summary>
    private static string[] Parts(string response) => response.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string Cut(string pattern) => pattern.Length <= MaxPatternLength ? pattern : pattern[..MaxPatternLength];
}
