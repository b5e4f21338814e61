using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
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
internal abstract class ChoiceQuestionType : QuestionType
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
        var choices = new List<Choice>();
        foreach (var item in source.Items)
        {
            if (item.Mark is not { } isCorrect)
            {
                diagnostics.Report(DiagnosticCatalog.ChoiceNotMarked, item.Location);
                continue;
            }

            choices.Add(new Choice(QuestionSource.Letter(choices.Count), isCorrect, item.Text, item.Feedback, item.Location, item.ExplicitId));
        }

        RequireItems(choices.Count, source, help: null, diagnostics);
        return new ChoiceAnswer(choices);
    }

    public override void Validate(Question question, string label, DiagnosticBag diagnostics)
    {
        if (question.Answer is not ChoiceAnswer { Choices.Count: > 0 } answer)
        {
            return;
        }

        var correct = answer.Correct.Count();
        if (correct == 0)
        {
            diagnostics.Report(DiagnosticCatalog.NoCorrectChoice, question.Location, label);
        }
        else if (correct > 1 && !SeveralMayBeCorrect)
        {
            diagnostics.Report(DiagnosticCatalog.SingleChoiceWithSeveralCorrect, question.Location, label, correct);
        }

        if (answer.Choices.Count > MaxChoices)
        {
            diagnostics.Report(DiagnosticCatalog.TooManyChoices, question.Location, label, answer.Choices.Count);
        }

        ListedChoices.CheckTexts(answer.Choices, label, diagnostics);
        ChoiceIdentity.Check(answer.Choices, label, diagnostics);
    }

    public override void RenderControls(Question question, QuestionMarkup markup)
    {
        var list = markup.AppendChoiceList();
        foreach (var choice in Choices(question))
        {
            var (item, label) = markup.AppendOption(list, InputType, choice.Letter);
            markup.AppendInline(label, choice.Markdown);
            // A feedback place under every choice, so that which choices have feedback says nothing (its text is sealed).
            var div = markup.Append(item, "div", RuntimeContract.Classes.ChoiceFeedback);
            div.SetAttribute(RuntimeContract.Attributes.FeedbackFor, choice.Letter.ToString());
            div.SetAttribute("hidden", "");
            if (choice.FeedbackMarkdown is { } feedback)
            {
                markup.AppendBlocks(div, feedback);
            }
        }
    }

    public override IEnumerable<string> MarkdownOf(Question question) =>
        Choices(question).SelectMany(c => new[] { c.Markdown, c.FeedbackMarkdown }).OfType<string>();

    public override IReadOnlyList<string> ChoiceIds(Question question) => ListedChoices.Letters(Choices(question));

    public override IReadOnlyList<string> ChoiceKeys(Question question) => [.. Choices(question).Select(ChoiceIdentity.Of)];

    public override AnswerKey Key(Question question, MarkdownHtml markdown) =>
        AnswerKey.Joined(ListedChoices.Letters(Choices(question).Where(c => c.IsCorrect)));

    public override ActivityDefinition XapiDefinition(Question question, ActivityDefinition common, XapiText text) => common with
    {
        CorrectResponsesPattern = [string.Join("[,]", Choices(question).Where(c => c.IsCorrect).Select(c => c.Letter))],
        Choices = [.. Choices(question).Select(c => text.Component(c.Letter, c.Markdown))],
    };

    public override string DecoderChoices(Question question, MarkdownHtml markdown) => ListedChoices.Described(Choices(question), markdown);

    public override BankQuestion? Describe(Question question, MarkdownHtml markdown) =>
        question.Answer is ChoiceAnswer answer ? new BankChoices(ListedChoices.ForBank(answer.Choices, markdown), SeveralMayBeCorrect) : null;

    private static IReadOnlyList<Choice> Choices(Question question) => question.Answer is ChoiceAnswer answer ? answer.Choices : [];
}
