using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CivilSociety.Scorm.Hashing;
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

    /// <summary>Written straight to UTF-8 (no tree of JSON nodes, no string between): 2.5 MB for a course of 3,000 questions.</summary>
    public static byte[] Write(Course course, PackageTarget target, MarkdownHtml markdown)
    {
        // In chunks, copied once at the end: a buffer grown by doubling was 8 MB of copies for that course.
        var buffer = new ChunkedBytes();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteString("course", course.Id);
            json.WriteString("version", course.Version);
            json.WriteString("target", TargetName(target));
            json.WriteString("state", SuspendDataBudget.FormatOf(course) switch
            {
                SavedStateFormat.Keyed => "keyed",
                SavedStateFormat.KeyedByQuiz => "quizzes",
                _ => "compact",
            });
            json.WriteStartArray("sections");
            foreach (var section in course.Sections)
            {
                json.WriteStartObject();
                json.WriteString("id", section.Id);
                json.WriteStartArray("questions");
                foreach (var question in section.Quiz?.Questions ?? [])
                {
                    var type = question.Type;
                    json.WriteStartObject();
                    json.WriteString("id", question.Id);
                    json.WriteString("prompt", markdown.PlainText(question.PromptMarkdown));
                    json.WriteString("promptDigest", Digest(question.PromptMarkdown + "\n" + question.StemMarkdown));
                    WriteItems(json, "items", type.ChoiceIds(question.Answer), type.ChoiceKeys(question.Answer), type.ItemTexts(question.Answer, markdown));
                    if (type.Targets(question.Answer, markdown) is { Count: > 0 } targets)
                    {
                        WriteItems(json, "targets", [.. targets.Select(t => t.Id)], [.. targets.Select(t => t.Key)], [.. targets.Select(t => t.Text)]);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
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

    private static void WriteItems(Utf8JsonWriter json, string name, IReadOnlyList<string> ids, IReadOnlyList<string> keys, IReadOnlyList<string> texts)
    {
        json.WriteStartArray(name);
        for (var i = 0; i < ids.Count && i < keys.Count; i++)
        {
            json.WriteStartObject();
            json.WriteString("id", ids[i]);
            json.WriteString("key", keys[i]);
            if (i < texts.Count)
            {
                json.WriteString("text", texts[i]);
            }
            else
            {
                json.WriteNull("text");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
