namespace CivilSociety.Scorm.Questions.Types;

/// <summary>
/// <c>type=single</c> (the default): a task list with exactly one <c>[x]</c>, shown as radio buttons; SCORM "choice",
/// pattern "b". Saved as the chosen letter.
/// </summary>
internal sealed class SingleChoiceQuestion : ChoiceQuestionType
{
    public override string Name => "single";

    protected override string InputType => "radio";

    protected override bool SeveralMayBeCorrect => false;

    /// <summary>No choice, or the chosen one.</summary>
    protected override int SavedStateBits(ChoiceAnswer answer) => SavedBits.ToHold(answer.Choices.Count + 1);

    /// <summary>The chosen choice, by identity.</summary>
    protected override int KeyedStateBits(ChoiceAnswer answer) => SavedBits.KeyedIds(answer.Choices.Count > 0 ? 1 : 0);
}
