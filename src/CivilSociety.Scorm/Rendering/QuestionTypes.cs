using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Rendering;

/// <summary>The names of question types in the page and the course data, and their SCORM 1.2 interaction types.</summary>
internal static class QuestionTypes
{
    public static string Name(QuestionType type) => type switch
    {
        QuestionType.SingleChoice => "single",
        QuestionType.MultipleResponse => "multiple",
        QuestionType.TrueFalse => "true-false",
        QuestionType.FillIn => "fill-in",
        QuestionType.Numeric => "numeric",
        QuestionType.Matching => "matching",
        QuestionType.Sequencing => "sequencing",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>cmi.interactions.n.type in the SCORM 1.2 vocabulary.</summary>
    public static string ScormInteractionType(QuestionType type) => type switch
    {
        QuestionType.SingleChoice or QuestionType.MultipleResponse => "choice",
        QuestionType.TrueFalse => "true-false",
        QuestionType.FillIn => "fill-in",
        QuestionType.Numeric => "numeric",
        QuestionType.Matching => "matching",
        QuestionType.Sequencing => "sequencing",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
