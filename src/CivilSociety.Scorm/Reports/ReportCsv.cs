using System.Globalization;
using CivilSociety.Scorm.Tables;

namespace CivilSociety.Scorm.Reports;

/// <summary>
/// The report as one CSV table for spreadsheets (<see cref="CsvWriter"/>: RFC 4180, UTF-8 with a byte order mark,
/// no cell a spreadsheet would evaluate): a "kind" column tells the rows apart: "mastery" (one learner, one outcome),
/// "outcome" (its pass rate) and "question" (its facility and most chosen wrong answer). A mastery row's "answered"
/// and "questions" say how many of the outcome's questions its score counts (those of the quizzes the learner
/// submitted) and how many it has.
/// </summary>
internal static class ReportCsv
{
    private static readonly string[] Header =
        ["kind", "learner", "learner_name", "attempt", "outcome_id", "question_id", "text", "score", "mastered", "count", "rate", "wrong_response", "wrong_answer", "answered", "questions"];

    public static byte[] Write(MasteryReport report)
    {
        var csv = new CsvWriter(Header);
        foreach (var learner in report.Learners)
        {
            foreach (var cell in learner.Outcomes)
            {
                csv.Row(["mastery", learner.Learner, learner.Name, learner.Attempt, cell.OutcomeId, "", "",
                    Number(cell.Score), cell.Mastered switch { true => "yes", false => "no", null => "" }, "", "", "", "",
                    cell.Answered?.ToString(CultureInfo.InvariantCulture) ?? "", cell.Questions.ToString(CultureInfo.InvariantCulture)]);
            }
        }

        foreach (var outcome in report.Outcomes)
        {
            csv.Row(["outcome", "", "", "", outcome.Id, "", outcome.Text, "", outcome.Mastered.ToString(CultureInfo.InvariantCulture),
                outcome.Assessed.ToString(CultureInfo.InvariantCulture), Number(outcome.PassRate), "", "", "",
                outcome.QuestionCount.ToString(CultureInfo.InvariantCulture)]);
        }

        foreach (var question in report.Questions)
        {
            csv.Row(["question", "", "", "", string.Join(' ', question.Outcomes), question.Id, question.Text, "",
                question.Correct.ToString(CultureInfo.InvariantCulture), question.Answered.ToString(CultureInfo.InvariantCulture), Number(question.Facility),
                question.CommonWrongResponse ?? "", question.CommonWrongAnswer ?? "", "", ""]);
        }

        return csv.ToBytes();
    }

    private static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}
