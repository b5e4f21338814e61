using System.Globalization;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Xapi;

namespace CivilSociety.Scorm.Questions.Types;

/// <summary>The accepted numbers: one (Min == Max) or an inclusive range.</summary>
internal sealed record NumericAnswer(decimal Min, decimal Max) : QuestionAnswer
{
    public bool IsExact => Min == Max;
}

/// <summary>
/// <c>type=numeric answer=4</c> or <c>answer=10..20</c>: a text box for a number (Arabic-Indic digits and a decimal
/// comma accepted); SCORM "numeric", pattern the number (a range by its lower bound: SCORM 1.2 has no range pattern).
/// Saved as the typed text, in the numeric alphabet the box accepts (6 bits a character).
/// </summary>
internal sealed class NumericQuestion : QuestionType<NumericAnswer>
{
    /// <summary>The longest number a learner may type: digits, sign, decimal point.</summary>
    public const int MaxLength = RuntimeContract.SavedState.NumericMaxLength;

    public override string Name => "numeric";

    public override string InteractionType => "numeric";

    public override IReadOnlyList<string> Attributes => ["answer"];

    public override bool TakesList => false;

    public override QuestionAnswer? Read(QuestionSource source, DiagnosticBag diagnostics)
    {
        if (source.RequiredAnswer(Name, "answer=42 or answer=10..20", diagnostics) is not { } answer)
        {
            return null;
        }

        var parts = answer.Split("..");
        var numbers = parts.Select(AttributeValues.Decimal).ToList();
        if (parts.Length is 1 or 2 && numbers.All(n => n is not null))
        {
            return new NumericAnswer(numbers[0]!.Value, numbers[^1]!.Value);
        }

        diagnostics.Report(DiagnosticCatalog.InvalidAttributeValue, source.At("answer"), "answer", answer, "a number (42, -1.5) or a range (10..20)");
        return null;
    }

    protected override NumericAnswer Unread { get; } = new(0, 0);

    protected override void Validate(NumericAnswer answer, SourceSpan location, string label, DiagnosticBag diagnostics)
    {
        if (answer.Min > answer.Max)
        {
            diagnostics.Report(DiagnosticCatalog.NumericRangeReversed, location, label, answer.Min, answer.Max);
        }
    }

    protected override void RenderControls(NumericAnswer answer, QuestionMarkup markup) => markup.AppendTextBox(MaxLength, inputMode: "decimal");

    protected override AnswerKey Key(NumericAnswer answer, MarkdownHtml markdown) => AnswerKey.FirstOf([Number(answer.Min), Number(answer.Max)]);

    /// <summary>Right when the response is a number (as SCORM records it: invariant) within [Min, Max].</summary>
    protected override bool? Judge(NumericAnswer answer, AnswerKey key, string response) =>
        decimal.TryParse(response.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= answer.Min && value <= answer.Max;

    protected override ActivityDefinition XapiDefinition(NumericAnswer answer, ActivityDefinition common, XapiText text) =>
        common with { CorrectResponsesPattern = [answer.IsExact ? Number(answer.Min) : $"{Number(answer.Min)}[:]{Number(answer.Max)}"] };

    protected override string DecoderAnswer(NumericAnswer answer, MarkdownHtml markdown) =>
        answer.IsExact ? Key(answer, markdown).Pattern : $"{Number(answer.Min)}..{Number(answer.Max)}";

    protected override BankQuestion Describe(NumericAnswer answer, MarkdownHtml markdown) => new BankNumber(answer.Min, answer.Max);

    /// <summary>The typed number: its length, then each character's place in the numeric alphabet (the box takes no other).</summary>
    protected override int SavedStateBits(NumericAnswer answer) =>
        SavedBits.ToHold(MaxLength + 1) + (MaxLength * SavedBits.ToHold(RuntimeContract.SavedState.NumericAlphabet.Length));

    protected override int KeyedStateBits(NumericAnswer answer) => SavedBits.KeyedText(MaxLength);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
