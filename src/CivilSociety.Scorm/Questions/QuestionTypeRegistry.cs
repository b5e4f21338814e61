using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Questions;

/// <summary>
/// Every question type, found at compile time (src/CivilSociety.Scorm.Generators lists each class marked
/// [RegisteredQuestionType]), and the way from a question to its type.
/// </summary>
internal static partial class QuestionTypeRegistry
{
    /// <summary>The type a question gets when its heading names none.</summary>
    public const string DefaultTypeName = "single";

    public static IReadOnlyList<QuestionType> All { get; } = Create();

    private static readonly Dictionary<string, QuestionType> ByName = All.ToDictionary(type => type.Name, StringComparer.Ordinal);

    /// <summary>Every type's own heading attributes, in type order, each once.</summary>
    public static IReadOnlyList<string> TypeAttributes { get; } = [.. All.SelectMany(type => type.Attributes).Distinct(StringComparer.Ordinal)];

    public static QuestionType? Named(string name) => ByName.GetValueOrDefault(name);

    public static QuestionType Of(Question question) => ByName[question.Type];

    private static partial QuestionType[] Create();
}
