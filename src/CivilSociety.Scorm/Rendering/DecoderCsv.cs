using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Tables;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// The teachers' decoder: one row per interaction id and objective id that the package reports, with the section,
/// the question, its choices, the correct answer and the outcome in words, so Moodle's and Blackboard's reports
/// (which show only ids) can be read by people, written by <see cref="CsvWriter"/>.
/// </summary>
internal static class DecoderCsv
{
    public const string FileName = "decoder.csv";

    private static readonly string[] Header =
        ["kind", "id", "section", "question", "type", "choices", "correct_answer", "outcome_ids", "outcomes"];

    public static byte[] Write(Course course, MarkdownHtml markdown)
    {
        var outcomes = course.AllOutcomes.ToDictionary(o => o.Id, o => o.Text, StringComparer.Ordinal);
        var csv = new CsvWriter(Header);
        foreach (var section in course.Sections)
        {
            foreach (var question in section.Quiz?.Questions ?? [])
            {
                var type = question.Type;
                var outcomeIds = question.Outcomes.Select(o => o.Id).ToList();
                csv.Row(
                [
                    "interaction",
                    PageIds.Interaction(section.Id, question.Id),
                    section.Title,
                    markdown.PlainText(question.PromptMarkdown),
                    type.InteractionType,
                    type.DecoderChoices(question.Answer, markdown),
                    type.DecoderAnswer(question.Answer, markdown),
                    string.Join(' ', outcomeIds),
                    string.Join(" | ", outcomeIds.Select(id => outcomes.GetValueOrDefault(id, ""))),
                ]);
            }
        }

        foreach (var outcome in course.AllOutcomes)
        {
            csv.Row(["objective", outcome.Id, "", outcome.Text, "", "", "", outcome.ParentId ?? "", outcome.ParentId is { } parent ? outcomes[parent] : ""]);
        }

        return csv.ToBytes();
    }
}
