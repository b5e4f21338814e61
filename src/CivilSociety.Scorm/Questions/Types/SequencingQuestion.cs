using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Xapi;

namespace CivilSociety.Scorm.Questions.Types;

/// <summary>The items to order, listed in the right order.</summary>
internal sealed record SequenceAnswer(IReadOnlyList<Choice> Items) : QuestionAnswer;

/// <summary>
/// <c>type=sequencing</c>: a numbered list in the right order, shown shuffled for each learner and reordered with move
/// up / move down buttons. SCORM "sequencing", pattern "a,b,c". Saved as the item letters in the learner's order.
/// </summary>
internal sealed class SequencingQuestion : QuestionType<SequenceAnswer>
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
        RequireItems(items.Count, source, "list the items in the right order: '1. first', '2. second'", diagnostics, "items to order");
        return new SequenceAnswer(items);
    }

    protected override SequenceAnswer Unread { get; } = new([]);

    protected override void Validate(SequenceAnswer answer, SourceSpan location, string label, DiagnosticBag diagnostics)
    {
        var items = answer.Items;
        ListedChoices.CheckTexts(items, label, diagnostics);
        ChoiceIdentity.Check(items, label, diagnostics);
        if (items.Count is > 0 and (< MinItems or > MaxItems))
        {
            diagnostics.Report(DiagnosticCatalog.SequenceItemCount, location, label, items.Count);
        }
    }

    /// <summary>Items are written in the order of their (shuffled) letters; the runtime then shuffles them per learner.</summary>
    protected override void RenderControls(SequenceAnswer answer, QuestionMarkup markup)
    {
        var list = markup.Append(markup.Fieldset, "ol", RuntimeContract.Classes.Sequence);
        foreach (var choice in answer.Items.OrderBy(c => c.Letter))
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

    protected override IEnumerable<string> MarkdownOf(SequenceAnswer answer) =>
        answer.Items.SelectMany(c => new[] { c.Markdown, c.FeedbackMarkdown }).OfType<string>();

    protected override IReadOnlyList<string> ChoiceIds(SequenceAnswer answer) => ListedChoices.Letters(answer.Items.OrderBy(c => c.Letter));

    protected override IReadOnlyList<string> ChoiceKeys(SequenceAnswer answer) => [.. answer.Items.OrderBy(c => c.Letter).Select(ChoiceIdentity.Of)];

    /// <summary>In the order of their letters, never the right order.</summary>
    protected override IReadOnlyList<string> ItemTexts(SequenceAnswer answer, MarkdownHtml markdown) =>
        [.. answer.Items.OrderBy(c => c.Letter).Select(c => markdown.PlainText(c.Markdown))];

    protected override AnswerKey Key(SequenceAnswer answer, MarkdownHtml markdown) => AnswerKey.Joined(ListedChoices.Letters(answer.Items));

    /// <summary>Right when the response lists the item letters in the right order.</summary>
    protected override bool? Judge(SequenceAnswer answer, AnswerKey key, string response) => key.IsInOrder(response);

    protected override ActivityDefinition XapiDefinition(SequenceAnswer answer, ActivityDefinition common, XapiText text) => common with
    {
        CorrectResponsesPattern = [string.Join("[,]", answer.Items.Select(c => c.Letter))],
        Choices = [.. answer.Items.OrderBy(c => c.Letter).Select(c => text.Component(c.Letter, c.Markdown))],
    };

    protected override string DecoderChoices(SequenceAnswer answer, MarkdownHtml markdown) => ListedChoices.Described(answer.Items.OrderBy(c => c.Letter), markdown);

    protected override BankQuestion Describe(SequenceAnswer answer, MarkdownHtml markdown) => new BankOrdering(ListedChoices.ForBank(answer.Items, markdown));

    /// <summary>For each position of the learner's order: which item stands there.</summary>
    protected override int SavedStateBits(SequenceAnswer answer) => answer.Items.Count * SavedBits.ToHold(answer.Items.Count);

    /// <summary>Every item, by identity, in the learner's order.</summary>
    protected override int KeyedStateBits(SequenceAnswer answer) => SavedBits.KeyedIds(answer.Items.Count);
}
