using System.Text.Json.Nodes;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Xapi;

namespace CivilSociety.Scorm.Questions.Types;

/// <summary>How a typed answer is compared with the accepted ones.</summary>
/// <param name="CaseSensitive">Letter case counts (off by default).</param>
/// <param name="NormalizeArabic">Diacritics, tatweel, alef/hamza forms, taa marbuta and alef maqsura are folded.</param>
/// <param name="MaxLength">The longest answer the learner may type (it bounds cmi.suspend_data).</param>
internal sealed record FillInOptions(bool CaseSensitive, bool NormalizeArabic, int MaxLength)
{
    public const int DefaultMaxLength = 60;
}

/// <summary>The accepted answers (all marked [x], or unmarked) and how a typed answer is compared with them.</summary>
internal sealed record FillInAnswer(IReadOnlyList<Choice> Accepted, FillInOptions Options) : QuestionAnswer;

/// <summary>
/// <c>type=fill-in</c>: a text box; the typed text is compared with every accepted answer after trimming and folding
/// spaces and case (and, in Arabic, diacritics and letter forms). SCORM "fill-in", pattern the first accepted answer.
/// Saved as the typed text, 16 bits a UTF-16 unit.
/// </summary>
internal sealed partial class FillInQuestion : QuestionType<FillInAnswer>
{
    public override string Name => "fill-in";

    public override string InteractionType => "fill-in";

    public override IReadOnlyList<string> Attributes => ["case-sensitive", "normalize", "maxlength"];

    public override QuestionAnswer? Read(QuestionSource source, DiagnosticBag diagnostics)
    {
        var arabic = source.Language.Split('-')[0].Equals("ar", StringComparison.OrdinalIgnoreCase);
        var options = new FillInOptions(CaseSensitive: false, NormalizeArabic: arabic, FillInOptions.DefaultMaxLength);
        foreach (var (key, value) in source.Attributes)
        {
            options = key switch
            {
                "case-sensitive" => options with { CaseSensitive = AttributeValues.Boolean(key, value, source.At(key), diagnostics) ?? false },
                "normalize" => options with { NormalizeArabic = AttributeValues.OneOf(key, value, ["arabic", "none"], source.At(key), diagnostics) is "arabic" },
                "maxlength" => options with { MaxLength = AttributeValues.Integer(key, value, 1, 255, source.At(key), diagnostics) ?? FillInOptions.DefaultMaxLength },
                _ => options,
            };
        }

        var accepted = new List<Choice>();
        foreach (var item in source.Items)
        {
            if (item.Mark is false)
            {
                diagnostics.Report(DiagnosticCatalog.WrongAnswerInFillIn, item.Location);
                continue;
            }

            if (item.ExplicitId is { } id)
            {
                diagnostics.Report(DiagnosticCatalog.ChoiceIdNotUsed, item.Location, Name, id);
            }

            accepted.Add(new Choice(QuestionSource.Letter(accepted.Count), IsCorrect: true, item.Text, item.Feedback, item.Location));
        }

        RequireItems(accepted.Count, source, "list the accepted answers under the heading: '- [x] Paris', one per line", diagnostics, "accepted answers");
        return new FillInAnswer(accepted, options);
    }

    protected override FillInAnswer Unread { get; } = new([], new FillInOptions(false, false, FillInOptions.DefaultMaxLength));

    protected override void Validate(FillInAnswer answer, SourceSpan location, string label, DiagnosticBag diagnostics)
    {
        ListedChoices.CheckTexts(answer.Accepted, label, diagnostics);
        BracesAreText(answer.Accepted, label, diagnostics);
        foreach (var accepted in answer.Accepted.Where(c => c.Markdown.Length > answer.Options.MaxLength))
        {
            diagnostics.Report(DiagnosticCatalog.FillInAnswerTooLong, accepted.Location, label, accepted.Markdown.Length, answer.Options.MaxLength);
        }
    }

    /// <summary>
    /// An accepted answer is compared as its plain text, and Markdown reads "{...}" as attributes of the text before
    /// it: "evap~or{at}ing" would accept "evap~oring". Each brace pair the plain text loses is SCO3054, with the escaped
    /// spelling ("\{") that keeps it.
    /// </summary>
    private static void BracesAreText(IReadOnlyList<Choice> accepted, string label, DiagnosticBag diagnostics)
    {
        MarkdownHtml? markdown = null;
        foreach (var choice in accepted.Where(c => c.Markdown.Contains('{', StringComparison.Ordinal)))
        {
            markdown ??= new MarkdownHtml(MarkdownPipelineFactory.Shared);
            var text = markdown.PlainText(choice.Markdown);
            foreach (var braces in UnescapedBraces().Matches(choice.Markdown).Select(m => m.Value).Where(b => !text.Contains(b, StringComparison.Ordinal)))
            {
                var escaped = UnescapedBraces().Replace(choice.Markdown, m => "\\" + m.Value);
                diagnostics.Report(DiagnosticCatalog.AttributesInAcceptedAnswer, choice.Location, label, choice.Markdown.Trim(), braces, text, escaped.Trim());
                break;
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\\)\{[^{}]*\}")]
    private static partial System.Text.RegularExpressions.Regex UnescapedBraces();

    protected override void RenderControls(FillInAnswer answer, QuestionMarkup markup) =>
        markup.AppendTextBox(answer.Options.MaxLength, inputMode: null);

    protected override IReadOnlyList<string> ChoiceIds(FillInAnswer answer) => ListedChoices.Letters(answer.Accepted);

    protected override IEnumerable<KeyValuePair<string, JsonNode?>> RuntimeSettings(FillInAnswer answer)
    {
        var options = answer.Options;
        yield return new("fillIn", new JsonObject
        {
            ["caseSensitive"] = options.CaseSensitive,
            ["normalizeArabic"] = options.NormalizeArabic,
            ["maxLength"] = options.MaxLength,
        });
    }

    protected override AnswerKey Key(FillInAnswer answer, MarkdownHtml markdown) =>
        AnswerKey.FirstOf([.. answer.Accepted.Select(c => markdown.PlainText(c.Markdown))]);

    /// <summary>
    /// Right when the response is one of the accepted texts (trimmed; letter case as the question says). Otherwise
    /// wrong, unless the question folds Arabic: then another spelling may be one the runtime accepted (null).
    /// </summary>
    protected override bool? Judge(FillInAnswer answer, AnswerKey key, string response)
    {
        var comparison = answer.Options.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return key.Correct.Any(accepted => string.Equals(accepted.Trim(), response.Trim(), comparison)) ? true
            : answer.Options.NormalizeArabic ? null
            : false;
    }

    protected override ActivityDefinition XapiDefinition(FillInAnswer answer, ActivityDefinition common, XapiText text) => common with
    {
        CorrectResponsesPattern = [.. Key(answer, text.Markdown).Correct.Select(a => answer.Options.CaseSensitive ? "{case_matters=true}" + a : a)],
    };

    protected override string DecoderAnswer(FillInAnswer answer, MarkdownHtml markdown) => string.Join(" | ", Key(answer, markdown).Correct);

    protected override BankQuestion Describe(FillInAnswer answer, MarkdownHtml markdown) =>
        new BankShortAnswer(Key(answer, markdown).Correct, answer.Options.CaseSensitive, answer.Options.NormalizeArabic);

    protected override int SavedStateBits(FillInAnswer answer) => SavedBits.Text(answer.Options.MaxLength);

    protected override int KeyedStateBits(FillInAnswer answer) => SavedBits.KeyedText(answer.Options.MaxLength);

    public override string SavedStateAdvice => "lower their maxlength= (the most a learner may type; each letter takes about three characters)";
}
