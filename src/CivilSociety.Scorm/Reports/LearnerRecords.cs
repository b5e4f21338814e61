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

/// <summary>An answer as held: when it came, the response (its number in the question's <see cref="LearnerRecords.Responses"/>), and whether it was right.</summary>
internal readonly record struct HeldAnswer(long Order, int Response, bool? Correct);

/// <summary>One attempt of one learner: each question's latest answer (by question position) and each outcome's latest objective record.</summary>
internal sealed class AttemptRecords
{
    public long LatestOrder { get; set; } = long.MinValue;

    public Dictionary<int, HeldAnswer> Answers { get; } = [];

    public Dictionary<string, ObjectiveRecord> Objectives { get; } = new(StringComparer.Ordinal);
}

/// <summary>A learner and their attempts, by attempt id (Moodle's attempt number, an LRS's registration).</summary>
internal sealed class LearnerAttempts(Learner learner)
{
    public Learner Learner { get; } = learner;

    public Dictionary<string, AttemptRecords> Attempts { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The attempt the report counts: Moodle numbers attempts (the highest is the latest, compared as numbers); an
    /// LRS's registrations are ordered by their statements' times.
    /// </summary>
    public (string Id, AttemptRecords Records) Latest()
    {
        var numbered = Attempts.Keys.All(a => int.TryParse(a, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _));
        var latest = numbered
            ? Attempts.MaxBy(a => int.Parse(a.Key, System.Globalization.CultureInfo.InvariantCulture))
            : Attempts.MaxBy(a => a.Value.LatestOrder);
        return (latest.Key, latest.Value);
    }
}

/// <summary>
/// Everything read from the reports and the LRS, folded as it arrives: per learner and attempt only each question's
/// latest answer and each outcome's latest record are kept, so a source can be read record by record (an LRS page by
/// page) and memory grows with learners × questions, not with the records read. Responses are held once per
/// question and distinct text.
/// </summary>
internal sealed class LearnerRecords(ReportCourse course)
{
    /// <summary>A response longer than this is held cut (it is only shown as the most chosen wrong answer).</summary>
    private const int MaxResponseLength = 1000;

    private readonly Dictionary<string, LearnerAttempts> _learners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>[] _responseNumbers = [.. course.QuestionIds.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
    private readonly List<string>[] _responses = [.. course.QuestionIds.Select(_ => new List<string>())];

    public ReportCourse Course { get; } = course;

    /// <summary>Answer records read (those of this course's questions), and objective records.</summary>
    public int AnswerCount { get; private set; }

    public int ObjectiveCount { get; private set; }

    public IEnumerable<LearnerAttempts> Learners => _learners.Values;

    /// <summary>Each file or source read, with what it held, for the report's footer ("interactions report: 3 attempts").</summary>
    public List<string> Sources { get; } = [];

    /// <summary>The distinct responses given to a question (by its position), numbered as <see cref="HeldAnswer.Response"/> counts them.</summary>
    public IReadOnlyList<string> Responses(int question) => _responses[question];

    /// <summary>Adds an answer; false when its interaction is no question of this course.</summary>
    public bool Add(AnswerRecord answer)
    {
        var question = Course.IndexOf(answer.InteractionId);
        if (question < 0)
        {
            return false;
        }

        AnswerCount++;
        var attempt = AttemptOf(answer.Learner, answer.Attempt, answer.Order);
        if (!attempt.Answers.TryGetValue(question, out var held) || answer.Order >= held.Order)
        {
            attempt.Answers[question] = new HeldAnswer(answer.Order, Number(question, answer.Response), answer.Correct);
        }

        return true;
    }

    public void Add(ObjectiveRecord objective)
    {
        ObjectiveCount++;
        var attempt = AttemptOf(objective.Learner, objective.Attempt, objective.Order);
        if (!attempt.Objectives.TryGetValue(objective.OutcomeId, out var held) || objective.Order >= held.Order)
        {
            attempt.Objectives[objective.OutcomeId] = objective;
        }
    }

    private AttemptRecords AttemptOf(Learner learner, string attemptId, long order)
    {
        if (!_learners.TryGetValue(learner.Key, out var learnerAttempts))
        {
            _learners[learner.Key] = learnerAttempts = new LearnerAttempts(learner);
        }

        if (!learnerAttempts.Attempts.TryGetValue(attemptId, out var attempt))
        {
            learnerAttempts.Attempts[attemptId] = attempt = new AttemptRecords();
        }

        attempt.LatestOrder = Math.Max(attempt.LatestOrder, order);
        return attempt;
    }

    private int Number(int question, string response)
    {
        if (response.Length > MaxResponseLength)
        {
            response = response[..MaxResponseLength] + "…";
        }

        if (!_responseNumbers[question].TryGetValue(response, out var number))
        {
            _responseNumbers[question][response] = number = _responses[question].Count;
            _responses[question].Add(response);
        }

        return number;
    }
}
