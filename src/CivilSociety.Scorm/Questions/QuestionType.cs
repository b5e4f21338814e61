using System.Text.Json.Nodes;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Xapi;

namespace CivilSociety.Scorm.Questions;

/// <summary>
/// One question type, whole: how an author writes it, what is wrong with it, the controls a learner answers with,
/// its correct answer as the runtime judges it and SCORM records it, its xAPI definition, its row in the teachers'
/// decoder and its room in the saved state. Each stage asks <see cref="QuestionTypeRegistry"/> for the type of a
/// question and calls it; no stage switches on type names. The runtime's twin of each type is the module
/// packaging/runtime/src/questions/types/NAME.js.
/// </summary>
internal abstract class QuestionType
{
    /// <summary>type=NAME in the heading, data-type in the page, "type" in the course data, the runtime module's name.</summary>
    public abstract string Name { get; }

    /// <summary>cmi.interactions.n.type in SCORM 1.2's vocabulary (also xAPI's interactionType).</summary>
    public abstract string InteractionType { get; }

    // ---- Reading (Parsing) ------------------------------------------------------------------------------------------

    /// <summary>The heading attributes of this type's own, besides id, outcomes, type and weight (answer=, maxlength=).</summary>
    public virtual IReadOnlyList<string> Attributes => [];

    /// <summary>False for types answered in the heading (answer=...): a list under them is an error.</summary>
    public virtual bool TakesList => true;

    /// <summary>True when a quote under a listed item is that item's feedback (choices).</summary>
    public virtual bool ItemsHaveFeedback => false;

    /// <summary>The answer as the author wrote it, or null when it cannot be read (each problem reported).</summary>
    public abstract QuestionAnswer? Read(QuestionSource source, DiagnosticBag diagnostics);

    /// <summary>A question of a list type must list something: reports it when <paramref name="count"/> items were read.</summary>
    /// <param name="help">What to write, in this type's syntax; null: the general advice.</param>
    protected static void RequireItems(int count, QuestionSource source, string? help, DiagnosticBag diagnostics)
    {
        if (count > 0)
        {
            return;
        }

        if (help is null)
        {
            diagnostics.Report(DiagnosticCatalog.QuestionHasNoChoices, source.Location, source.Label);
        }
        else
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.QuestionHasNoChoices, source.Location, help, source.Label);
        }
    }

    // ---- Checking (Validation) --------------------------------------------------------------------------------------

    /// <summary>The rules of this type (counts, ranges, duplicates); <paramref name="label"/> names the question.</summary>
    public virtual void Validate(Question question, string label, DiagnosticBag diagnostics)
    {
    }

    // ---- The page (Rendering) ---------------------------------------------------------------------------------------

    /// <summary>Appends the controls the learner answers with to the question's fieldset.</summary>
    public abstract void RenderControls(Question question, QuestionMarkup markup);

    /// <summary>The Markdown texts the controls render as nodes (parsed in one batch beforehand).</summary>
    public virtual IEnumerable<string> MarkdownOf(Question question) => [];

    /// <summary>The ids of the choices or items the learner picks from or orders (course data "choices").</summary>
    public virtual IReadOnlyList<string> ChoiceIds(Question question) => [];

    /// <summary>
    /// The identities of the same choices or items, in the same order (course data "keys"; Questions/ChoiceIdentity):
    /// what a saved answer names, so that it survives an update. Empty: the ids are the identities (true-false), or
    /// the answer is typed.
    /// </summary>
    public virtual IReadOnlyList<string> ChoiceKeys(Question question) => [];

    /// <summary>Settings of this type the runtime needs, as extra course-data properties of the question.</summary>
    public virtual IEnumerable<KeyValuePair<string, JsonNode?>> RuntimeSettings(Question question) => [];

    /// <summary>The correct answer as the runtime judges it, and as SCORM 1.2 records it.</summary>
    public abstract AnswerKey Key(Question question, MarkdownHtml markdown);

    // ---- Reports: xAPI, teachers ------------------------------------------------------------------------------------

    /// <summary>
    /// The xAPI interaction definition: <paramref name="common"/> (type, name, description, interactionType) with the
    /// correct response patterns and the components of this type.
    /// </summary>
    public abstract ActivityDefinition XapiDefinition(Question question, ActivityDefinition common, XapiText text);

    /// <summary>The decoder's "choices" cell: every id the reports show, with its text.</summary>
    public virtual string DecoderChoices(Question question, MarkdownHtml markdown) => "";

    /// <summary>The decoder's "correct_answer" cell.</summary>
    public virtual string DecoderAnswer(Question question, MarkdownHtml markdown) => Key(question, markdown).Pattern;

    // ---- Question banks (Export) ------------------------------------------------------------------------------------

    /// <summary>The question's answer in a shape question banks share (choices, a number, pairs...); null when unread.</summary>
    public abstract BankQuestion? Describe(Question question, MarkdownHtml markdown);

    // ---- The saved state --------------------------------------------------------------------------------------------

    /// <summary>The bits this question's answer takes in the saved state (docs/runtime-contract.md, "The saved state").</summary>
    public abstract int SavedStateBits(Question question);

    /// <summary>
    /// The bits its widest answer takes in the keyed saved state, by identity (SavedBits.KeyedIds, KeyedPairs,
    /// KeyedText): the runtime's toKeyed of the type's worstCaseAnswer.
    /// </summary>
    public abstract int KeyedStateBits(Question question);

    /// <summary>What an author can do when this type's answers fill the saved state; null: nothing but fewer questions.</summary>
    public virtual string? SavedStateAdvice => null;
}
