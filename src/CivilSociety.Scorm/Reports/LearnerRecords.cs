namespace CivilSociety.Scorm.Reports;

/// <summary>A learner as the LMS or LRS names them: a stable key (name and identity fields, or the xAPI actor) and a display name.</summary>
internal sealed record Learner(string Key, string Name);

/// <summary>
/// One answer the LMS recorded: who, in which attempt, in what order, to which interaction (SECTION.QUESTION), the
/// response in SCORM 1.2's form ("a,c", "t", "a.1,b.2", the text) and whether it was right (null: not recorded).
/// </summary>
internal sealed record AnswerRecord(Learner Learner, string Attempt, long Order, string InteractionId, string Response, bool? Correct);

/// <summary>One outcome's record (cmi.objectives.n): status passed, failed, incomplete...; score 0-100 when recorded.</summary>
internal sealed record ObjectiveRecord(Learner Learner, string Attempt, long Order, string OutcomeId, string Status, decimal? Score);

/// <summary>Everything read from the reports and the LRS, in the order read.</summary>
internal sealed class LearnerRecords
{
    public List<AnswerRecord> Answers { get; } = [];

    public List<ObjectiveRecord> Objectives { get; } = [];

    /// <summary>Each file or source read, with what it held, for the report's footer ("interactions report: 3 attempts").</summary>
    public List<string> Sources { get; } = [];
}
