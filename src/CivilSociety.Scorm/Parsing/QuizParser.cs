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

    private static readonly string[] ScoringAttributes = ["pass", "attempts", "reveal", DrawAttribute.Name];

    private static readonly string[] QuizAttributes = ["pass", "attempts", "shuffle", "reveal", "title", DrawAttribute.Name];

    /// <param name="practice">A practice check (<c>::: check</c>): no pass mark, attempts, reveal or draw.</param>
    public static Quiz Parse(CustomContainer container, string language, TextLocator locator, DiagnosticBag diagnostics, bool practice = false)
    {
        var location = locator.Of(container);
        if (container.ClosingFencedCharCount == 0 && !CodeFences.HoldsUnclosed(container))   // else the code block took the closing :::
        {
            if (practice)
            {
                diagnostics.Report(DiagnosticCatalog.BlockNotClosed, location, PracticeChecks.ContainerName);
            }
            else
            {
                diagnostics.Report(DiagnosticCatalog.QuizNotClosed, location);
            }
        }

        var line = locator.LineAt(container.Line);
        var attributes = HeadingAttributes.Parse(line);
        AttributeMistakes.Report(attributes, line, location with { Column = 1 }, QuizAttributes, diagnostics);
        if (practice)
        {
            // A check's tries are unlimited and count nowhere: what a quiz's score and attempts take means nothing in it.
            foreach (var scoring in attributes.Properties.Where(p => ScoringAttributes.Contains(p.Key)))
            {
                diagnostics.Report(DiagnosticCatalog.CheckSetting, location, scoring.Key);
            }

            attributes = attributes with { Properties = [.. attributes.Properties.Where(p => !ScoringAttributes.Contains(p.Key))] };
        }

        var settings = ReadSettings(attributes, line, location, diagnostics);
        var draw = ReadDraw(attributes, line, location, diagnostics);
        var questions = new List<Question>();
        QuestionDraft? draft = null;
        var toldNoHeading = false;   // text before the first question: one mistake however many blocks it spans
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    AddIfComplete(draft, questions, diagnostics);
                    draft = QuestionDraft.Start(heading, language, locator, diagnostics, practice);
                    if (!practice && attributes.Properties.LastOrDefault(p => p.Key == "outcomes").Value is { } quizOutcomes)
                    {
                        draft.TakeOutcomesIfNone(quizOutcomes, location);
                    }

                    break;
                case ParagraphBlock paragraph when GluedHeading(locator.SourceOf(paragraph)) is { } marks:
                    // "###What is it? {#q2 ...}": no heading without the space, so no question; what follows it is
                    // that question's and no mistake of its own.
                    AddIfComplete(draft, questions, diagnostics);
                    draft = null;
                    toldNoHeading = true;
                    var glued = locator.SourceOf(paragraph).TrimStart().Split('\n')[0];
                    diagnostics.ReportWithHelp(DiagnosticCatalog.UnexpectedQuizContent, locator.Of(paragraph),
                        $"write a space after the {marks}: {marks} {glued[marks.Length..].Trim()}",
                        $"'{(glued.Length <= 40 ? glued.TrimEnd() : glued[..39] + "…")}' is no question: Markdown reads a heading only with a space after the {marks}");
                    break;
                case ParagraphBlock paragraph when draft is { HasList: false, HasFeedback: false }:
                    if (GluedChoices.Report(paragraph, 0, locator, diagnostics))
                    {
                        draft.ChoicesMisread();
                    }

                    draft.Stem.Add(locator.SourceOf(paragraph).Trim());
                    break;
                case ListBlock list when draft is { HasList: false, HasFeedback: false }:
                    draft.ReadList(list, locator, diagnostics);
                    break;
                case QuoteBlock quote when draft is { HasList: false, WereChoicesMisread: true } && QuestionFeedback.IsUnlabelled(quote, locator):
                    break;   // a choice's feedback under choices Markdown read as text: part of that mistake, said there
                case QuoteBlock quote when draft is { HasList: true, HasFeedback: false } && QuestionFeedback.IsUnlabelled(quote, locator):
                    // "> Read it again." at the margin under a choice: meant as that choice's feedback, not the question's.
                    var indent = ChoiceTextColumn(container, quote, locator);
                    diagnostics.ReportWithHelp(DiagnosticCatalog.UnknownFeedbackLabel, locator.Of(quote),
                        $"to give a choice its feedback, indent the quote under that choice's text ({indent} spaces: '{new string(' ', indent)}> ...'); the question's feedback is one quote of 'correct:' and 'incorrect:' lines");
                    break;
                case ParagraphBlock paragraph when draft is { HasList: true } && QuestionFeedback.StartsWithLabel(locator.SourceOf(paragraph)):
                    // "correct: Well done." without its "> ": meant as the question's feedback, shown as text otherwise.
                    diagnostics.ReportWithHelp(DiagnosticCatalog.UnexpectedQuizContent, locator.Of(paragraph),
                        $"start each feedback line with '> ', as in: > {locator.SourceOf(paragraph).Trim().Split('\n')[0].Trim()}", "feedback without its '>'");
                    break;
                case QuoteBlock quote when draft is { HasFeedback: false } && (draft.HasList || !draft.TakesList || !ListFollows(container, quote)):
                    // With no list after it either, the quote is the feedback and the choices are what is missing
                    // (SCO2012): "feedback before the answers" would send the author looking for answers that are not there.
                    draft.ReadFeedback(quote, locator, diagnostics);
                    break;
                case var _ when draft is null && toldNoHeading:
                    break;
                case FencedCodeBlock code when code.ClosingFencedCharCount == 0:
                    draft?.ChoicesMisread();   // a code block left open took the answers in: SCO2084 says it, at its fence
                    break;
                default:
                    toldNoHeading |= draft is null;
                    diagnostics.Report(DiagnosticCatalog.UnexpectedQuizContent, locator.Of(block), BulletChanged(container, block) ?? Describe(block, draft));
                    break;
            }
        }

        AddIfComplete(draft, questions, diagnostics);
        return new Quiz(questions, settings, location) { Draw = draw };
    }

    private static QuizSettings ReadSettings(HeadingAttributes attributes, string line, SourceSpan fence, DiagnosticBag diagnostics)
    {
        var settings = QuizSettings.Default;
        foreach (var (key, value) in attributes.Properties)
        {
            // A wrong value is pointed at where its attribute is written on the ::: quiz line.
            var column = line.IndexOf(key + "=", StringComparison.Ordinal);
            var location = column < 0 ? fence : fence with { Column = column + 1 };
            switch (key)
            {
                case "pass":
                    settings = settings with { PassingScore = AttributeValues.Integer(key, value, 1, 100, location, diagnostics) };
                    break;
                case "attempts" when value.Trim().ToLowerInvariant() is "unlimited" or "infinite" or "any" or "0" or "-1" or "∞" or "none":
                    // Unlimited is what leaving it out gives; the author's word for it is no number.
                    diagnostics.ReportWithHelp(DiagnosticCatalog.InvalidAttributeValue, location,
                        "leave attempts= out: a quiz's attempts are unlimited unless attempts= limits them", key, value, "a whole number from 1 to 99");
                    break;
                case "attempts":
                    settings = settings with { Attempts = AttributeValues.Integer(key, value, 1, 99, location, diagnostics) };
                    break;
                case "shuffle" when value.Trim().ToLowerInvariant() is "true" or "yes" or "on" or "false" or "no" or "off":
                    diagnostics.ReportWithHelp(DiagnosticCatalog.InvalidAttributeValue, location,
                        value.Trim().ToLowerInvariant() is "true" or "yes" or "on"
                            ? "write shuffle=all to shuffle the questions and their choices (shuffle=questions or shuffle=choices for one of them)"
                            : "write shuffle=none, or leave shuffle= out: nothing is shuffled by default",
                        key, value, "one of none, questions, choices, all");
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
                case DrawAttribute.Name:
                    break;   // a pool: ReadDraw
                case "outcomes":
                    // Said once here; the questions without outcomes of their own take these, so that none of
                    // them is reported again as naming no outcome.
                    diagnostics.ReportWithHelp(DiagnosticCatalog.UnknownKey, location,
                        $"a quiz names no outcomes: each question names those it assesses; write outcomes=\"{value}\" in the {{...}} of each question's heading", key);
                    break;
                default:
                    AttributeValues.ReportUnknown(key, QuizAttributes, "a quiz", location, diagnostics);
                    break;
            }
        }

        return settings;
    }

    /// <summary>The quiz's draw= (a pool), located at the attribute itself.</summary>
    private static QuestionDraw? ReadDraw(HeadingAttributes attributes, string line, SourceSpan location, DiagnosticBag diagnostics)
    {
        var value = attributes.Properties.LastOrDefault(p => p.Key == DrawAttribute.Name).Value;
        var column = line.IndexOf(DrawAttribute.Name + "=", StringComparison.Ordinal);
        return value is null ? null : DrawAttribute.Read(value, column < 0 ? location : location with { Column = column + 1 }, diagnostics);
    }

    /// <summary>
    /// Where the text of the last choice above <paramref name="block"/> starts: 2 after "- ", 3 after "1. ", the
    /// indentation a feedback quote needs to belong to that choice.
    /// </summary>
    private static int ChoiceTextColumn(CustomContainer container, Block block, TextLocator locator)
    {
        if (container.TakeWhile(b => b != block).LastOrDefault() is not ListBlock { LastChild: ListItemBlock item } list)
        {
            return 2;
        }

        var line = locator.LineAt(item.Line);
        var at = line.Length - line.TrimStart(' ').Length;
        // "1." and "a)" (Markdig reads lettered lists too) as well as "-": the marker, then its spaces.
        while (at < line.Length && (char.IsAsciiLetterOrDigit(line[at]) && list.IsOrdered || line[at] is '-' or '*' or '+' or '.' or ')'))
        {
            at++;
        }

        while (at < line.Length && line[at] == ' ')
        {
            at++;
        }

        return at is >= 2 and <= 8 ? at : 2;
    }

    /// <summary>Whether a list comes after <paramref name="block"/> before the next question's heading.</summary>
    private static bool ListFollows(CustomContainer container, Block block) =>
        container.SkipWhile(b => b != block).Skip(1).TakeWhile(b => b is not HeadingBlock).Any(b => b is ListBlock);

    private static void AddIfComplete(QuestionDraft? draft, List<Question> questions, DiagnosticBag diagnostics)
    {
        if (draft?.Finish(diagnostics) is { } question)
        {
            questions.Add(question);
        }
    }

    /// <summary>The #s of "###What is...": a heading but for the space after its marks; else null.</summary>
    private static string? GluedHeading(string paragraph)
    {
        var text = paragraph.TrimStart();
        var marks = text.Length - text.TrimStart('#').Length;
        return marks is >= 1 and <= 6 && marks < text.Length && char.IsLetter(text[marks]) ? text[..marks] : null;
    }

    /// <summary>"* [x] a" then "- [ ] b": Markdown starts a new list where the bullet changes; said so, not as "a second list".</summary>
    private static string? BulletChanged(CustomContainer container, Block block) =>
        block is ListBlock { IsOrdered: false } list
        && container.TakeWhile(b => b != block).LastOrDefault() is ListBlock { IsOrdered: false } above && above.BulletType != list.BulletType
            ? $"a second list, because its bullet is '{list.BulletType}' and the one above is '{above.BulletType}': Markdown starts a new list where the bullet changes; start every choice with '- '"
            : null;

    private static string Describe(Block block, QuestionDraft? draft) => (block, draft) switch
    {
        (_, null) => "text before the first question; start each question with a heading (### ...)",
        (ListBlock, { TakesList: false }) => "a list under a question that takes its answer as answer=...",
        (ListBlock, _) => "a second list; a question has one list",
        (ParagraphBlock, _) => "a paragraph after the answers; put it before them, or in a feedback quote",
        (QuoteBlock, { HasFeedback: true }) => "a second feedback quote; put all feedback lines in one quote",
        (QuoteBlock, _) => "feedback before the answers; put it after them",
        (CodeBlock, _) => "a code block",
        _ => $"a {block.GetType().Name.Replace("Block", "", StringComparison.Ordinal).ToLowerInvariant()} block",
    };
}
