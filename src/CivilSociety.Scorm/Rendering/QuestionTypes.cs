using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Rendering;

/// <summary>The names of question types in the page and in the course data.</summary>
internal static class QuestionTypes
{
    public static string Name(QuestionType type) => type switch
    {
        QuestionType.SingleChoice => "single",
        QuestionType.MultipleResponse => "multiple",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
