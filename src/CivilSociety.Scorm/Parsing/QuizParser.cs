using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Questions;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

using SourceSpan = CivilSociety.Scorm.Diagnostics.SourceSpan;

namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// Reads a <c>::: quiz {pass=80 attempts=2 shuffle=choices reveal=true}</c> block, already parsed by Markdig, into
/// questions: a heading per question with {#id outcomes="..." type=... weight=... answer=...}, optional stem
/// paragraphs, a list (choices, accepted answers, pairs or items to order, by type), and an optional quote of
/// correct: / incorrect: / hint: lines.
/// </summary>
internal static class QuizParser
{
    public const string ContainerName = "quiz";

    private static readonly string[] QuizAttributes = ["pass", "attempts", "shuffle", "reveal", "title"];

    public static Quiz Parse(CustomContainer container, string language, TextLocator locator, DiagnosticBag diagnostics)
    {
        var location = locator.Of(container);
        if (container.ClosingFencedCharCount == 0)
        {
            diagnostics.Report(DiagnosticCatalog.QuizNotClosed, location);
        }

        var settings = ReadSettings(HeadingAttributes.Parse(locator.LineAt(container.Line)), location, diagnostics);
        var questions = new List<Question>();
        QuestionDraft? draft = null;
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    AddIfComplete(draft, questions, diagnostics);
                    draft = QuestionDraft.Start(heading, language, locator, diagnostics);
                    break;
                case ParagraphBlock paragraph when draft is { HasList: false, HasFeedback: false }:
                    draft.Stem.Add(locator.SourceOf(paragraph).Trim());
                    break;
                case ListBlock list when draft is { HasList: false, HasFeedback: false }:
                    draft.ReadList(list, locator, diagnostics);
                    break;
                case QuoteBlock quote when draft is { HasFeedback: false } && (draft.HasList || !draft.TakesList):
                    draft.ReadFeedback(quote, locator, diagnostics);
                    break;
                default:
                    diagnostics.Report(DiagnosticCatalog.UnexpectedQuizContent, locator.Of(block), Describe(block, draft));
                    break;
            }
        }

        AddIfComplete(draft, questions, diagnostics);
        return new Quiz(questions, settings, location);
    }

    private static QuizSettings ReadSettings(HeadingAttributes attributes, SourceSpan location, DiagnosticBag diagnostics)
    {
        var settings = QuizSettings.Default;
        foreach (var (key, value) in attributes.Properties)
        {
            switch (key)
            {
                case "pass":
                    settings = settings with { PassingScore = AttributeValues.Integer(key, value, 1, 100, location, diagnostics) };
                    break;
                case "attempts":
                    settings = settings with { Attempts = AttributeValues.Integer(key, value, 1, 99, location, diagnostics) };
                    break;
                case "shuffle":
                    var shuffle = AttributeValues.OneOf(key, value, ["none", "questions", "choices", "all"], location, diagnostics);
                    settings = settings with
                    {
                        ShuffleQuestions = shuffle is "questions" or "all",
                        ShuffleChoices = shuffle is "choices" or "all",
                    };
                    break;
                case "title":
                    settings = settings with { Title = string.IsNullOrWhiteSpace(value) ? null : value.Trim() };
                    break;
                case "reveal":
                    settings = settings with { RevealAnswers = AttributeValues.Boolean(key, value, location, diagnostics) ?? true };
                    break;
                default:
                    AttributeValues.ReportUnknown(key, QuizAttributes, "a quiz", location, diagnostics);
                    break;
            }
        }

        return settings;
    }

    private static void AddIfComplete(QuestionDraft? draft, List<Question> questions, DiagnosticBag diagnostics)
    {
        if (draft?.Finish(diagnostics) is { } question)
        {
            questions.Add(question);
        }
    }

    private static string Describe(Block block, QuestionDraft? draft) => (block, draft) switch
    {
        (_, null) => "text before the first question; start each question with a heading (### ...)",
        (ListBlock, { TakesList: false }) => "a list under a question that takes its answer as answer=...",
        (ListBlock, _) => "a second list; a question has one list",
        (ParagraphBlock, _) => "a paragraph after the answers; put it before them, or in a feedback quote",
        (QuoteBlock, { HasFeedback: true }) => "a second feedback quote; put all feedback lines in one quote",
        (QuoteBlock, _) => "feedback before the answers; put it after them",
        _ => $"a {block.GetType().Name.Replace("Block", "", StringComparison.Ordinal).ToLowerInvariant()} block",
    };
}
