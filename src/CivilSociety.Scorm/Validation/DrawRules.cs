using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Validation;

/// <summary>Rules about question pools (draw=, group=): every attempt's draw can be made, and covers the outcomes.</summary>
internal static class DrawRules
{
    public static void PoolsCanBeDrawn(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var section in course.Sections)
        {
            if (section.Quiz is not { } quiz)
            {
                continue;
            }

            if (quiz.Draw is null)
            {
                foreach (var question in quiz.Questions.Where(q => q.Group is not null))
                {
                    diagnostics.Report(DiagnosticCatalog.GroupWithoutDraw, question.Location, question.Label, question.Group);
                }

                continue;
            }

            if (quiz.Questions.Count > 0)
            {
                Check(course, section, new QuestionPool(course, quiz), diagnostics);
            }
        }
    }

    private static void Check(Course course, Section section, QuestionPool pool, DiagnosticBag diagnostics)
    {
        var draw = pool.Draw!;
        var questions = pool.Quiz.Questions;
        if (draw.Count > questions.Count)
        {
            diagnostics.Report(DiagnosticCatalog.DrawLargerThanPool, draw.Location, draw.Count, questions.Count);
            return;
        }

        if (QuestionPool.Drawable(questions) is var drawable && drawable < draw.Count)
        {
            diagnostics.Report(DiagnosticCatalog.GroupsLeaveTooFew, draw.Location, draw.Count, "", drawable, GroupsOf(questions));
            return;
        }

        if (draw.IsPerOutcome)
        {
            CheckShares(course, section, pool, diagnostics);
            return;
        }

        var outcomes = pool.WrittenOutcomes;
        if (draw.Count < outcomes.Count)
        {
            diagnostics.Report(DiagnosticCatalog.DrawCannotCoverOutcomes, draw.Location, draw.Count, outcomes.Count, string.Join(", ", outcomes),
                string.Join(' ', outcomes.Take(draw.Count).Select(o => o + ":1")));
        }
    }

    private static void CheckShares(Course course, Section section, QuestionPool pool, DiagnosticBag diagnostics)
    {
        var draw = pool.Draw!;
        var known = course.AllOutcomes.Select(o => o.Id).ToList();
        foreach (var share in draw.Shares)
        {
            var id = share.Outcome.Id;
            if (!known.Contains(id, StringComparer.Ordinal))
            {
                diagnostics.ReportWithHelp(DiagnosticCatalog.UnknownOutcome, share.Outcome.Location,
                    (Suggestions.DidYouMean(id, known) is { } meant ? meant + " " : "") + $"the outcomes declared in course.yml are: {string.Join(", ", known)}",
                    "the draw= of section", section.Id, id);
                continue;
            }

            var on = pool.QuestionsOn(id);
            if (on.Count < share.Count)
            {
                diagnostics.Report(DiagnosticCatalog.OutcomeShareLargerThanPool, draw.Location, share.Count, id, on.Count);
            }
            else if (QuestionPool.Drawable(on) is var drawable && drawable < share.Count)
            {
                diagnostics.Report(DiagnosticCatalog.GroupsLeaveTooFew, draw.Location, share.Count, $" on '{id}'", drawable, GroupsOf(on));
            }
        }

        foreach (var question in pool.Quiz.Questions.Where(q => !draw.Shares.Any(s => pool.Assesses(q, s.Outcome.Id))))
        {
            var outcomes = question.Outcomes.Select(r => r.Id).ToList();
            if (outcomes.Count > 0)
            {
                diagnostics.Report(DiagnosticCatalog.QuestionNeverDrawn, question.Location, question.Label, string.Join(", ", outcomes), outcomes[0]);
            }
        }
    }

    private static string GroupsOf(IEnumerable<Question> questions) =>
        string.Join("; ", questions.Where(q => q.Group is not null).GroupBy(q => q.Group!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"group '{g.Key}': {string.Join(", ", g.Select(q => q.Label))}"));
}
