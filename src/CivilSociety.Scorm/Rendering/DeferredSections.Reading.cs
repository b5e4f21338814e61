using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CivilSociety.Scorm.Contract;

namespace CivilSociety.Scorm.Rendering;

/// <summary>Reading a package's sections file back: what the player does with it, for the readers of a built package.</summary>
internal sealed partial class DeferredSections
{
    /// <summary>
    /// The sections of a file <see cref="Apply"/> wrote, by id (for what reads a built package as the player does:
    /// the tests); empty for null.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Read(string? file) =>
        Statement(file, FilePrefix) is { } json
            ? JsonSerializer.Deserialize(json, RenderingJsonContext.Default.DictionaryStringString)!
            : new Dictionary<string, string>();

    /// <summary>
    /// Puts the sections' titles, quizzes and checks (<paramref name="file"/>, the package's sections file) back into
    /// the page's course data, as the player does; a package written before they moved (all of them in the page, or
    /// the kept-out sections' quizzes only in the file, or no file) keeps what its page has. Hostile input: a file that is not ours changes nothing.
    /// </summary>
    /// <exception cref="JsonException">The file's quizzes are not JSON.</exception>
    public static void Restore(JsonObject courseData, string? file)
    {
        if (Statement(file, QuizzesPrefix) is not { } json || JsonNode.Parse(json) is not JsonObject quizzes)
        {
            return;
        }

        foreach (var section in (courseData["sections"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (section["id"] is JsonValue id && id.TryGetValue<string>(out var sectionId) && quizzes[sectionId] is JsonObject kept)
            {
                foreach (var name in new[] { "title", "quiz", "checks" })
                {
                    if (kept[name] is { } value)
                    {
                        section[name] = value.DeepClone();
                    }
                }
            }
        }
    }

    /// <summary>
    /// Puts the sections of <paramref name="file"/> (the package's sections file) back into <paramref name="page"/>
    /// in their placeholders' places, as the player does (for what reads a built package as a learner sees it: the
    /// tests). A placeholder names one key (a package written before runs were joined, the contents' entries, the
    /// ending) or a run of section ids, space-separated; a key the file lacks puts nothing back, as in the player.
    /// </summary>
    public static void Unfold(IDocument page, string? file)
    {
        var parser = new HtmlParser();
        var kept = Read(file);
        foreach (var placeholder in page.QuerySelectorAll($"script[type='{BlockType}'][{RuntimeContract.Attributes.Section}]").ToList())
        {
            foreach (var key in Keys(placeholder))
            {
                placeholder.Before([.. parser.ParseFragment(kept.GetValueOrDefault(key, ""), placeholder.ParentElement!)]);
            }

            placeholder.Remove();
        }
    }

    /// <summary>The keys a placeholder names, in page order.</summary>
    private static string[] Keys(IElement placeholder) =>
        (placeholder.GetAttribute(RuntimeContract.Attributes.Section) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The JSON of the file's line that starts with <paramref name="prefix"/> (without it and its ";").</summary>
    private static string? Statement(string? file, string prefix)
    {
        // Line by line without copying them: the file of a large course is megabytes.
        foreach (var line in (file ?? "").AsSpan().EnumerateLines())
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line[prefix.Length..].TrimEnd().TrimEnd(';').ToString();
            }
        }

        return null;
    }
}
