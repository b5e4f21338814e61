using CivilSociety.Scorm.Hashing;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Validation;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// course-snapshot.json, inside every package: what a later comparison needs beyond the manifest and the course data
/// (docs/republishing.md): the course's version and target, the format of its saved state, each question's prompt
/// and the text of each choice by identity. Nothing in it says which answer is right: learners can open the zip.
/// </summary>
internal static class SnapshotFile
{
    public const string FileName = "course-snapshot.json";

    public const int Format = 1;

    public static byte[] Write(Course course, PackageTarget target, MarkdownHtml markdown)
    {
        var sections = new JsonArray();
        foreach (var section in course.Sections)
        {
            var questions = new JsonArray();
            foreach (var question in section.Quiz?.Questions ?? [])
            {
                var type = question.Type;
                var ids = type.ChoiceIds(question.Answer);
                var keys = type.ChoiceKeys(question.Answer);
                var entry = new JsonObject
                {
                    ["id"] = question.Id,
                    ["prompt"] = markdown.PlainText(question.PromptMarkdown),
                    ["promptDigest"] = Digest(question.PromptMarkdown + "\n" + question.StemMarkdown),
                    ["items"] = Items(ids, keys, type.ItemTexts(question.Answer, markdown)),
                };
                if (type.Targets(question.Answer, markdown) is { Count: > 0 } targets)
                {
                    entry["targets"] = Items([.. targets.Select(t => t.Id)], [.. targets.Select(t => t.Key)], [.. targets.Select(t => t.Text)]);
                }

                questions.Add((JsonNode)entry);
            }

            sections.Add((JsonNode)new JsonObject { ["id"] = section.Id, ["questions"] = questions });
        }

        var snapshot = new JsonObject
        {
            ["format"] = Format,
            ["course"] = course.Id,
            ["version"] = course.Version,
            ["target"] = TargetName(target),
            ["state"] = SuspendDataBudget.FormatOf(course) switch
            {
                SavedStateFormat.Keyed => "keyed",
                SavedStateFormat.KeyedByQuiz => "quizzes",
                _ => "compact",
            },
            ["sections"] = sections,
        };
        return Encoding.UTF8.GetBytes(snapshot.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    public static string TargetName(PackageTarget target) => target switch
    {
        PackageTarget.Scorm2004 => "scorm2004",
        PackageTarget.Cmi5 => "cmi5",
        PackageTarget.Xapi => "xapi",
        _ => "scorm12",
    };

    /// <summary>A short digest of a text: enough to tell that it changed, not to read it back.</summary>
    public static string Digest(string text) => Convert.ToHexStringLower(Sha256.HashData(Encoding.UTF8.GetBytes(text)), 0, 6);

    private static JsonArray Items(IReadOnlyList<string> ids, IReadOnlyList<string> keys, IReadOnlyList<string> texts)
    {
        var items = new JsonArray();
        for (var i = 0; i < ids.Count && i < keys.Count; i++)
        {
            items.Add((JsonNode)new JsonObject { ["id"] = ids[i], ["key"] = keys[i], ["text"] = i < texts.Count ? texts[i] : null });
        }

        return items;
    }
}
