using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Xapi;

namespace CivilSociety.Scorm.Questions.Types;

/// <summary>The items to order, listed in the right order.</summary>
internal sealed record SequenceAnswer(IReadOnlyList<Choice> Items) : QuestionAnswer;

/// <summary>
/// <c>type=sequencing</c>: a numbered list in the right order, shown shuffled for each learner and reordered with move
/// up / move down buttons. SCORM "sequencing", pattern "a,b,c". Saved as the item letters in the learner's order.
/// </summary>
[RegisteredQuestionType(Order = 7)]
internal sealed class SequencingQuestion : QuestionType
{
    private const int MinItems = 2;

    /// <summary>Item ids are the letters a to z.</summary>
    private const int MaxItems = 26;

    public override string Name => "sequencing";

    public override string InteractionType => "sequencing";

    public override QuestionAnswer? Read(QuestionSource source, DiagnosticBag diagnostics)
    {
        // Listed in the right order; their letters are shuffled, so that neither the letters nor the page's order
        // (by letter) tell the order.
        var letters = StableShuffle.Of([.. source.Items.Select((_, i) => QuestionSource.Letter(i))], source.Label + "\n" + string.Join("\n", source.Items.Select(i => i.Text)));
        var items = source.Items.Select((item, i) => new Choice(letters[i], IsCorrect: true, item.Text, item.Feedback, item.Location, item.ExplicitId)).ToList();
        RequireItems(items.Count, source, "list the items in the right order: '1. first', '2. second'", diagnostics);
        return new SequenceAnswer(items);
    }

    public override void Validate(Question question, string label, DiagnosticBag diagnostics)
    {
        var items = Items(question);
        ListedChoices.CheckTexts(items, label, diagnostics);
        ChoiceIdentity.Check(items, label, diagnostics);
        if (items.Count is > 0 and (< MinItems or > MaxItems))
        {
            diagnostics.Report(DiagnosticCatalog.SequenceItemCount, question.Location, label, items.Count);
        }
    }

    /// <summary>Items are written in the order of their (shuffled) letters; the runtime then shuffles them per learner.</summary>
    public override void RenderControls(Question question, QuestionMarkup markup)
    {
        var list = markup.Append(markup.Fieldset, "ol", RuntimeContract.Classes.Sequence);
        foreach (var choice in Items(question).OrderBy(c => c.Letter))
        {
            var item = markup.Append(list, "li", RuntimeContract.Classes.SequenceItem);
            item.SetAttribute(RuntimeContract.Attributes.Item, choice.Letter.ToString());
            markup.AppendInline(markup.Append(item, "span", RuntimeContract.Classes.SequenceText), choice.Markdown);
            foreach (var (className, stringKey) in new[] { (RuntimeContract.Classes.MoveUp, RuntimeContract.Strings.MoveUp), (RuntimeContract.Classes.MoveDown, RuntimeContract.Strings.MoveDown) })
            {
                var button = markup.Append(item, "button", className);
                button.SetAttribute("type", "button");
                button.SetAttribute(RuntimeContract.Attributes.StringAriaLabel, stringKey);
            }
        }
    }

    public override IEnumerable<string> MarkdownOf(Question question) =>
        Items(question).SelectMany(c => new[] { c.Markdown, c.FeedbackMarkdown }).OfType<string>();

    public override IReadOnlyList<string> ChoiceIds(Question question) => ListedChoices.Letters(Items(question).OrderBy(c => c.Letter));

    public override IReadOnlyList<string> ChoiceKeys(Question question) => [.. Items(question).OrderBy(c => c.Letter).Select(ChoiceIdentity.Of)];

    public override AnswerKey Key(Question question, MarkdownHtml markdown) => AnswerKey.Joined(ListedChoices.Letters(Items(question)));

    public override ActivityDefinition XapiDefinition(Question question, ActivityDefinition common, XapiText text) => common with
    {
        CorrectResponsesPattern = [string.Join("[,]", Items(question).Select(c => c.Letter))],
        Choices = [.. Items(question).OrderBy(c => c.Letter).Select(c => text.Component(c.Letter, c.Markdown))],
    };

    public override string DecoderChoices(Question question, MarkdownHtml markdown) => ListedChoices.Described(Items(question).OrderBy(c => c.Letter), markdown);

    public override BankQuestion? Describe(Question question, MarkdownHtml markdown) =>
        question.Answer is SequenceAnswer answer ? new BankOrdering(ListedChoices.ForBank(answer.Items, markdown)) : null;

    /// <summary>For each position of the learner's order: which item stands there.</summary>
    public override int SavedStateBits(Question question) => Items(question).Count * SavedBits.ToHold(Items(question).Count);

    /// <summary>Every item, by identity, in the learner's order.</summary>
    public override int KeyedStateBits(Question question) => SavedBits.KeyedIds(Items(question).Count);

    private static IReadOnlyList<Choice> Items(Question question) => question.Answer is SequenceAnswer answer ? answer.Items : [];
}
