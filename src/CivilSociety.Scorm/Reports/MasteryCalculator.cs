namespace CivilSociety.Scorm.Reports;

/// <summary>
/// Turns what the LMS recorded into the per-outcome picture, in one pass over the records already grouped by learner
/// and attempt (<see cref="LearnerRecords"/>). Each learner counts with their latest attempt; in it, each question's
/// latest answer. An outcome's score is judged as the package judges it for cmi.objectives (runtime
/// quiz/scores.js, score()): 100 × the weight of the right answers / the weight of the questions that assess the
/// outcome or one below it, over the quizzes the learner submitted (a quiz with any answer recorded: a submitted
/// quiz records every one of its questions, a blank one as wrong); the questions of quizzes not yet submitted count
/// neither way, and so do those a pool did not draw in the attempt; with none submitted the outcome is not assessed. Rounded to two decimals as the package writes
/// cmi.objectives.n.score.raw; mastered when the unrounded score reaches the passing score. An objective the LMS
/// recorded (Moodle's objectives report) is taken as recorded.
/// </summary>
internal static class MasteryCalculator
{
    public static MasteryReport Compute(ReportCourse course, LearnerRecords records)
    {
        var counted = records.Learners.Select(l => (l.Learner, Attempt: l.Latest()))
            .OrderBy(l => l.Learner.Name, StringComparer.CurrentCulture)
            .ToList();

        var rows = counted.Select(l => Row(course, l.Learner, l.Attempt.Id, l.Attempt.Records)).ToList();
        var outcomes = course.Outcomes.Select((o, i) =>
        {
            var cells = rows.Select(r => r.Outcomes[i]).Where(c => c.Mastered is not null).ToList();
            var mastered = cells.Count(c => c.Mastered == true);
            return new OutcomeSummary(o.Id, o.Text, o.Depth, course.QuestionsOf(i).Count, cells.Count, mastered,
                cells.Count == 0 ? null : Math.Round(100m * mastered / cells.Count, 1));
        }).ToList();

        return new MasteryReport(course.Id, course.Title, course.Language, course.IsRightToLeft ? "rtl" : "ltr", course.PassingScore,
            outcomes, rows, Questions(course, records, counted.Select(l => l.Attempt.Records)), records.Sources);
    }

    private static LearnerRow Row(ReportCourse course, Learner learner, string attemptId, AttemptRecords attempt)
    {
        var submitted = new bool[course.QuizCount];
        foreach (var question in attempt.Answers.Keys)
        {
            submitted[course.QuizOf[question]] = true;
        }

        var cells = course.Outcomes.Select((outcome, i) =>
        {
            var questions = course.QuestionsOf(i);
            // A pool's attempt shows some of its questions: those it did not draw have no record and count neither way.
            var judged = questions.Where(q => submitted[course.QuizOf[q]] && (!course.IsPool[course.QuizOf[q]] || attempt.Answers.ContainsKey(q))).ToList();
            int? answered = attempt.Answers.Count == 0 ? null : judged.Count;
            // Of how many: those a pool did not show in a submitted attempt are no questions the learner left unanswered.
            var shown = questions.Count(q => !course.IsPool[course.QuizOf[q]] || !submitted[course.QuizOf[q]] || attempt.Answers.ContainsKey(q));

            // "incomplete" is the package's word for "not assessed yet": the answers may still say more.
            if (attempt.Objectives.TryGetValue(outcome.Id, out var recorded) && recorded.Status is "passed" or "failed" or "completed")
            {
                return new OutcomeCell(outcome.Id, recorded.Score, recorded.Status is not "failed", "objective", answered, shown);
            }

            if (judged.Count == 0)
            {
                return new OutcomeCell(outcome.Id, null, null, "none", answered, shown);
            }

            var total = judged.Sum(q => course.Entry(q).Weight);
            var earned = judged.Where(q => attempt.Answers.TryGetValue(q, out var a) && a.Correct == true).Sum(q => course.Entry(q).Weight);
            var score = 100m * earned / total;
            return new OutcomeCell(outcome.Id, Math.Round(score, 2, MidpointRounding.AwayFromZero), score >= course.PassingScore, "answers",
                answered, shown);
        }).ToList();
        return new LearnerRow(learner.Key, learner.Name, attemptId, cells);
    }

    /// <summary>Each question's figures over the counted attempts, tallied in one pass over their answers.</summary>
    private static List<QuestionSummary> Questions(ReportCourse course, LearnerRecords records, IEnumerable<AttemptRecords> attempts)
    {
        var answered = new int[course.QuestionIds.Count];
        var correct = new int[course.QuestionIds.Count];
        var wrong = course.QuestionIds.Select(_ => new Dictionary<int, int>()).ToArray();
        foreach (var attempt in attempts)
        {
            foreach (var (question, answer) in attempt.Answers)
            {
                if (answer.Correct is not { } right)
                {
                    continue;
                }

                answered[question]++;
                if (right)
                {
                    correct[question]++;
                }
                else if (records.Responses(question)[answer.Response].Length > 0)
                {
                    wrong[question][answer.Response] = wrong[question].GetValueOrDefault(answer.Response) + 1;
                }
            }
        }

        return [.. course.QuestionIds.Select((id, q) =>
        {
            var (section, entry) = course.Questions[id];
            var responses = records.Responses(q);
            var common = wrong[q].Count == 0 ? ((string Response, int Count)?)null
                : wrong[q].Select(w => (Response: responses[w.Key], Count: w.Value))
                    .OrderByDescending(w => w.Count).ThenBy(w => w.Response, StringComparer.Ordinal).First();
            return new QuestionSummary(id, section.Title, entry.Name, [.. entry.Outcomes.Select(o => o.Id)], entry.Weight,
                answered[q], correct[q], answered[q] == 0 ? null : Math.Round(100m * correct[q] / answered[q], 1),
                common?.Response, common is { } c ? course.Describe(id, c.Response) : null, common?.Count ?? 0);
        })];
    }
}
