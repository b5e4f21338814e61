using System.Text;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// The teachers' decoder: one row per interaction id and objective id that the package reports, with the section,
/// the question, its choices, the correct answer and the outcome in words, so Moodle's and Blackboard's reports
/// (which show only ids) can be read by people. RFC 4180 CSV, UTF-8 with a byte order mark so spreadsheets read
/// Arabic correctly.
/// </summary>
internal static class DecoderCsv
{
    public const string FileName = "decoder.csv";

    private static readonly string[] Header =
        ["kind", "id", "section", "question", "type", "choices", "correct_answer", "outcome_ids", "outcomes"];

    public static byte[] Write(Course course, MarkdownHtml markdown)
    {
        var outcomes = course.AllOutcomes.ToDictionary(o => o.Id, o => o.Text, StringComparer.Ordinal);
        var builder = new StringBuilder();
        AppendRow(builder, Header);
        foreach (var section in course.Sections)
        {
            foreach (var question in section.Quiz?.Questions ?? [])
            {
                var outcomeIds = question.Outcomes.Select(o => o.Id).ToList();
                AppendRow(builder,
                [
                    "interaction",
                    $"{section.Id}.{question.Id}",
                    section.Title,
                    markdown.PlainText(question.PromptMarkdown),
                    QuestionTypes.ScormInteractionType(question.Type),
                    Choices(question, markdown),
                    CorrectAnswer(question, markdown),
                    string.Join(' ', outcomeIds),
                    string.Join(" | ", outcomeIds.Select(id => outcomes.GetValueOrDefault(id, ""))),
                ]);
            }
        }

        foreach (var outcome in course.AllOutcomes)
        {
            AppendRow(builder, ["objective", outcome.Id, "", outcome.Text, "", "", "", outcome.ParentId ?? "", outcome.ParentId is { } parent ? outcomes[parent] : ""]);
        }

        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(builder.ToString())];
    }

    private static string Choices(Question question, MarkdownHtml markdown) => question.Type switch
    {
        QuestionType.SingleChoice or QuestionType.MultipleResponse or QuestionType.Sequencing =>
            string.Join(" | ", question.Choices.Select(c => $"{c.Letter}: {markdown.PlainText(c.Markdown)}")),
        QuestionType.TrueFalse => "t: true | f: false",
        QuestionType.Matching =>
            string.Join(" | ", question.Pairs.Select(p => $"{p.LeftId}: {markdown.PlainText(p.LeftMarkdown)}")
                .Concat(question.DistinctRights.Select(p => $"{p.RightId}: {markdown.PlainText(p.RightMarkdown)}"))),
        _ => "",
    };

    private static string CorrectAnswer(Question question, MarkdownHtml markdown) => question.Type switch
    {
        QuestionType.Numeric when question.Numeric is { IsExact: false } range => $"{range.Min}..{range.Max}",
        QuestionType.FillIn => string.Join(" | ", Answers.Correct(question, markdown)),
        _ => Answers.CorrectPattern(question, Answers.Correct(question, markdown)),
    };

    private static void AppendRow(StringBuilder builder, IEnumerable<string> fields)
    {
        builder.AppendJoin(',', fields.Select(Escape)).Append("\r\n");
    }

    private static string Escape(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
