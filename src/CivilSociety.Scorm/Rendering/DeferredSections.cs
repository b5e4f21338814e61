using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AngleSharp.Dom;
using CivilSociety.Scorm.Contract;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// Keeps the sections after the first out of the launch page: the browser reads the whole page before the player
/// runs, and a course of 300 sections is 5 MB of HTML behind a first section of 17 KB. Each section leaves an empty
/// placeholder, <c>&lt;script type="text/html" data-section="ID"&gt;&lt;/script&gt;</c>, in its place, and its HTML
/// goes into a script file of its own (<see cref="RuntimeContract.Files.Sections"/>), which the player loads with a
/// <c>&lt;script src&gt;</c> once the section it opens on is painted (<c>fetch</c> cannot read <c>file://</c>; a
/// script can, and an LMS serves it as it serves the page), then puts each section back in its placeholder's place
/// before it sets the course up (packaging/runtime/src/ui/dom.js), so the page it drives is the one written here.
/// </summary>
internal static class DeferredSections
{
    public const string BlockType = "text/html";

    /// <summary>What the file says before the sections' JSON: the script hands them to its own element.</summary>
    public const string FilePrefix = "document.currentScript.sections=";

    /// <returns>
    /// The file's content, <c>document.currentScript.sections={"ID":"&lt;section …&gt;…&lt;/section&gt;",…};</c> (UTF-8,
    /// section ids in page order); null when the page has no section to keep out (one section, or none).
    /// </returns>
    public static byte[]? Apply(IDocument document)
    {
        var kept = document.QuerySelectorAll($"[{RuntimeContract.Attributes.Slot}='{RuntimeContract.Slots.Sections}']")
            .SelectMany(container => container.Children.Where(IsSection).Skip(1))
            .ToList();
        if (kept.Count == 0)
        {
            return null;
        }

        using var stream = new MemoryStream();
        stream.Write(Encoding.UTF8.GetBytes(FilePrefix));
        // JSON's own escapes only: a script file of its own, never inside an HTML element, so "<" and quotes can stay.
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            foreach (var section in kept)
            {
                var id = section.GetAttribute(RuntimeContract.Attributes.Section)!;
                json.WriteString(id, WithoutComments(section).OuterHtml);
                var placeholder = document.CreateElement("script");
                placeholder.SetAttribute("type", BlockType);
                placeholder.SetAttribute(RuntimeContract.Attributes.Section, id);
                section.Replace(placeholder);
            }

            json.WriteEndObject();
        }

        stream.Write(";\n"u8);
        return stream.ToArray();
    }

    /// <summary>
    /// The sections of a file <see cref="Apply"/> wrote, by id (for what reads a built package as the player does:
    /// the tests); empty for null.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Read(string? file)
    {
        if (file is null)
        {
            return new Dictionary<string, string>();
        }

        var json = file.AsSpan().Trim()[FilePrefix.Length..].TrimEnd(';');
        return JsonSerializer.Deserialize(json, RenderingJsonContext.Default.DictionaryStringString)!;
    }

    private static bool IsSection(IElement element) =>
        element.LocalName == "section" && element.HasAttribute(RuntimeContract.Attributes.Section);

    /// <summary>Comments say nothing to the learner and go.</summary>
    private static IElement WithoutComments(IElement section)
    {
        foreach (var comment in section.Descendants<IComment>().ToList())
        {
            comment.Parent!.RemoveChild(comment);
        }

        return section;
    }
}
