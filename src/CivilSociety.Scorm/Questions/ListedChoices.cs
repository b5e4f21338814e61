using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;

namespace CivilSociety.Scorm.Questions;

/// <summary>Rules shared by every type that lists its choices, answers or items as Markdown texts.</summary>
internal static class ListedChoices
{
    /// <summary>An empty item is an error; the same text twice a warning (the learner cannot tell them apart).</summary>
    public static void CheckTexts(IReadOnlyList<Choice> choices, string label, DiagnosticBag diagnostics)
    {
        foreach (var empty in choices.Where(c => string.IsNullOrWhiteSpace(c.Markdown)))
        {
            diagnostics.Report(DiagnosticCatalog.EmptyChoice, empty.Location, label);
        }

        foreach (var duplicate in choices.GroupBy(c => c.Markdown.Trim()).Where(g => g.Key.Length > 0).SelectMany(g => g.Skip(1)))
        {
            diagnostics.Report(DiagnosticCatalog.DuplicateChoiceText, duplicate.Location, label, duplicate.Markdown.Trim());
        }
    }

    /// <summary>"a: text | b: text", for the teachers' decoder.</summary>
    public static string Described(IEnumerable<Choice> choices, MarkdownHtml markdown) =>
        string.Join(" | ", choices.Select(c => $"{c.Letter}: {markdown.PlainText(c.Markdown)}"));

    /// <summary>The choices as question banks take them: id, HTML, plain text, right or wrong, feedback.</summary>
    public static IReadOnlyList<BankChoice> ForBank(IEnumerable<Choice> choices, MarkdownHtml markdown) =>
        [.. choices.Select(c => new BankChoice(c.Letter.ToString(), markdown.RenderFragment(c.Markdown), markdown.PlainText(c.Markdown), c.IsCorrect,
            c.FeedbackMarkdown is { } feedback ? markdown.RenderFragment(feedback) : null))];

    public static IReadOnlyList<string> Letters(IEnumerable<Choice> choices) => [.. choices.Select(c => c.Letter.ToString())];
}
