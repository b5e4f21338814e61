using System.Text.Json.Nodes;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Xapi;

namespace CivilSociety.Scorm.Questions;

/// <summary>
/// A question type whose answer is a <typeparamref name="TAnswer"/>, whole: how an author writes it, what is wrong
/// with it, the controls a learner answers with, its correct answer as the runtime judges it and SCORM records it, its
/// xAPI definition, its row in the teachers' decoder, its form in question banks and its room in the saved state.
/// The answer the model holds is cast to <typeparamref name="TAnswer"/> here, once; a type works on its own answer.
/// </summary>
internal abstract class QuestionType<TAnswer> : QuestionType
    where TAnswer : QuestionAnswer
{
    /// <summary>The answer of a question whose answer could not be read: the emptiest one (its saved-state room).</summary>
    protected abstract TAnswer Unread { get; }

    // ---- Checking (Validation) --------------------------------------------------------------------------------------

    /// <summary>The rules of this type (counts, ranges, duplicates); <paramref name="label"/> names the question.</summary>
    protected virtual void Validate(TAnswer answer, SourceSpan location, string label, DiagnosticBag diagnostics)
    {
    }

    // ---- The page (Rendering) ---------------------------------------------------------------------------------------

    /// <summary>Appends the controls the learner answers with to the question's fieldset.</summary>
    protected abstract void RenderControls(TAnswer answer, QuestionMarkup markup);

    /// <summary>The Markdown texts the controls render as nodes (parsed in one batch beforehand).</summary>
    protected virtual IEnumerable<string> MarkdownOf(TAnswer answer) => [];

    /// <summary>The ids of the choices or items the learner picks from or orders (course data "choices").</summary>
    protected virtual IReadOnlyList<string> ChoiceIds(TAnswer answer) => [];

    /// <summary>
    /// The identities of the same choices or items, in the same order (course data "keys"; Questions/ChoiceIdentity):
    /// what a saved answer names, so that it survives an update. Empty: the ids are the identities (true-false), or
    /// the answer is typed.
    /// </summary>
    protected virtual IReadOnlyList<string> ChoiceKeys(TAnswer answer) => [];

    /// <summary>Settings of this type the runtime needs, as extra course-data properties of the question.</summary>
    protected virtual IEnumerable<KeyValuePair<string, JsonNode?>> RuntimeSettings(TAnswer answer) => [];

    /// <summary>The plain texts of the choices or items, in the order of <see cref="ChoiceIds(TAnswer)"/> (the course snapshot).</summary>
    protected virtual IReadOnlyList<string> ItemTexts(TAnswer answer, MarkdownHtml markdown) => [];

    /// <summary>What the items are paired with (matching's right items), by id, identity and text; empty for most types.</summary>
    protected virtual IReadOnlyList<TargetItem> Targets(TAnswer answer, MarkdownHtml markdown) => [];

    /// <summary>The correct answer as the runtime judges it, and as SCORM 1.2 records it.</summary>
    protected abstract AnswerKey Key(TAnswer answer, MarkdownHtml markdown);

    // ---- Reports: xAPI, teachers ------------------------------------------------------------------------------------

    /// <summary>
    /// The xAPI interaction definition: <paramref name="common"/> (type, name, description, interactionType) with the
    /// correct response patterns and the components of this type.
    /// </summary>
    protected abstract ActivityDefinition XapiDefinition(TAnswer answer, ActivityDefinition common, XapiText text);

    /// <summary>The decoder's "choices" cell: every id the reports show, with its text.</summary>
    protected virtual string DecoderChoices(TAnswer answer, MarkdownHtml markdown) => "";

    /// <summary>The decoder's "correct_answer" cell.</summary>
    protected virtual string DecoderAnswer(TAnswer answer, MarkdownHtml markdown) => Key(answer, markdown).Pattern;

    /// <summary>
    /// Whether a recorded SCORM 1.2 learner_response answers right, as the runtime judged it (its types' judge in
    /// packaging/runtime/src/questions/types/): the reports' judge where the LMS kept no result. <paramref name="key"/>
    /// is <see cref="Key(TAnswer, MarkdownHtml)"/>'s. Null: this type cannot tell (the default, until a type says how).
    /// </summary>
    protected virtual bool? Judge(TAnswer answer, AnswerKey key, string response) => null;

    // ---- Question banks (Export) ------------------------------------------------------------------------------------

    /// <summary>The question's answer in a shape question banks share (choices, a number, pairs...).</summary>
    protected abstract BankQuestion Describe(TAnswer answer, MarkdownHtml markdown);

    // ---- The saved state --------------------------------------------------------------------------------------------

    /// <summary>The bits this question's answer takes in the saved state (docs/runtime-contract.md, "The saved state").</summary>
    protected abstract int SavedStateBits(TAnswer answer);

    /// <summary>
    /// The bits its widest answer takes in the keyed saved state, by identity (SavedBits.KeyedIds, KeyedPairs,
    /// KeyedText): the runtime's toKeyed of the type's worstCaseAnswer.
    /// </summary>
    protected abstract int KeyedStateBits(TAnswer answer);

    // ---- The stages' calls, each with the answer cast once ----------------------------------------------------------

    public sealed override void Validate(QuestionAnswer? answer, SourceSpan location, string label, DiagnosticBag diagnostics)
    {
        if (answer is TAnswer read)
        {
            Validate(read, location, label, diagnostics);
        }
    }

    public sealed override bool? Judge(QuestionAnswer? answer, AnswerKey key, string response) =>
        answer is TAnswer read ? Judge(read, key, response) : null;

    public sealed override BankQuestion? Describe(QuestionAnswer? answer, MarkdownHtml markdown) =>
        answer is TAnswer read ? Describe(read, markdown) : null;

    public sealed override void RenderControls(QuestionAnswer? answer, QuestionMarkup markup) => RenderControls(Typed(answer), markup);

    public sealed override IEnumerable<string> MarkdownOf(QuestionAnswer? answer) => MarkdownOf(Typed(answer));

    public sealed override IReadOnlyList<string> ChoiceIds(QuestionAnswer? answer) => ChoiceIds(Typed(answer));

    public sealed override IReadOnlyList<string> ChoiceKeys(QuestionAnswer? answer) => ChoiceKeys(Typed(answer));

    public sealed override IEnumerable<KeyValuePair<string, JsonNode?>> RuntimeSettings(QuestionAnswer? answer) => RuntimeSettings(Typed(answer));

    public sealed override IReadOnlyList<string> ItemTexts(QuestionAnswer? answer, MarkdownHtml markdown) => ItemTexts(Typed(answer), markdown);

    public sealed override IReadOnlyList<TargetItem> Targets(QuestionAnswer? answer, MarkdownHtml markdown) => Targets(Typed(answer), markdown);

    public sealed override AnswerKey Key(QuestionAnswer? answer, MarkdownHtml markdown) => Key(Typed(answer), markdown);

    public sealed override ActivityDefinition XapiDefinition(QuestionAnswer? answer, ActivityDefinition common, XapiText text) =>
        XapiDefinition(Typed(answer), common, text);

    public sealed override string DecoderChoices(QuestionAnswer? answer, MarkdownHtml markdown) => DecoderChoices(Typed(answer), markdown);

    public sealed override string DecoderAnswer(QuestionAnswer? answer, MarkdownHtml markdown) => DecoderAnswer(Typed(answer), markdown);

    public sealed override int SavedStateBits(QuestionAnswer? answer) => SavedStateBits(Typed(answer));

    public sealed override int KeyedStateBits(QuestionAnswer? answer) => KeyedStateBits(Typed(answer));

    /// <summary>The one cast: the answer this type read, or <see cref="Unread"/>.</summary>
    private TAnswer Typed(QuestionAnswer? answer) => answer switch
    {
        null => Unread,
        TAnswer read => read,
        _ => throw new InvalidOperationException($"type={Name} was given a {answer.GetType().Name}, which another type reads"),
    };
}
