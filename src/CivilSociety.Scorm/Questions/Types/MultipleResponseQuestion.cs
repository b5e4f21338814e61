namespace CivilSociety.Scorm.Questions.Types;

/// <summary>
/// <c>type=multiple</c>: a task list with one or more <c>[x]</c>, all of which must be picked, shown as check boxes;
/// SCORM "choice", pattern "a,c". Saved as the chosen letters, sorted.
/// </summary>
internal sealed class MultipleResponseQuestion : ChoiceQuestionType
{
    public override string Name => "multiple";

    protected override string InputType => "checkbox";

    protected override bool SeveralMayBeCorrect => true;

    /// <summary>One bit per choice: picked or not.</summary>
    protected override int SavedStateBits(ChoiceAnswer answer) => answer.Choices.Count;

    /// <summary>Every choice chosen, by identity.</summary>
    protected override int KeyedStateBits(ChoiceAnswer answer) => SavedBits.KeyedIds(answer.Choices.Count);
}
