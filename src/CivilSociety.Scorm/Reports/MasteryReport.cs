using System.Text.Json.Serialization;

namespace CivilSociety.Scorm.Reports;

/// <summary>
/// A learner's standing on one outcome: score 0-100 and mastered (at or above the passing score); null: not assessed.
/// Answered of Questions: how many of the outcome's questions the score counts (those of the quizzes the learner
/// submitted), of how many it has (less a pool's questions that a submitted attempt did not draw: the learner never saw
/// them); Answered is null when only an objectives report was read, which does not say.
/// </summary>
public sealed record OutcomeCell(string OutcomeId, decimal? Score, bool? Mastered, string Source, int? Answered, int Questions);

/// <summary>A learner's row of the heat map, from the attempt the report counts (their latest).</summary>
public sealed record LearnerRow(string Learner, string Name, string Attempt, IReadOnlyList<OutcomeCell> Outcomes);

/// <summary>An outcome across learners: how many were assessed on it and how many mastered it.</summary>
public sealed record OutcomeSummary(string Id, string Text, int Depth, int QuestionCount, int Assessed, int Mastered, decimal? PassRate);

/// <summary>A question across learners: how many answered, the share right (its facility: low is hard), the most chosen wrong answer.</summary>
public sealed record QuestionSummary(
    string Id, string Section, string Text, IReadOnlyList<string> Outcomes, int Weight, int Answered, int Correct, decimal? Facility,
    string? CommonWrongResponse, string? CommonWrongAnswer, int CommonWrongCount);

/// <summary>The per-outcome mastery report: the course, each learner's outcomes, each outcome's and question's figures.</summary>
public sealed record MasteryReport(
    string CourseId, string CourseTitle, string Language, string Direction, int PassingScore,
    IReadOnlyList<OutcomeSummary> Outcomes, IReadOnlyList<LearnerRow> Learners, IReadOnlyList<QuestionSummary> Questions,
    IReadOnlyList<string> Sources);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(MasteryReport))]
[JsonSerializable(typeof(List<CoverageRow>))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
