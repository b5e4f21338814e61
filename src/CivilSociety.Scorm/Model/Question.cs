using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Questions;

namespace CivilSociety.Scorm.Model;

/// <summary>
/// A quiz question. Prompt, stem, hint and feedback are Markdown, rendered later. <see cref="Type"/> is its question
/// type (Questions/QuestionTypeRegistry), which read <see cref="Answer"/> and checks and renders it.
/// </summary>
/// <param name="Answer">What the type read from the Markdown; null when it could not (each problem was reported).</param>
internal sealed record Question(
    string Id,
    QuestionType Type,
    int Weight,
    IReadOnlyList<Reference> Outcomes,
    string PromptMarkdown,
    string? StemMarkdown,
    QuestionAnswer? Answer,
    string? HintMarkdown,
    string? CorrectFeedbackMarkdown,
    string? IncorrectFeedbackMarkdown,
    SourceSpan Location)
{
    /// <summary>How diagnostics name the question: its id, or its prompt when it has none.</summary>
    public string Label => Id.Length > 0 ? Id : PromptMarkdown;

    /// <summary>What the question asks of the learner (<c>level=</c>); null when the author did not say.</summary>
    public CognitiveLevel? Level { get; init; }

    /// <summary>The item-writing warnings silenced on this question (<c>allow=</c>), each with its reason.</summary>
    public IReadOnlyList<Allowance> Allowances { get; init; } = [];

    /// <summary>Variants of one question (<c>group=</c>): a draw never shows two questions of a group together.</summary>
    public string? Group { get; init; }
}
