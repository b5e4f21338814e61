using System.Globalization;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
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
[RegisteredQuestionType(Order = 5)]
internal sealed class NumericQuestion : QuestionType
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

        diagnostics.Report(DiagnosticCatalog.InvalidAttributeValue, source.Location, "answer", answer, "a number (42, -1.5) or a range (10..20)");
        return null;
    }

    public override void Validate(Question question, string label, DiagnosticBag diagnostics)
    {
        if (question.Answer is NumericAnswer answer && answer.Min > answer.Max)
        {
            diagnostics.Report(DiagnosticCatalog.NumericRangeReversed, question.Location, label, answer.Min, answer.Max);
        }
    }

    public override void RenderControls(Question question, QuestionMarkup markup) => markup.AppendTextBox(MaxLength, inputMode: "decimal");

    public override AnswerKey Key(Question question, MarkdownHtml markdown) =>
        AnswerKey.FirstOf(question.Answer is NumericAnswer answer ? [Number(answer.Min), Number(answer.Max)] : []);

    public override ActivityDefinition XapiDefinition(Question question, ActivityDefinition common, XapiText text) =>
        question.Answer is NumericAnswer answer
            ? common with { CorrectResponsesPattern = [answer.IsExact ? Number(answer.Min) : $"{Number(answer.Min)}[:]{Number(answer.Max)}"] }
            : common;

    public override string DecoderAnswer(Question question, MarkdownHtml markdown) =>
        question.Answer is NumericAnswer { IsExact: false } range ? $"{range.Min}..{range.Max}" : Key(question, markdown).Pattern;

    public override BankQuestion? Describe(Question question, MarkdownHtml markdown) =>
        question.Answer is NumericAnswer answer ? new BankNumber(answer.Min, answer.Max) : null;

    /// <summary>The typed number: its length, then each character's place in the numeric alphabet (the box takes no other).</summary>
    public override int SavedStateBits(Question question) =>
        SavedBits.ToHold(MaxLength + 1) + (MaxLength * SavedBits.ToHold(RuntimeContract.SavedState.NumericAlphabet.Length));

    public override int KeyedStateBits(Question question) => SavedBits.KeyedText(MaxLength);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
