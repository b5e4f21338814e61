using System.Text.Json.Nodes;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
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
[RegisteredQuestionType(Order = 4)]
internal sealed partial class FillInQuestion : QuestionType
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
                "case-sensitive" => options with { CaseSensitive = AttributeValues.Boolean(key, value, source.Location, diagnostics) ?? false },
                "normalize" => options with { NormalizeArabic = AttributeValues.OneOf(key, value, ["arabic", "none"], source.Location, diagnostics) is "arabic" },
                "maxlength" => options with { MaxLength = AttributeValues.Integer(key, value, 1, 255, source.Location, diagnostics) ?? FillInOptions.DefaultMaxLength },
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

        RequireItems(accepted.Count, source, "list the accepted answers under the heading: '- [x] Paris', one per line", diagnostics);
        return new FillInAnswer(accepted, options);
    }

    public override void Validate(Question question, string label, DiagnosticBag diagnostics)
    {
        if (question.Answer is not FillInAnswer answer)
        {
            return;
        }

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
            markdown ??= new MarkdownHtml(MarkdownPipelineFactory.Create());
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

    public override void RenderControls(Question question, QuestionMarkup markup) =>
        markup.AppendTextBox(Options(question).MaxLength, inputMode: null);

    public override IReadOnlyList<string> ChoiceIds(Question question) => ListedChoices.Letters(Accepted(question));

    public override IEnumerable<KeyValuePair<string, JsonNode?>> RuntimeSettings(Question question)
    {
        var options = Options(question);
        yield return new("fillIn", new JsonObject
        {
            ["caseSensitive"] = options.CaseSensitive,
            ["normalizeArabic"] = options.NormalizeArabic,
            ["maxLength"] = options.MaxLength,
        });
    }

    public override AnswerKey Key(Question question, MarkdownHtml markdown) =>
        AnswerKey.FirstOf([.. Accepted(question).Select(c => markdown.PlainText(c.Markdown))]);

    public override ActivityDefinition XapiDefinition(Question question, ActivityDefinition common, XapiText text) => common with
    {
        CorrectResponsesPattern = [.. Key(question, text.Markdown).Correct.Select(a => Options(question).CaseSensitive ? "{case_matters=true}" + a : a)],
    };

    public override string DecoderAnswer(Question question, MarkdownHtml markdown) => string.Join(" | ", Key(question, markdown).Correct);

    public override BankQuestion? Describe(Question question, MarkdownHtml markdown) =>
        question.Answer is FillInAnswer answer
            ? new BankShortAnswer(Key(question, markdown).Correct, answer.Options.CaseSensitive, answer.Options.NormalizeArabic)
            : null;

    public override int SavedStateBits(Question question) => SavedBits.Text(Options(question).MaxLength);

    public override int KeyedStateBits(Question question) => SavedBits.KeyedText(Options(question).MaxLength);

    public override string SavedStateAdvice => "lower their maxlength= (the most a learner may type; each letter takes about three characters)";

    private static IReadOnlyList<Choice> Accepted(Question question) => question.Answer is FillInAnswer answer ? answer.Accepted : [];

    private static FillInOptions Options(Question question) =>
        question.Answer is FillInAnswer answer ? answer.Options : new FillInOptions(false, false, FillInOptions.DefaultMaxLength);
}
