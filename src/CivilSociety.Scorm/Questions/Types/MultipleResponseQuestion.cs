using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Questions.Types;

/// <summary>
/// <c>type=multiple</c>: a task list with one or more <c>[x]</c>, all of which must be picked, shown as check boxes;
/// SCORM "choice", pattern "a,c". Saved as the chosen letters, sorted.
/// </summary>
[RegisteredQuestionType(Order = 2)]
internal sealed class MultipleResponseQuestion : ChoiceQuestionType
{
    public override string Name => "multiple";

    protected override string InputType => "checkbox";

    protected override bool SeveralMayBeCorrect => true;

    /// <summary>One bit per choice: picked or not.</summary>
    public override int SavedStateBits(Question question) => question.Answer is ChoiceAnswer answer ? answer.Choices.Count : 0;

    /// <summary>Every choice chosen, by identity.</summary>
    public override int KeyedStateBits(Question question) => SavedBits.KeyedIds(question.Answer is ChoiceAnswer answer ? answer.Choices.Count : 0);
}
