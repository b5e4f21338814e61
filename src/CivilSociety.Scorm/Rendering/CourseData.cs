namespace CivilSociety.Scorm.Rendering;

/// <summary>What the runtime reads from script#course-data (docs/runtime-contract.md).</summary>
internal sealed record CourseData(
    string Id,
    string Title,
    string Language,
    string Direction,
    int PassingScore,
    IReadOnlyList<CourseData.OutcomeData> Outcomes,
    IReadOnlyList<CourseData.SectionData> Sections,
    IReadOnlyDictionary<string, string> Strings)
{
    internal sealed record OutcomeData(string Id, string? Parent);

    internal sealed record SectionData(string Id, string Title, QuizData? Quiz);

    internal sealed record QuizData(IReadOnlyList<QuestionData> Questions);

    internal sealed record QuestionData(
        string Id, string Type, int Weight, IReadOnlyList<string> Outcomes, IReadOnlyList<string> Choices, IReadOnlyList<string> Correct);
}
