using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Xapi;

namespace CivilSociety.Scorm.Questions.Types;

/// <summary>
/// A matching pair: the left item (letter id) and the right item it matches (digit id; rights may repeat);
/// <paramref name="ExplicitId"/>, the author's {#id} of the pair, is its left item's identity across versions.
/// </summary>
internal sealed record MatchPair(char LeftId, string LeftMarkdown, char RightId, string RightMarkdown, SourceSpan Location, string? ExplicitId = null)
{
    /// <summary>The left item's identity (Questions/ChoiceIdentity).</summary>
    public string LeftKey => ExplicitId ?? ChoiceIdentity.Derived(LeftMarkdown);

    /// <summary>The right item's identity: its text's (rights are shared by pairs, so they take no id of their own).</summary>
    public string RightKey => ChoiceIdentity.Derived(RightMarkdown);
}

/// <summary>The pairs, in source order.</summary>
internal sealed record MatchingAnswer(IReadOnlyList<MatchPair> Pairs) : QuestionAnswer;

/// <summary>
/// <c>type=matching</c>: a list of <c>left -> right</c> pairs; each left item gets a select list of the right items
/// (sorted, so their order gives nothing away). SCORM "matching", pattern "a.1,b.2". Saved as one right id per left
/// item, "_" where none is chosen.
/// </summary>
internal sealed partial class MatchingQuestion : QuestionType<MatchingAnswer>
{
    private const int MinPairs = 2;

    /// <summary>Right ids are single digits: 1 to 9.</summary>
    private const int MaxPairs = 9;

    public override string Name => "matching";

    public override string InteractionType => "matching";

    public override QuestionAnswer? Read(QuestionSource source, DiagnosticBag diagnostics)
    {
        var written = new List<(string Left, string Right, SourceSpan Location, string? Id)>();
        foreach (var item in source.Items)
        {
            var match = PairArrow().Match(item.Text);
            if (match.Success)
            {
                written.Add((match.Groups["left"].Value.Trim(), match.Groups["right"].Value.Trim(), item.Location, item.ExplicitId));
            }
            else
            {
                diagnostics.Report(DiagnosticCatalog.MatchingItemWithoutArrow, item.Location);
            }
        }

        // The right items get their ids (1 to 9) in a shuffled order: ids in order of appearance would pair "a" with
        // "1", "b" with "2"... for anyone reading the page.
        var rights = written.Select(p => p.Right).Distinct(StringComparer.Ordinal).ToList();
        var ids = StableShuffle.Of([.. rights.Select((_, i) => (char)('1' + i))], source.Label + "\n" + string.Join("\n", rights));
        var pairs = written.Select((p, i) => new MatchPair(QuestionSource.Letter(i), p.Left, ids[rights.IndexOf(p.Right)], p.Right, p.Location, p.Id)).ToList();
        RequireItems(pairs.Count, source, "list the pairs under the heading: '- left side -> right side', one per line", diagnostics, "pairs");
        return new MatchingAnswer(pairs);
    }

    protected override MatchingAnswer Unread { get; } = new([]);

    protected override void Validate(MatchingAnswer answer, SourceSpan location, string label, DiagnosticBag diagnostics)
    {
        var pairs = answer.Pairs;
        if (pairs.Count is > 0 and (< MinPairs or > MaxPairs))
        {
            diagnostics.Report(DiagnosticCatalog.PairCount, location, label, pairs.Count);
            return;
        }

        foreach (var duplicate in pairs.GroupBy(p => p.LeftMarkdown.Trim()).SelectMany(g => g.Skip(1)))
        {
            diagnostics.Report(DiagnosticCatalog.DuplicateMatchingItem, duplicate.Location, label, duplicate.LeftMarkdown.Trim());
        }

        ChoiceIdentity.Check([.. pairs.Select(p => new Choice(p.LeftId, true, p.LeftMarkdown, null, p.Location, p.ExplicitId))], label, diagnostics);
    }

    protected override void RenderControls(MatchingAnswer answer, QuestionMarkup markup)
    {
        var list = markup.Append(markup.Fieldset, "ul", RuntimeContract.Classes.Pairs);
        var rights = DistinctRights(answer).OrderBy(r => r.RightMarkdown, StringComparer.Ordinal).ToList();
        foreach (var pair in answer.Pairs)
        {
            var item = markup.Append(list, "li", RuntimeContract.Classes.Pair);
            var id = $"{markup.IdPrefix}-{pair.LeftId}";
            var label = markup.Append(item, "label");
            label.SetAttribute("for", id);
            markup.AppendInline(label, pair.LeftMarkdown);
            var select = markup.Append(item, "select");
            select.Id = id;
            select.SetAttribute("name", $"{markup.InputName}.{pair.LeftId}");
            select.SetAttribute(RuntimeContract.Attributes.Item, pair.LeftId.ToString());
            var empty = markup.Append(select, "option");
            empty.SetAttribute("value", "");
            empty.SetAttribute(RuntimeContract.Attributes.String, RuntimeContract.Strings.ChooseOption);
            foreach (var right in rights)
            {
                var option = markup.Append(select, "option");
                option.SetAttribute("value", right.RightId.ToString());
                option.TextContent = markup.Markdown.PlainText(right.RightMarkdown);
            }
        }
    }

    protected override IEnumerable<string> MarkdownOf(MatchingAnswer answer) => answer.Pairs.Select(p => p.LeftMarkdown);

    /// <summary>The left items, whose answers the learner chooses.</summary>
    protected override IReadOnlyList<string> ChoiceIds(MatchingAnswer answer) => [.. answer.Pairs.Select(p => p.LeftId.ToString())];

    protected override IReadOnlyList<string> ChoiceKeys(MatchingAnswer answer) => [.. answer.Pairs.Select(p => p.LeftKey)];

    protected override IReadOnlyList<string> ItemTexts(MatchingAnswer answer, MarkdownHtml markdown) => [.. answer.Pairs.Select(p => markdown.PlainText(p.LeftMarkdown))];

    protected override IReadOnlyList<TargetItem> Targets(MatchingAnswer answer, MarkdownHtml markdown) =>
        [.. DistinctRights(answer).Select(p => new TargetItem(p.RightId.ToString(), p.RightKey, markdown.PlainText(p.RightMarkdown)))];

    /// <summary>
    /// "targets": the right items' ids, which each left item's select list offers; "targetKeys": their identities, in
    /// the same order (what a saved answer names).
    /// </summary>
    protected override IEnumerable<KeyValuePair<string, JsonNode?>> RuntimeSettings(MatchingAnswer answer)
    {
        yield return new("targets", new JsonArray([.. DistinctRights(answer).Select(p => (JsonNode?)p.RightId.ToString())]));
        yield return new("targetKeys", new JsonArray([.. DistinctRights(answer).Select(p => (JsonNode?)p.RightKey)]));
    }

    protected override AnswerKey Key(MatchingAnswer answer, MarkdownHtml markdown) =>
        AnswerKey.Joined([.. answer.Pairs.Select(p => $"{p.LeftId}.{p.RightId}")]);

    /// <summary>Right when the response pairs every left item with its right item ("a.1,b.2"), in any order.</summary>
    protected override bool? Judge(MatchingAnswer answer, AnswerKey key, string response) => key.IsAllOf(response);

    protected override ActivityDefinition XapiDefinition(MatchingAnswer answer, ActivityDefinition common, XapiText text) => common with
    {
        CorrectResponsesPattern = [string.Join("[,]", answer.Pairs.Select(p => $"{p.LeftId}[.]{p.RightId}"))],
        Source = [.. answer.Pairs.Select(p => text.Component(p.LeftId, p.LeftMarkdown))],
        Target = [.. DistinctRights(answer).Select(p => text.Component(p.RightId, p.RightMarkdown))],
    };

    protected override string DecoderChoices(MatchingAnswer answer, MarkdownHtml markdown) =>
        string.Join(" | ", answer.Pairs.Select(p => $"{p.LeftId}: {markdown.PlainText(p.LeftMarkdown)}")
            .Concat(DistinctRights(answer).Select(p => $"{p.RightId}: {markdown.PlainText(p.RightMarkdown)}")));

    protected override BankQuestion Describe(MatchingAnswer answer, MarkdownHtml markdown) =>
        new BankPairs([.. answer.Pairs.Select(p => new BankPair(p.LeftId.ToString(), markdown.RenderFragment(p.LeftMarkdown),
            markdown.PlainText(p.LeftMarkdown), p.RightId.ToString(), markdown.PlainText(p.RightMarkdown)))]);

    /// <summary>For each left item: no right item chosen, or one of them.</summary>
    protected override int SavedStateBits(MatchingAnswer answer) => answer.Pairs.Count * SavedBits.ToHold(DistinctRights(answer).Count() + 1);

    /// <summary>Every left item paired, by identity.</summary>
    protected override int KeyedStateBits(MatchingAnswer answer) => SavedBits.KeyedPairs(answer.Pairs.Count);

    /// <summary>The distinct right-hand items, by id.</summary>
    private static IEnumerable<MatchPair> DistinctRights(MatchingAnswer answer) => answer.Pairs.DistinctBy(p => p.RightId).OrderBy(p => p.RightId);

    [GeneratedRegex(@"^(?<left>.+?)\s+(?:->|=>|→|←)\s+(?<right>.+)$", RegexOptions.Singleline)]
    private static partial Regex PairArrow();
}
