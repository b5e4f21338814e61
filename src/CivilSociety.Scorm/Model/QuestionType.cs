namespace CivilSociety.Scorm.Model;

internal enum QuestionType
{
    /// <summary>Exactly one correct choice (radio buttons).</summary>
    SingleChoice,

    /// <summary>One or more correct choices, all of which must be picked (check boxes).</summary>
    MultipleResponse,
}
