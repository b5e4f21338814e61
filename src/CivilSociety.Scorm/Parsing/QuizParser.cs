using System.Text.RegularExpressions;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;

using SourceSpan = CivilSociety.Scorm.Diagnostics.SourceSpan;

namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// Reads a <c>::: quiz</c> block, already parsed by Markdig, into questions: a heading per question with
/// {#id outcomes="..." type=... weight=...}, optional stem paragraphs, a task list of choices (a quote under a
/// choice is its feedback), and an optional quote of correct:/incorrect: feedback.
/// </summary>
internal static partial class QuizParser
{
    public const string ContainerName = "quiz";

    private static readonly string[] QuestionAttributes = ["outcomes", "type", "weight"];

    public static Quiz Parse(CustomContainer container, TextLocator locator, DiagnosticBag diagnostics)
    {
        if (container.ClosingFencedCharCount == 0)
        {
            diagnostics.Report(DiagnosticCatalog.QuizNotClosed, locator.Of(container));
        }

        var questions = new List<Question>();
        QuestionDraft? draft = null;
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    AddIfComplete(draft, questions, locator, diagnostics);
                    draft = StartQuestion(heading, locator, diagnostics);
                    break;
                case ParagraphBlock paragraph when draft is { Choices: null }:
                    draft.Stem.Add(locator.SourceOf(paragraph).Trim());
                    break;
                case ListBlock list when draft is { Choices: null }:
                    draft.Choices = ReadChoices(list, locator, diagnostics);
                    break;
                case QuoteBlock quote when draft is { Choices: not null }:
                    ReadQuestionFeedback(quote, draft, locator, diagnostics);
                    break;
                default:
                    diagnostics.Report(DiagnosticCatalog.UnexpectedQuizContent, locator.Of(block), Describe(block, draft));
                    break;
            }
        }

        AddIfComplete(draft, questions, locator, diagnostics);
        return new Quiz(questions, locator.Of(container));
    }

    private static QuestionDraft StartQuestion(HeadingBlock heading, TextLocator locator, DiagnosticBag diagnostics)
    {
        // The whole line: Markdig's span of a heading stops before the attributes it understood.
        var source = locator.LineAt(heading.Line);
        var prompt = PromptOf(source);
        var location = locator.Of(heading);
        var attributes = HeadingAttributes.Parse(source);
        var draft = new QuestionDraft(prompt, location) { Id = attributes.Id };

        foreach (var (key, value) in attributes.Properties)
        {
            switch (key)
            {
                case "outcomes":
                    draft.Outcomes.AddRange((value ?? "")
                        .Split([' ', ',', '،'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(id => new Reference(id, location)));
                    break;
                case "type":
                    draft.Type = TypeOf(value, location, diagnostics);
                    break;
                case "weight":
                    draft.Weight = WeightOf(value, location, diagnostics);
                    break;
                default:
                    var suggestion = Suggestions.Closest(key, QuestionAttributes);
                    diagnostics.ReportWithHelp(DiagnosticCatalog.UnknownKey, location,
                        suggestion is null ? $"a question takes {string.Join(", ", QuestionAttributes)}" : $"did you mean '{suggestion}'?", key);
                    break;
            }
        }

        if (attributes.Classes is { Count: > 0 } classes)
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.UnknownKey, location, "a question takes #id and outcomes, type, weight", "." + classes[0]);
        }

        return draft;
    }

    private static QuestionType TypeOf(string? value, SourceSpan location, DiagnosticBag diagnostics)
    {
        switch (value)
        {
            case "single":
                return QuestionType.SingleChoice;
            case "multiple":
                return QuestionType.MultipleResponse;
            default:
                diagnostics.Report(DiagnosticCatalog.UnknownQuestionType, location, value);
                return QuestionType.SingleChoice;
        }
    }

    private static int WeightOf(string? value, SourceSpan location, DiagnosticBag diagnostics)
    {
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var weight) && weight is >= 1 and <= 100)
        {
            return weight;
        }

        diagnostics.Report(DiagnosticCatalog.InvalidWeight, location, value);
        return 1;
    }

    private static List<Choice> ReadChoices(ListBlock list, TextLocator locator, DiagnosticBag diagnostics)
    {
        var choices = new List<Choice>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var location = locator.Of(item);
            var paragraph = item.FirstOrDefault() as ParagraphBlock;
            if (paragraph?.Inline?.FirstChild is not TaskList mark)
            {
                diagnostics.Report(DiagnosticCatalog.ChoiceNotMarked, location);
                continue;
            }

            string? feedback = null;
            foreach (var extra in item.Skip(1))
            {
                if (extra is QuoteBlock quote && feedback is null)
                {
                    feedback = string.Join("\n", QuoteLines(locator.SourceOf(quote))).Trim();
                }
                else
                {
                    diagnostics.Report(DiagnosticCatalog.UnexpectedQuizContent, locator.Of(extra), "under a choice, only one quote (>) of feedback may follow");
                }
            }

            var letter = (char)('a' + Math.Min(choices.Count, 25));
            var text = TaskMark().Replace(locator.SourceOf(paragraph), "", 1).Trim();
            choices.Add(new Choice(letter, mark.Checked, text, string.IsNullOrEmpty(feedback) ? null : feedback, location));
        }

        return choices;
    }

    private static void ReadQuestionFeedback(QuoteBlock quote, QuestionDraft draft, TextLocator locator, DiagnosticBag diagnostics)
    {
        List<string>? target = null;
        var lines = QuoteLines(locator.SourceOf(quote));
        for (var i = 0; i < lines.Count; i++)
        {
            var match = FeedbackLabel().Match(lines[i]);
            if (match.Success)
            {
                target = match.Groups["label"].Value.ToLowerInvariant() is "correct" or "صحيح" ? draft.CorrectFeedback : draft.IncorrectFeedback;
                target.Add(match.Groups["text"].Value);
            }
            else if (target is not null)
            {
                target.Add(lines[i]);
            }
            else if (lines[i].Length > 0)
            {
                diagnostics.Report(DiagnosticCatalog.UnknownFeedbackLabel, locator.AtLine(quote.Line + i));
            }
        }
    }

    private static void AddIfComplete(QuestionDraft? draft, List<Question> questions, TextLocator locator, DiagnosticBag diagnostics)
    {
        if (draft is null)
        {
            return;
        }

        var label = draft.Id ?? draft.Prompt;
        if (draft.Id is null)
        {
            diagnostics.Report(DiagnosticCatalog.QuestionIdMissing, draft.Location, draft.Prompt);
        }

        if (draft.Outcomes.Count == 0)
        {
            diagnostics.Report(DiagnosticCatalog.QuestionOutcomesMissing, draft.Location, label);
        }

        if (draft.Choices is not { Count: > 0 })
        {
            diagnostics.Report(DiagnosticCatalog.QuestionHasNoChoices, draft.Location, label);
        }

        questions.Add(new Question(
            draft.Id ?? "",
            draft.Type,
            draft.Weight,
            draft.Outcomes,
            draft.Prompt,
            draft.Stem.Count > 0 ? string.Join("\n\n", draft.Stem) : null,
            draft.Choices ?? [],
            Joined(draft.CorrectFeedback),
            Joined(draft.IncorrectFeedback),
            draft.Location));
    }

    private static string? Joined(List<string> lines) =>
        lines.Count == 0 ? null : string.Join("\n", lines).Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The heading's text without its #'s and its {...} attributes.</summary>
    private static string PromptOf(string headingSource) =>
        HeadingAttributes.StripFrom(HeadingMarks().Replace(headingSource.Trim(), "")).Trim();

    private static List<string> QuoteLines(string source) =>
        [.. source.Split('\n').Select(line => QuoteMark().Replace(line, "").TrimEnd())];

    private static string Describe(Block block, QuestionDraft? draft) => (block, draft) switch
    {
        (_, null) => "text before the first question; start each question with a heading (### ...)",
        (ListBlock, _) => "a second list of choices; a question has one list of choices",
        (ParagraphBlock, _) => "a paragraph after the choices; put it before them, or in a feedback quote",
        (QuoteBlock, _) => "feedback before the choices; put it after them",
        _ => $"a {block.GetType().Name.Replace("Block", "", StringComparison.Ordinal).ToLowerInvariant()} block",
    };

    [GeneratedRegex(@"^\s*\[[ xX]\]\s?")]
    private static partial Regex TaskMark();

    [GeneratedRegex(@"^#{1,6}\s*")]
    private static partial Regex HeadingMarks();

    [GeneratedRegex(@"^\s*>\s?")]
    private static partial Regex QuoteMark();

    [GeneratedRegex(@"^(?<label>correct|incorrect|صحيح|خطأ)\s*:\s*(?<text>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex FeedbackLabel();

    /// <summary>A question while its blocks are being read.</summary>
    private sealed class QuestionDraft(string prompt, SourceSpan location)
    {
        public string Prompt { get; } = prompt;
        public SourceSpan Location { get; } = location;
        public string? Id { get; init; }
        public QuestionType Type { get; set; } = QuestionType.SingleChoice;
        public int Weight { get; set; } = 1;
        public List<Reference> Outcomes { get; } = [];
        public List<string> Stem { get; } = [];
        public List<Choice>? Choices { get; set; }
        public List<string> CorrectFeedback { get; } = [];
        public List<string> IncorrectFeedback { get; } = [];
    }
}
