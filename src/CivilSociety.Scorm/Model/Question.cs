using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Model;

/// <summary>A quiz question. Prompt, stem and feedback are Markdown, rendered later.</summary>
internal sealed record Question(
    string Id,
    QuestionType Type,
    int Weight,
    IReadOnlyList<Reference> Outcomes,
    string PromptMarkdown,
    string? StemMarkdown,
    IReadOnlyList<Choice> Choices,
    string? CorrectFeedbackMarkdown,
    string? IncorrectFeedbackMarkdown,
    SourceSpan Location)
{
    public IEnumerable<Choice> CorrectChoices => Choices.Where(c => c.IsCorrect);
}
