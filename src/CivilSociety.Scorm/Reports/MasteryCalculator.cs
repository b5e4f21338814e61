namespace CivilSociety.Scorm.Reports;

/// <summary>
/// Turns what the LMS recorded into the per-outcome picture. Each learner counts with their latest attempt (the
/// one whose record comes last); in it, each question's latest answer. An outcome's score is the weighted share of
/// the points of the questions that assess it or an outcome below it, as the package itself computes it
/// (unanswered questions give no points), once one of them has been answered; an objective the LMS recorded
/// (cmi.objectives: Moodle's objectives report) is taken as recorded. Mastered: at or above the passing score.
/// </summary>
internal static class MasteryCalculator
{
    public static MasteryReport Compute(ReportCourse course, LearnerRecords records)
    {
        var learners = records.Answers.Select(a => (a.Learner, a.Attempt, a.Order))
            .Concat(records.Objectives.Select(o => (o.Learner, o.Attempt, o.Order)))
            .GroupBy(r => r.Learner.Key)
            .Select(g => (Learner: g.First().Learner, Attempt: LatestAttempt(g.Select(r => (r.Attempt, r.Order)))))
            .OrderBy(l => l.Learner.Name, StringComparer.CurrentCulture)
            .ToList();

        var rows = learners.Select(l => Row(course, records, l.Learner, l.Attempt)).ToList();
        var outcomes = course.Outcomes.Select(o =>
        {
            var cells = rows.Select(r => r.Outcomes.First(c => c.OutcomeId == o.Id)).Where(c => c.Mastered is not null).ToList();
            var mastered = cells.Count(c => c.Mastered == true);
            return new OutcomeSummary(o.Id, o.Text, o.Depth, course.QuestionsOf(o).Count(), cells.Count, mastered,
                cells.Count == 0 ? null : Math.Round(100m * mastered / cells.Count, 1));
        }).ToList();

        return new MasteryReport(course.Id, course.Title, course.Language, course.IsRightToLeft ? "rtl" : "ltr", course.PassingScore,
            outcomes, rows, Questions(course, records, learners), records.Sources);
    }

    private static LearnerRow Row(ReportCourse course, LearnerRecords records, Learner learner, string attempt)
    {
        var answers = LatestAnswers(records, learner, attempt);
        var objectives = records.Objectives.Where(o => o.Learner.Key == learner.Key && o.Attempt == attempt)
            .GroupBy(o => o.OutcomeId).ToDictionary(g => g.Key, g => g.MaxBy(o => o.Order)!, StringComparer.Ordinal);
        var cells = course.Outcomes.Select(outcome =>
        {
            // "incomplete" is the package's word for "not assessed yet": the answers may still say more.
            if (objectives.TryGetValue(outcome.Id, out var recorded) && recorded.Status is "passed" or "failed" or "completed")
            {
                return new OutcomeCell(outcome.Id, recorded.Score, recorded.Status is not "failed", "objective");
            }

            var questions = course.QuestionsOf(outcome).ToList();
            if (!questions.Any(q => answers.ContainsKey(q.Id)))
            {
                return new OutcomeCell(outcome.Id, null, null, "none");
            }

            var total = questions.Sum(q => q.Weight);
            var earned = questions.Where(q => answers.TryGetValue(q.Id, out var a) && a.Correct == true).Sum(q => q.Weight);
            var score = Math.Round(100m * earned / total, 1);
            return new OutcomeCell(outcome.Id, score, score >= course.PassingScore, "answers");
        }).ToList();
        return new LearnerRow(learner.Key, learner.Name, attempt, cells);
    }

    private static IReadOnlyList<QuestionSummary> Questions(ReportCourse course, LearnerRecords records, List<(Learner Learner, string Attempt)> learners)
    {
        var latest = learners.SelectMany(l => LatestAnswers(records, l.Learner, l.Attempt).Values).ToList();
        return [.. course.Questions.Select(pair =>
        {
            var (section, entry) = pair.Value;
            var answers = latest.Where(a => a.InteractionId == pair.Key && a.Correct is not null).ToList();
            var correct = answers.Count(a => a.Correct == true);
            var wrong = answers.Where(a => a.Correct == false && a.Response.Length > 0)
                .GroupBy(a => a.Response, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .FirstOrDefault();
            return new QuestionSummary(pair.Key, section.Title, entry.Name, [.. entry.Outcomes.Select(o => o.Id)], entry.Weight,
                answers.Count, correct, answers.Count == 0 ? null : Math.Round(100m * correct / answers.Count, 1),
                wrong?.Key, wrong is null ? null : course.Describe(pair.Key, wrong.Key), wrong?.Count() ?? 0);
        })];
    }

    /// <summary>Moodle numbers attempts (the highest is the latest); an LRS's registrations are ordered by their statements' times.</summary>
    private static string LatestAttempt(IEnumerable<(string Attempt, long Order)> records)
    {
        var list = records.ToList();
        return list.All(r => int.TryParse(r.Attempt, out _))
            ? list.MaxBy(r => int.Parse(r.Attempt, System.Globalization.CultureInfo.InvariantCulture)).Attempt
            : list.MaxBy(r => r.Order).Attempt;
    }

    /// <summary>The learner's last answer to each question in the attempt.</summary>
    private static Dictionary<string, AnswerRecord> LatestAnswers(LearnerRecords records, Learner learner, string attempt) =>
        records.Answers.Where(a => a.Learner.Key == learner.Key && a.Attempt == attempt)
            .GroupBy(a => a.InteractionId)
            .ToDictionary(g => g.Key, g => g.MaxBy(a => a.Order)!, StringComparer.Ordinal);
}
