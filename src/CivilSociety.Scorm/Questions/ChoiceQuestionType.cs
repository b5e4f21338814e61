using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Xapi;

namespace CivilSociety.Scorm.Questions;

/// <summary>The choices of a single or multiple choice question, in source order; [x] marks the correct ones.</summary>
internal sealed record ChoiceAnswer(IReadOnlyList<Choice> Choices) : QuestionAnswer
{
    public IEnumerable<Choice> Correct => Choices.Where(c => c.IsCorrect);
}

/// <summary>
/// What single and multiple choice share: a task list of choices, each with optional feedback, shown as radio buttons
/// or check boxes, recorded as SCORM "choice" with the correct letters.
/// </summary>
internal abstract class ChoiceQuestionType : QuestionType<ChoiceAnswer>
{
    /// <summary>SCORM 1.2 choice responses are single characters: a to z.</summary>
    private const int MaxChoices = 26;

    public override string InteractionType => "choice";

    public override bool ItemsHaveFeedback => true;

    /// <summary>"radio" or "checkbox".</summary>
    protected abstract string InputType { get; }

    /// <summary>False when exactly one choice may be correct.</summary>
    protected abstract bool SeveralMayBeCorrect { get; }

    public override QuestionAnswer? Read(QuestionSource source, DiagnosticBag diagnostics)
    {
        var unmarked = source.Items.Where(item => item.Mark is null).ToList();
        if (unmarked.Count > 0)
        {
            // One mistake, one report: the same slip on every choice ((x) and ( ) for [x] and [ ]) is said once, and
            // "no choices" or "no correct choice" would only repeat it.
            var others = unmarked.Count == 1 ? "" : $" (the same on line{(unmarked.Count > 2 ? "s" : "")} {string.Join(", ", unmarked.Skip(1).Select(i => i.Location.Line))})";
            diagnostics.ReportWithHelp(DiagnosticCatalog.ChoiceNotMarked, unmarked[0].Location, HowToMark(unmarked[0].Text) + others);
            return null;
        }

        var choices = new List<Choice>();
        foreach (var item in source.Items)
        {
            choices.Add(new Choice(QuestionSource.Letter(choices.Count), item.Mark == true, item.Text, item.Feedback, item.Location, item.ExplicitId));
        }

        RequireItems(choices.Count, source, help: null, diagnostics);
        return new ChoiceAnswer(choices);
    }

    /// <summary>The fix for a choice without a [x] or [ ], from the mark it has instead.</summary>
    private static string HowToMark(string text)
    {
        var mark = System.Text.RegularExpressions.Regex.Match(text, @"^[\[(][ xX*vV✓✔-]{0,4}[\])]");
        return mark.Success
            ? $"'{mark.Value}' is no mark: start the choice with [x] (no space inside) when it is right, [ ] (one space) when it is wrong"
            : "start the choice with [x] when it is right, [ ] when it is wrong";
    }

    protected override ChoiceAnswer Unread { get; } = new([]);

    protected override void Validate(ChoiceAnswer answer, SourceSpan location, string label, DiagnosticBag diagnostics)
    {
        if (answer.Choices.Count == 0)
        {
            return;
        }

        var correct = answer.Correct.Count();
        if (correct == 0)
        {
            diagnostics.Report(DiagnosticCatalog.NoCorrectChoice, location, label);
        }
        else if (correct > 1 && !SeveralMayBeCorrect)
        {
            // At the second [x]: the first is usually the meant one, and the heading is lines above.
            var second = answer.Correct.Skip(1).First().Location;
            diagnostics.ReportWithHelp(DiagnosticCatalog.SingleChoiceWithSeveralCorrect, second,
                $"keep one [x] (the first is on line {answer.Correct.First().Location.Line}), or add type=multiple to the heading's {{...}} if several answers are right", label, correct);
        }

        if (answer.Choices.Count > MaxChoices)
        {
            diagnostics.Report(DiagnosticCatalog.TooManyChoices, location, label, answer.Choices.Count);
        }

        ListedChoices.CheckTexts(answer.Choices, label, diagnostics);
        ChoiceIdentity.Check(answer.Choices, label, diagnostics);
    }

    protected override void RenderControls(ChoiceAnswer answer, QuestionMarkup markup)
    {
        var list = markup.AppendChoiceList();
        foreach (var choice in answer.Choices)
        {
            var (item, label) = markup.AppendOption(list, InputType, choice.Letter);
            markup.AppendInline(label, choice.Markdown);
            markup.AppendFeedbackPlace(item, RuntimeContract.Classes.ChoiceFeedback, RuntimeContract.Attributes.FeedbackFor, choice.Letter.ToString(), choice.FeedbackMarkdown);
        }
    }

    protected override IEnumerable<string> MarkdownOf(ChoiceAnswer answer) =>
        answer.Choices.SelectMany(c => new[] { c.Markdown, c.FeedbackMarkdown }).OfType<string>();

    protected override IReadOnlyList<string> ChoiceIds(ChoiceAnswer answer) => ListedChoices.Letters(answer.Choices);

    protected override IReadOnlyList<string> ChoiceKeys(ChoiceAnswer answer) => [.. answer.Choices.Select(ChoiceIdentity.Of)];

    protected override IReadOnlyList<string> ItemTexts(ChoiceAnswer answer, MarkdownHtml markdown) => [.. answer.Choices.Select(c => markdown.PlainText(c.Markdown))];

    protected override AnswerKey Key(ChoiceAnswer answer, MarkdownHtml markdown) =>
        AnswerKey.Joined(ListedChoices.Letters(answer.Choices.Where(c => c.IsCorrect)));

    /// <summary>Right when the response names exactly the correct letters ("a,c"), in any order.</summary>
    protected override bool? Judge(ChoiceAnswer answer, AnswerKey key, string response) => key.IsAllOf(response);

    protected override ActivityDefinition XapiDefinition(ChoiceAnswer answer, ActivityDefinition common, XapiText text) => common with
    {
        CorrectResponsesPattern = [string.Join("[,]", answer.Choices.Where(c => c.IsCorrect).Select(c => c.Letter))],
        Choices = [.. answer.Choices.Select(c => text.Component(c.Letter, c.Markdown))],
    };

    protected override string DecoderChoices(ChoiceAnswer answer, MarkdownHtml markdown) => ListedChoices.Described(answer.Choices, markdown);

    protected override BankQuestion Describe(ChoiceAnswer answer, MarkdownHtml markdown) =>
        new BankChoices(ListedChoices.ForBank(answer.Choices, markdown), SeveralMayBeCorrect);
}
