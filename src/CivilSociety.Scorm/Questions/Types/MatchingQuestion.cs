using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
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
[RegisteredQuestionType(Order = 6)]
internal sealed partial class MatchingQuestion : QuestionType
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
        RequireItems(pairs.Count, source, "list the pairs under the heading: '- left side -> right side', one per line", diagnostics);
        return new MatchingAnswer(pairs);
    }

    public override void Validate(Question question, string label, DiagnosticBag diagnostics)
    {
        var pairs = Pairs(question);
        if (pairs.Count is > 0 and (< MinPairs or > MaxPairs))
        {
            diagnostics.Report(DiagnosticCatalog.PairCount, question.Location, label, pairs.Count);
            return;
        }

        foreach (var duplicate in pairs.GroupBy(p => p.LeftMarkdown.Trim()).SelectMany(g => g.Skip(1)))
        {
            diagnostics.Report(DiagnosticCatalog.DuplicateMatchingItem, duplicate.Location, label, duplicate.LeftMarkdown.Trim());
        }

        ChoiceIdentity.Check([.. pairs.Select(p => new Choice(p.LeftId, true, p.LeftMarkdown, null, p.Location, p.ExplicitId))], label, diagnostics);
    }

    public override void RenderControls(Question question, QuestionMarkup markup)
    {
        var list = markup.Append(markup.Fieldset, "ul", RuntimeContract.Classes.Pairs);
        var rights = DistinctRights(question).OrderBy(r => r.RightMarkdown, StringComparer.Ordinal).ToList();
        foreach (var pair in Pairs(question))
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

    public override IEnumerable<string> MarkdownOf(Question question) => Pairs(question).Select(p => p.LeftMarkdown);

    /// <summary>The left items, whose answers the learner chooses.</summary>
    public override IReadOnlyList<string> ChoiceIds(Question question) => [.. Pairs(question).Select(p => p.LeftId.ToString())];

    public override IReadOnlyList<string> ChoiceKeys(Question question) => [.. Pairs(question).Select(p => p.LeftKey)];

    /// <summary>
    /// "targets": the right items' ids, which each left item's select list offers; "targetKeys": their identities, in
    /// the same order (what a saved answer names).
    /// </summary>
    public override IEnumerable<KeyValuePair<string, JsonNode?>> RuntimeSettings(Question question)
    {
        yield return new("targets", new JsonArray([.. DistinctRights(question).Select(p => (JsonNode?)p.RightId.ToString())]));
        yield return new("targetKeys", new JsonArray([.. DistinctRights(question).Select(p => (JsonNode?)p.RightKey)]));
    }

    public override AnswerKey Key(Question question, MarkdownHtml markdown) =>
        AnswerKey.Joined([.. Pairs(question).Select(p => $"{p.LeftId}.{p.RightId}")]);

    public override ActivityDefinition XapiDefinition(Question question, ActivityDefinition common, XapiText text) => common with
    {
        CorrectResponsesPattern = [string.Join("[,]", Pairs(question).Select(p => $"{p.LeftId}[.]{p.RightId}"))],
        Source = [.. Pairs(question).Select(p => text.Component(p.LeftId, p.LeftMarkdown))],
        Target = [.. DistinctRights(question).Select(p => text.Component(p.RightId, p.RightMarkdown))],
    };

    public override string DecoderChoices(Question question, MarkdownHtml markdown) =>
        string.Join(" | ", Pairs(question).Select(p => $"{p.LeftId}: {markdown.PlainText(p.LeftMarkdown)}")
            .Concat(DistinctRights(question).Select(p => $"{p.RightId}: {markdown.PlainText(p.RightMarkdown)}")));

    public override BankQuestion? Describe(Question question, MarkdownHtml markdown) =>
        question.Answer is MatchingAnswer answer
            ? new BankPairs([.. answer.Pairs.Select(p => new BankPair(p.LeftId.ToString(), markdown.RenderFragment(p.LeftMarkdown),
                markdown.PlainText(p.LeftMarkdown), p.RightId.ToString(), markdown.PlainText(p.RightMarkdown)))])
            : null;

    /// <summary>For each left item: no right item chosen, or one of them.</summary>
    public override int SavedStateBits(Question question) => Pairs(question).Count * SavedBits.ToHold(DistinctRights(question).Count() + 1);

    /// <summary>Every left item paired, by identity.</summary>
    public override int KeyedStateBits(Question question) => SavedBits.KeyedPairs(Pairs(question).Count);

    private static IReadOnlyList<MatchPair> Pairs(Question question) => question.Answer is MatchingAnswer answer ? answer.Pairs : [];

    /// <summary>The distinct right-hand items, by id.</summary>
    private static IEnumerable<MatchPair> DistinctRights(Question question) => Pairs(question).DistinctBy(p => p.RightId).OrderBy(p => p.RightId);

    [GeneratedRegex(@"^(?<left>.+?)\s+(?:->|=>|→|←)\s+(?<right>.+)$", RegexOptions.Singleline)]
    private static partial Regex PairArrow();
}
