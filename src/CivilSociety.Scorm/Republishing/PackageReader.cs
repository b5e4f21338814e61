using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.PackageValidation;
using CivilSociety.Scorm.Rendering;

namespace CivilSociety.Scorm.Republishing;

/// <summary>
/// Reads a package of ours into a <see cref="PackageSnapshot"/>: its manifest (identifier, version, mastery score,
/// edition), its launch page's course data (sections, quizzes, questions, the identities of their choices, the answer
/// keys opened with the page's own seal; the quizzes of the sections kept out of the page from its sections file) and
/// its snapshot file when it has one. Hostile input: every entry read is
/// bounded, no DTD is processed, nothing is evaluated.
/// </summary>
internal static partial class PackageReader
{
    /// <summary>The launch page of a 300-section course is a few megabytes.</summary>
    private const int MaxPageBytes = 64 * 1024 * 1024;

    /// <summary>A zip on disk; the snapshot, or why there is none.</summary>
    public static (PackageSnapshot? Snapshot, string? Problem) Read(string zipPath)
    {
        try
        {
            using var zip = ZipFile.OpenRead(zipPath);
            if (zip.Entries.Count > PackageValidator.MaxEntries)
            {
                return (null, $"it holds more than {PackageValidator.MaxEntries:N0} entries");
            }

            return Read(name => zip.GetEntry(name) is { } entry ? ManifestReader.ReadText(entry, MaxPageBytes) : null);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return (null, "it is not a zip that can be read (" + ex.Message + ")");
        }
    }

    /// <summary>A package from its files' texts (a zip's, or a build's before it is written).</summary>
    public static (PackageSnapshot? Snapshot, string? Problem) Read(Func<string, string?> file)
    {
        if (file(RuntimeContract.Files.LaunchPage) is not { } page || CourseData().Match(page) is not { Success: true } match)
        {
            return (null, "it has no index.html with the course data civil-scorm writes");
        }

        JsonObject data;
        JsonObject? snapshot;
        try
        {
            data = JsonNode.Parse(match.Groups[1].Value) as JsonObject ?? throw new JsonException("not an object");
            // A package since the sections' titles and quizzes left the page keeps them in its sections file; an older
            // one has them in the page (all, or those of the sections the page shows), where they stay.
            DeferredSections.Restore(data, file(RuntimeContract.Files.Sections));
            snapshot = file(SnapshotFile.FileName) is { } json ? JsonNode.Parse(json) as JsonObject : null;
        }
        catch (JsonException ex)
        {
            return (null, "its course data cannot be read (" + ex.Message + ")");
        }

        var (target, identifier, version, mastery) = Manifest(file);
        var seal = AnswerSeal.FromKey(Text(data["seal"]) ?? "");
        var texts = SnapshotTexts(snapshot);
        var sections = new List<SectionSnapshot>();
        foreach (var section in (data["sections"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var sectionId = Text(section["id"]) ?? "";
            QuizSnapshot? quiz = null;
            if (section["quiz"] is JsonObject quizData)
            {
                var questions = (quizData["questions"] as JsonArray ?? []).OfType<JsonObject>()
                    .Select(q => Question(sectionId, q, seal, texts)).ToList();
                quiz = new QuizSnapshot(Number(quizData["attempts"]), Number(quizData["passingScore"]), questions);
            }

            sections.Add(new SectionSnapshot(sectionId, Text(section["title"]) ?? "", quiz));
        }

        return (new PackageSnapshot(
            Text(data["id"]) ?? "",
            version ?? Text(snapshot?["version"]),
            Text(snapshot?["target"]) ?? target,
            identifier,
            mastery,
            Number(data["passingScore"]) ?? 0,
            Text(snapshot?["state"]) ?? "compact",   // every release before the snapshot wrote the compact state
            snapshot is not null,
            [.. (data["outcomes"] as JsonArray ?? []).OfType<JsonObject>().Select(o => Text(o["id"]) ?? "")],
            sections), null);
    }

    private static QuestionSnapshot Question(string sectionId, JsonObject q, AnswerSeal? seal, IReadOnlyDictionary<string, JsonObject> texts)
    {
        var id = Text(q["id"]) ?? "";
        var type = Text(q["type"]) ?? "single";
        var written = texts.GetValueOrDefault(sectionId + "\n" + id);
        var choices = Items(Strings(q["choices"]), Strings(q["keys"]), written?["items"] as JsonArray);
        var targets = Items(Strings(q["targets"]), Strings(q["targetKeys"]), written?["targets"] as JsonArray);
        var maxLength = q["fillIn"] is JsonObject fillIn ? Number(fillIn["maxLength"]) : null;
        return new QuestionSnapshot(id, type, Number(q["weight"]) ?? 1, Strings(q["outcomes"]), choices, targets,
            Correct(seal?.Open(PageIds.Interaction(sectionId, id), Text(q["sealed"]) ?? ""), choices, targets),
            maxLength, Text(written?["prompt"]), Text(written?["promptDigest"]));
    }

    // The ids with their identities (the ids themselves in a package without them) and, from the snapshot, texts.
    private static List<ItemSnapshot> Items(IReadOnlyList<string> ids, IReadOnlyList<string> keys, JsonArray? written)
    {
        var textById = (written ?? []).OfType<JsonObject>().ToDictionary(i => Text(i["id"]) ?? "", i => Text(i["text"]), StringComparer.Ordinal);
        return [.. ids.Select((itemId, i) => new ItemSnapshot(itemId, keys.Count == ids.Count ? keys[i] : itemId, textById.GetValueOrDefault(itemId)))];
    }

    /// <summary>The correct answer by identity: a choice's key instead of its letter, "left=right" keys for a pair.</summary>
    private static List<string>? Correct(string? keyJson, IReadOnlyList<ItemSnapshot> choices, IReadOnlyList<ItemSnapshot> targets)
    {
        if (keyJson is null)
        {
            return null;
        }

        try
        {
            var correct = Strings((JsonNode.Parse(keyJson) as JsonObject)?["correct"]);
            string KeyOf(IReadOnlyList<ItemSnapshot> items, string itemId) => items.FirstOrDefault(i => i.Id == itemId)?.Key ?? itemId;
            return [.. correct.Select(c => c.Split('.') is [var left, var right] && targets.Count > 0
                ? KeyOf(choices, left) + "=" + KeyOf(targets, right)
                : KeyOf(choices, c))];
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Dictionary<string, JsonObject> SnapshotTexts(JsonObject? snapshot)
    {
        var texts = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var section in (snapshot?["sections"] as JsonArray ?? []).OfType<JsonObject>())
        {
            foreach (var question in (section["questions"] as JsonArray ?? []).OfType<JsonObject>())
            {
                texts[Text(section["id"]) + "\n" + Text(question["id"])] = question;
            }
        }

        return texts;
    }

    /// <summary>The edition, the manifest's identifier and version, the mastery score (0 to 100) when it gives one.</summary>
    private static (string Target, string? Identifier, string? Version, int? Mastery) Manifest(Func<string, string?> file)
    {
        if (file(ManifestWriter.FileName) is not { } text)
        {
            return (file(Cmi5XmlWriter.FileName) is not null ? "cmi5" : file(TincanXmlWriter.FileName) is not null ? "xapi" : "scorm12", null, null, null);
        }

        try
        {
            using var reader = SafeXml.Reader(new StringReader(text));
            var root = XDocument.Load(reader).Root!;
            var schemaVersion = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "schemaversion")?.Value ?? "";
            var mastery = root.Descendants().FirstOrDefault(e => e.Name.LocalName == "masteryscore")?.Value is { } score && int.TryParse(score, CultureInfo.InvariantCulture, out var raw)
                ? raw
                : root.Descendants().FirstOrDefault(e => e.Name.LocalName == "minNormalizedMeasure")?.Value is { } scaled && decimal.TryParse(scaled, CultureInfo.InvariantCulture, out var measure)
                    ? (int?)decimal.ToInt32(Math.Round(measure * 100))
                    : null;
            return (schemaVersion.StartsWith("2004", StringComparison.Ordinal) ? "scorm2004" : "scorm12",
                root.Attribute("identifier")?.Value, root.Attribute("version")?.Value, mastery);
        }
        catch (XmlException)
        {
            return ("scorm12", null, null, null);
        }
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static int? Number(JsonNode? node) => node is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    private static List<string> Strings(JsonNode? node) =>
        [.. (node as JsonArray ?? []).Select(n => n is JsonValue v ? (v.TryGetValue<string>(out var s) ? s : v.ToJsonString()) : "")];

    [GeneratedRegex(@"<script type=""application/json"" id=""course-data"">([\s\S]*?)</script>")]
    private static partial Regex CourseData();
}
