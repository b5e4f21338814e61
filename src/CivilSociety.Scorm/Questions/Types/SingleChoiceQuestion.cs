using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Questions.Types;

/// <summary>
/// <c>type=single</c> (the default): a task list with exactly one <c>[x]</c>, shown as radio buttons; SCORM "choice",
/// pattern "b". Saved as the chosen letter.
/// </summary>
[RegisteredQuestionType(Order = 1)]
internal sealed class SingleChoiceQuestion : ChoiceQuestionType
{
    public override string Name => "single";

    protected override string InputType => "radio";

    protected override bool SeveralMayBeCorrect => false;

    /// <summary>No choice, or the chosen one.</summary>
    public override int SavedStateBits(Question question) =>
        SavedBits.ToHold((question.Answer is ChoiceAnswer answer ? answer.Choices.Count : 0) + 1);

    /// <summary>The chosen choice, by identity.</summary>
    public override int KeyedStateBits(Question question) =>
        SavedBits.KeyedIds(question.Answer is ChoiceAnswer { Choices.Count: > 0 } ? 1 : 0);
}
