using System.Text.Json.Nodes;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Xapi;

namespace CivilSociety.Scorm.Questions;

/// <summary>
/// One question type, as the stages call it: a question holds its type (Model/Question.Type) and its answer, and each
/// stage hands the answer to the type; no stage switches on type names. A type is written as a
/// <see cref="QuestionType{TAnswer}"/>, which says what each call does. The runtime's twin of each type is the module
/// packaging/runtime/src/questions/types/NAME.js; every type is listed in <see cref="QuestionTypeRegistry"/>.
/// </summary>
/// <remarks>
/// The answer is null when it could not be read (each problem was reported): such a question is checked for nothing
/// more, is counted at its emptiest in the saved state, and never reaches the page (its errors stop the build first).
/// </remarks>
internal abstract class QuestionType
{
    /// <summary>type=NAME in the heading, "type" in the course data, the runtime module's name.</summary>
    public abstract string Name { get; }

    /// <summary>cmi.interactions.n.type in SCORM 1.2's vocabulary (also xAPI's interactionType).</summary>
    public abstract string InteractionType { get; }

    /// <summary>The heading attributes of this type's own, besides id, outcomes, type and weight (answer=, maxlength=).</summary>
    public virtual IReadOnlyList<string> Attributes => [];

    /// <summary>False for types answered in the heading (answer=...): a list under them is an error.</summary>
    public virtual bool TakesList => true;

    /// <summary>True when a quote under a listed item is that item's feedback (choices).</summary>
    public virtual bool ItemsHaveFeedback => false;

    /// <summary>What an author can do when this type's answers fill the saved state; null: nothing but fewer questions.</summary>
    public virtual string? SavedStateAdvice => null;

    /// <summary>The answer as the author wrote it, or null when it cannot be read (each problem reported).</summary>
    public abstract QuestionAnswer? Read(QuestionSource source, DiagnosticBag diagnostics);

    public abstract void Validate(QuestionAnswer? answer, SourceSpan location, string label, DiagnosticBag diagnostics);

    public abstract void RenderControls(QuestionAnswer? answer, QuestionMarkup markup);

    public abstract IEnumerable<string> MarkdownOf(QuestionAnswer? answer);

    public abstract IReadOnlyList<string> ChoiceIds(QuestionAnswer? answer);

    public abstract IReadOnlyList<string> ChoiceKeys(QuestionAnswer? answer);

    public abstract IEnumerable<KeyValuePair<string, JsonNode?>> RuntimeSettings(QuestionAnswer? answer);

    public abstract IReadOnlyList<string> ItemTexts(QuestionAnswer? answer, MarkdownHtml markdown);

    public abstract IReadOnlyList<TargetItem> Targets(QuestionAnswer? answer, MarkdownHtml markdown);

    public abstract AnswerKey Key(QuestionAnswer? answer, MarkdownHtml markdown);

    public abstract ActivityDefinition XapiDefinition(QuestionAnswer? answer, ActivityDefinition common, XapiText text);

    public abstract string DecoderChoices(QuestionAnswer? answer, MarkdownHtml markdown);

    public abstract string DecoderAnswer(QuestionAnswer? answer, MarkdownHtml markdown);

    /// <summary>
    /// Whether a recorded SCORM 1.2 learner_response ("a,c", "t", "a.1,b.2", "15", the text) answers right, by this
    /// type's rules against its <paramref name="key"/>: for a report whose result column is empty. Null: the course
    /// cannot tell (a type without the rule, or a spelling only the runtime's folding would accept).
    /// </summary>
    public abstract bool? Judge(QuestionAnswer? answer, AnswerKey key, string response);

    public abstract BankQuestion? Describe(QuestionAnswer? answer, MarkdownHtml markdown);

    public abstract int SavedStateBits(QuestionAnswer? answer);

    public abstract int KeyedStateBits(QuestionAnswer? answer);

    /// <summary>A question of a list type must list something: reports it when <paramref name="count"/> items were read.</summary>
    /// <param name="help">What to write, in this type's syntax; null: the general advice.</param>
    /// <param name="what">What the list holds, in the author's words for this type: "choices", "accepted answers".</param>
    protected static void RequireItems(int count, QuestionSource source, string? help, DiagnosticBag diagnostics, string what = "choices")
    {
        if (count > 0)
        {
            return;
        }

        if (help is null)
        {
            diagnostics.Report(DiagnosticCatalog.QuestionHasNoChoices, source.Location, source.Label, what);
        }
        else
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.QuestionHasNoChoices, source.Location, help, source.Label, what);
        }
    }
}
