using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Xapi;

namespace CivilSociety.Scorm.Questions.Types;

/// <summary>A true-false question's answer.</summary>
internal sealed record TrueFalseAnswer(bool IsTrue) : QuestionAnswer
{
    /// <summary>SCORM 1.2's true-false vocabulary: "t" or "f" (also the radio buttons' values).</summary>
    public string Letter => IsTrue ? "t" : "f";
}

/// <summary>
/// <c>type=true-false answer=true|false</c>: a statement, answered with two radio buttons; SCORM "true-false",
/// pattern "t". Saved as t or f.
/// </summary>
internal sealed class TrueFalseQuestion : QuestionType<TrueFalseAnswer>
{
    public override string Name => "true-false";

    public override string InteractionType => "true-false";

    public override IReadOnlyList<string> Attributes => ["answer"];

    public override bool TakesList => false;

    public override QuestionAnswer? Read(QuestionSource source, DiagnosticBag diagnostics)
    {
        return source.RequiredAnswer(Name, "answer=true or answer=false", diagnostics) is { } answer
            && AttributeValues.Boolean("answer", answer, source.At("answer"), diagnostics) is { } isTrue
            ? new TrueFalseAnswer(isTrue)
            : null;
    }

    protected override TrueFalseAnswer Unread { get; } = new(IsTrue: true);

    protected override void RenderControls(TrueFalseAnswer answer, QuestionMarkup markup)
    {
        var list = markup.AppendChoiceList();
        foreach (var (letter, stringKey) in new[] { ('t', RuntimeContract.Strings.True), ('f', RuntimeContract.Strings.False) })
        {
            markup.AppendOption(list, "radio", letter).Label.SetAttribute(RuntimeContract.Attributes.String, stringKey);
        }
    }

    protected override AnswerKey Key(TrueFalseAnswer answer, MarkdownHtml markdown) => AnswerKey.FirstOf([answer.Letter]);

    /// <summary>Right when the response ("t" or "true", "f" or "false") is the answer; anything else is wrong.</summary>
    protected override bool? Judge(TrueFalseAnswer answer, AnswerKey key, string response) => response.Trim().ToLowerInvariant() switch
    {
        "t" or "true" => answer.IsTrue,
        "f" or "false" => !answer.IsTrue,
        _ => false,
    };

    protected override ActivityDefinition XapiDefinition(TrueFalseAnswer answer, ActivityDefinition common, XapiText text) =>
        common with { CorrectResponsesPattern = [answer.IsTrue ? "true" : "false"] };

    protected override string DecoderChoices(TrueFalseAnswer answer, MarkdownHtml markdown) => "t: true | f: false";

    protected override BankQuestion Describe(TrueFalseAnswer answer, MarkdownHtml markdown) => new BankTrueFalse(answer.IsTrue);

    /// <summary>Not answered, true or false.</summary>
    protected override int SavedStateBits(TrueFalseAnswer answer) => SavedBits.ToHold(3);

    protected override int KeyedStateBits(TrueFalseAnswer answer) => SavedBits.KeyedIds(1);
}
