using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
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
[RegisteredQuestionType(Order = 3)]
internal sealed class TrueFalseQuestion : QuestionType
{
    public override string Name => "true-false";

    public override string InteractionType => "true-false";

    public override IReadOnlyList<string> Attributes => ["answer"];

    public override bool TakesList => false;

    public override QuestionAnswer? Read(QuestionSource source, DiagnosticBag diagnostics)
    {
        return source.RequiredAnswer(Name, "answer=true or answer=false", diagnostics) is { } answer
            && AttributeValues.Boolean("answer", answer, source.Location, diagnostics) is { } isTrue
            ? new TrueFalseAnswer(isTrue)
            : null;
    }

    public override void RenderControls(Question question, QuestionMarkup markup)
    {
        var list = markup.AppendChoiceList();
        foreach (var (letter, stringKey) in new[] { ('t', RuntimeContract.Strings.True), ('f', RuntimeContract.Strings.False) })
        {
            markup.AppendOption(list, "radio", letter).Label.SetAttribute(RuntimeContract.Attributes.String, stringKey);
        }
    }

    public override AnswerKey Key(Question question, MarkdownHtml markdown) =>
        AnswerKey.FirstOf([question.Answer is TrueFalseAnswer answer ? answer.Letter : "t"]);

    public override ActivityDefinition XapiDefinition(Question question, ActivityDefinition common, XapiText text) =>
        common with { CorrectResponsesPattern = [question.Answer is TrueFalseAnswer { IsTrue: false } ? "false" : "true"] };

    public override string DecoderChoices(Question question, MarkdownHtml markdown) => "t: true | f: false";

    public override BankQuestion? Describe(Question question, MarkdownHtml markdown) =>
        question.Answer is TrueFalseAnswer answer ? new BankTrueFalse(answer.IsTrue) : null;

    /// <summary>Not answered, true or false.</summary>
    public override int SavedStateBits(Question question) => SavedBits.ToHold(3);

    public override int KeyedStateBits(Question question) => SavedBits.KeyedIds(1);
}
