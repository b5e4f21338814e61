using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Questions;

/// <summary>One item of the list under a question heading, as written.</summary>
/// <param name="Mark">True for "[x]", false for "[ ]", null when the item has no task mark.</param>
/// <param name="Text">The item's Markdown, without its mark and its explicit id.</param>
/// <param name="Feedback">The quote under the item, when its type takes one.</param>
/// <param name="ExplicitId">The item's own identity, written <c>{#id}</c> at the end of its line; null when none.</param>
internal sealed record ListedItem(bool? Mark, string Text, string? Feedback, SourceSpan Location, string? ExplicitId = null);

/// <summary>What a question type reads its answer from: the heading's attributes and the list under it.</summary>
/// <param name="Label">How diagnostics name the question (its id, or its prompt when it has none).</param>
/// <param name="Location">The heading.</param>
/// <param name="Language">The section's language (fill-in folds Arabic by default).</param>
/// <param name="Attributes">Every key=value of the heading, in order.</param>
/// <param name="Items">The listed items, in order; empty when no list was written.</param>
/// <param name="AttributeAt">Where a key=value of the heading is written (the heading when it is not found).</param>
internal sealed record QuestionSource(
    string Label,
    SourceSpan Location,
    string Language,
    IReadOnlyList<KeyValuePair<string, string>> Attributes,
    IReadOnlyList<ListedItem> Items,
    Func<string, SourceSpan>? AttributeAt = null)
{
    /// <summary>Where the attribute <paramref name="key"/> is written, so that a diagnostic about its value points at it.</summary>
    public SourceSpan At(string key) => AttributeAt?.Invoke(key) ?? Location;

    /// <summary>
    /// The answer= attribute of a type answered in the heading (the last one written), or null once its absence is
    /// reported; <paramref name="example"/> shows what to write ("answer=true or answer=false").
    /// </summary>
    public string? RequiredAnswer(string typeName, string example, DiagnosticBag diagnostics)
    {
        if (Attributes.LastOrDefault(a => a.Key == "answer").Value is { } answer)
        {
            return answer;
        }

        diagnostics.Report(DiagnosticCatalog.AnswerMissing, Location, typeName, Label, example);
        return null;
    }

    /// <summary>The id of the n-th item a type accepts: a, b, c... (SCORM 1.2 responses are single characters).</summary>
    public static char Letter(int index) => (char)('a' + Math.Min(index, 25));
}
