using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Model;

/// <summary>
/// A quiz question. Prompt, stem, hint and feedback are Markdown, rendered later. Which answer fields are used
/// depends on <see cref="Type"/>: <see cref="Choices"/> (single, multiple, fill-in, sequencing),
/// <see cref="TrueFalseAnswer"/>, <see cref="Numeric"/> or <see cref="Pairs"/> (matching).
/// </summary>
internal sealed record Question(
    string Id,
    QuestionType Type,
    int Weight,
    IReadOnlyList<Reference> Outcomes,
    string PromptMarkdown,
    string? StemMarkdown,
    IReadOnlyList<Choice> Choices,
    bool? TrueFalseAnswer,
    NumericAnswer? Numeric,
    IReadOnlyList<MatchPair> Pairs,
    FillInOptions FillIn,
    string? HintMarkdown,
    string? CorrectFeedbackMarkdown,
    string? IncorrectFeedbackMarkdown,
    SourceSpan Location)
{
    public IEnumerable<Choice> CorrectChoices => Choices.Where(c => c.IsCorrect);

    public bool HasChoiceList => Type is QuestionType.SingleChoice or QuestionType.MultipleResponse;

    /// <summary>The distinct right-hand items of a matching question, by id, in order of first appearance.</summary>
    public IEnumerable<MatchPair> DistinctRights => Pairs.DistinctBy(p => p.RightId);
}
