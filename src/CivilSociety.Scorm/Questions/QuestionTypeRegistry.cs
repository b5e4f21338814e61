using CivilSociety.Scorm.Questions.Types;

namespace CivilSociety.Scorm.Questions;

/// <summary>
/// Every question type, in the order authors see them listed ("use one of: single, multiple, ..."), and the way from
/// a type's name in a heading to the type. A new type is added to <see cref="All"/>.
/// </summary>
internal static class QuestionTypeRegistry
{
    public static IReadOnlyList<QuestionType> All { get; } =
    [
        new SingleChoiceQuestion(),
        new MultipleResponseQuestion(),
        new TrueFalseQuestion(),
        new FillInQuestion(),
        new NumericQuestion(),
        new MatchingQuestion(),
        new SequencingQuestion(),
    ];

    /// <summary>The type a question gets when its heading names none.</summary>
    public static QuestionType Default => All[0];

    private static readonly Dictionary<string, QuestionType> ByName = All.ToDictionary(type => type.Name, StringComparer.Ordinal);

    /// <summary>Every type's own heading attributes, in type order, each once.</summary>
    public static IReadOnlyList<string> TypeAttributes { get; } = [.. All.SelectMany(type => type.Attributes).Distinct(StringComparer.Ordinal)];

    public static QuestionType? Named(string name) => ByName.GetValueOrDefault(name);
}
