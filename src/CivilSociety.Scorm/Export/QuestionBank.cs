using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Questions;

namespace CivilSociety.Scorm.Export;

/// <summary>
/// The validated course's questions as bank entries: each question's type describes its answer
/// (<see cref="QuestionType.Describe"/>); the texts every question has are rendered here, once, for every format.
/// </summary>
internal static class QuestionBank
{
    /// <summary>Bank tools list questions by name; Moodle's name column holds 255 characters.</summary>
    private const int MaxNameLength = 100;

    public static BankCourse Build(Course course, MarkdownHtml markdown)
    {
        var outcomes = course.AllOutcomes.ToDictionary(o => o.Id, o => o.Text, StringComparer.Ordinal);
        var sections = course.Sections
            .Where(s => s.Quiz is { Questions.Count: > 0 })
            .Select(s => new BankSection(s.Id, s.Title, s.SourcePath, [.. s.Quiz!.Questions.Select(q => Entry(s, q, outcomes, markdown))]) { Draw = s.Quiz.Draw })
            .ToList();
        return new BankCourse(course.Id, course.Title, course.Language, course.Direction, sections);
    }

    private static BankEntry Entry(Section section, Question question, IReadOnlyDictionary<string, string> outcomes, MarkdownHtml markdown)
    {
        var shape = question.Type.Describe(question.Answer, markdown) ?? new BankNoForm();
        var name = markdown.PlainText(question.PromptMarkdown);
        return new BankEntry(
            PageIds.Interaction(section.Id, question.Id),
            name.Length <= MaxNameLength ? name : name[..(MaxNameLength - 1)] + "…",
            markdown.RenderFragment(question.PromptMarkdown) + (question.StemMarkdown is { } stem ? markdown.RenderFragment(stem) : ""),
            shape,
            question.Weight,
            Html(question.HintMarkdown, markdown),
            Html(question.CorrectFeedbackMarkdown, markdown),
            Html(question.IncorrectFeedbackMarkdown, markdown),
            [.. question.Outcomes.Select(o => new BankOutcome(o.Id, outcomes.GetValueOrDefault(o.Id, "")))],
            question)
        {
            Key = question.Type.Key(question.Answer, markdown),
        };
    }

    private static string? Html(string? markdownText, MarkdownHtml markdown) =>
        markdownText is null ? null : markdown.RenderFragment(markdownText);
}
