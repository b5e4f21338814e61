using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AngleSharp.Dom;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Markup;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// Keeps the sections after the first out of the launch page: the browser reads the whole page before the player
/// runs, and a course of 300 sections is 5 MB of HTML and 2.8 MB of course data (their quizzes' sealed answer keys)
/// behind a first section of 17 KB. Each run of sections kept out leaves one empty placeholder in its place, their ids
/// in page order, space-separated, <c>&lt;script type="text/html" data-section="ID ID …"&gt;&lt;/script&gt;</c>
/// (<see cref="JoinRuns"/>), their HTML goes into a script file of its own (<see cref="RuntimeContract.Files.Sections"/>),
/// and so do every section's title, quiz and practice checks from the course data (the page keeps the sections' ids:
/// the choice of the section painted first needs no more; the set-up, which reads the rest, waits for the file) and
/// the first section's quiz forms, hidden. The summary's ending, shown only once the course is set up, goes into the
/// file too (200 KB of links for that course), and so do the table of contents' entries past a window's height (as
/// one block of entries). The
/// player loads the file with a <c>&lt;script src&gt;</c> once the section it opens on is painted
/// (<c>fetch</c> cannot read <c>file://</c>; a script can, and an LMS serves it as it serves the page), then puts each
/// block back in its placeholder's place and the quizzes back in the course data before it sets the course up
/// (packaging/runtime/src/ui/dom.js, player/start.js), so the page and data it drives are the ones written here.
/// A section finished before the rest of the page is kept out at once (<see cref="KeepOut(IElement)"/>), so that its
/// nodes can go while the next sections are rendered; <see cref="Apply"/> keeps out the rest and writes the file.
/// </summary>
internal sealed partial class DeferredSections
{
    /// <summary>JSON's own escapes only: the file is a script of its own, never inside an HTML element, so "&lt;" and quotes can stay.</summary>
    private static readonly JsonWriterOptions FileJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The HTML of each section kept out before <see cref="Apply"/> (being written), by the placeholder left in its
    /// place: as the file's JSON string, UTF-8 and escaped already by a writer like the file's (<see cref="KeptOutHtml"/>:
    /// no string of the HTML, which would live until the file is written, and escaped on the thread that serialises it).
    /// </summary>
    private readonly Dictionary<IElement, Task<ReadOnlyMemory<byte>>> _keptOut = [];

    private readonly KeptOutHtml _keptOutHtml = new(FileJson);

    /// <summary>The last section given to <see cref="_keptOutHtml"/>: the next one is written after it.</summary>
    private Task _lastKeptOut = Task.CompletedTask;

    public const string BlockType = "text/html";

    /// <summary>What the file's first line says before the sections' JSON: the script hands them to its own element.</summary>
    public const string FilePrefix = "document.currentScript.sections=";

    /// <summary>
    /// The ending's key among the sections' (a section id begins with a letter: CourseRules.WellFormedId): the player
    /// puts every placeholder back alike.
    /// </summary>
    public const string EndingKey = "#ending";

    /// <summary>
    /// The key of the table of contents' entries past the first <see cref="ContentsEntriesKept"/>, which the file
    /// holds too: the player puts their placeholder back like a section's, with every entry in it.
    /// </summary>
    public const string ContentsKey = "#toc";

    /// <summary>
    /// The contents' entries the page keeps for the first paint; the rest are put back with the sections, a moment
    /// later. Six: more than the real course has (five), few enough that the contents stay shorter than a window and
    /// the first frame has no scroll box of its own to draw. With 30, the synthetic course's first frame rastered 29
    /// tiles in Chromium; with 6, 19, as the real course's does (docs/benchmarks.md, eighth session).
    /// </summary>
    public const int ContentsEntriesKept = 6;

    /// <summary>
    /// The key of the <paramref name="n"/>th form (quiz or practice check, in page order) of a section the page keeps:
    /// "#" as the contents' and the ending's keys, which no section id begins with; "/" after the id, which no key has.
    /// </summary>
    public static string FormKey(string sectionId, int n) => "#" + sectionId + "/" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What its second line says before every section's title, quiz and checks (<see cref="CourseData.KeptOutData"/> by section id).</summary>
    public const string QuizzesPrefix = "document.currentScript.quizzes=";

    /// <param name="data">
    /// The course data to split (null: a page without one), asked for once the sections are written: it may be worked
    /// out on another thread meanwhile.
    /// </param>
    /// <returns>
    /// The file's content (UTF-8, one statement a line, the contents' key when it has entries past the first
    /// <see cref="ContentsEntriesKept"/>, section ids in page order, then the ending's key),
    /// <c>document.currentScript.sections={"ID":"&lt;section …&gt;…&lt;/section&gt;",…,"#ending":"&lt;div …&gt;"};</c> then
    /// <c>document.currentScript.quizzes={"ID":{"title":"…","quiz":{…},"checks":[…]},…};</c>, or null when the page has no section
    /// to keep out (one section, or none); and the course data the page keeps.
    /// </returns>
    public (byte[]? File, CourseData? PageData) Apply(IDocument document, Func<CourseData?> data)
    {
        // Every section but the first of its container, in page order: those kept out already by their placeholders.
        var containers = document.QuerySelectorAll($"[{RuntimeContract.Attributes.Slot}='{RuntimeContract.Slots.Sections}']");
        var kept = containers
            .SelectMany(container => container.Children.Where(child => IsSection(child) || _keptOut.ContainsKey(child)).Skip(1))
            .ToList();
        if (kept.Count == 0)
        {
            return (null, data());
        }

        var placeholders = new List<IElement>(kept.Count);
        var file = new ChunkedBytes();
        file.Write(Encoding.UTF8.GetBytes(FilePrefix));
        using (var json = new Utf8JsonWriter(file, FileJson))
        {
            var html = new JsonStringWriter(json);
            json.WriteStartObject();
            // The contents' entries past the first few: the synthetic course's 300 are 1,500 nodes the browser would
            // parse, style and draw before the first paint.
            var entries = document.QuerySelectorAll($"[{RuntimeContract.Attributes.Slot}='{RuntimeContract.Slots.Toc}'] > li")
                .Where(li => li.QuerySelector($"a[{RuntimeContract.Attributes.Section}]") is not null)
                .Skip(ContentsEntriesKept)
                .ToList();
            if (entries.Count > 0)
            {
                json.WritePropertyName(ContentsKey);
                foreach (var entry in entries)
                {
                    LeanHtmlFormatter.Write(WithoutComments(entry), html);
                }

                html.End();
                LeavePlaceholder(entries[0], ContentsKey);
                foreach (var entry in entries.Skip(1))
                {
                    entry.Remove();
                }
            }

            // The quiz and practice checks of each section the page keeps: the player shows them only once the set-up
            // has arranged their controls, so the first paint never has them (the synthetic course's quiz was 236 of
            // its first section's 282 elements, the real course's 9 KB of its 20 KB page). Hidden in the file, for
            // the set-up to show (packaging/runtime/src/player/start.js).
            foreach (var container in containers)
            {
                if (container.Children.FirstOrDefault(IsSection) is not { } shown)
                {
                    continue;
                }

                var sectionId = shown.GetAttribute(RuntimeContract.Attributes.Section)!;
                foreach (var (form, n) in shown.QuerySelectorAll($"form.{RuntimeContract.Classes.Quiz}").Select((form, n) => (form, n)).ToList())
                {
                    var key = FormKey(sectionId, n);
                    form.SetAttribute("hidden", "");
                    json.WritePropertyName(key);
                    TakeOut(form, key, html);
                }
            }

            foreach (var section in kept)
            {
                var id = section.GetAttribute(RuntimeContract.Attributes.Section)!;
                if (_keptOut.TryGetValue(section, out var written))
                {
                    // The writer writes the value's first byte, its opening quote, and with it the comma and the name
                    // as before any value; the rest joins the file where it lies, copied once, into the file's array.
                    var value = written.GetAwaiter().GetResult();
                    json.WritePropertyName(id);
                    json.WriteRawValue(value.Span[..1], skipInputValidation: true);
                    json.Flush();
                    file.Splice(value[1..]);
                    placeholders.Add(section);
                }
                else
                {
                    json.WritePropertyName(id);
                    placeholders.Add(TakeOut(section, id, html));
                }
            }

            JoinRuns(placeholders);

            // The ending (EndingRenderer) is shown with the summary, once the course is set up; a course of 300
            // sections and ten outcomes links each outcome to its sections: 200 KB of HTML the first paint never shows.
            if (document.QuerySelector($"[{RuntimeContract.Attributes.Slot}='{RuntimeContract.Slots.Ending}']") is { } ending)
            {
                json.WritePropertyName(EndingKey);
                TakeOut(ending, EndingKey, html);
            }

            json.WriteEndObject();
        }

        file.Write(";\n"u8);
        if (data() is not { } courseData)
        {
            return (file.ToArray(), null);
        }

        // Every section's title, quiz and checks: the set-up reads them, after this file has loaded; the first paint needs
        // only the sections' ids (the synthetic course's page was 31 KB of data larger with them, the real course's 7 KB).
        var later = new Dictionary<string, CourseData.KeptOutData>(StringComparer.Ordinal);
        foreach (var section in courseData.Sections)
        {
            later[section.Id] = new CourseData.KeptOutData(section.Title, section.Quiz, section.Checks);
        }

        file.Write(Encoding.UTF8.GetBytes(QuizzesPrefix));
        using (var json = new Utf8JsonWriter(file, FileJson))
        {
            JsonSerializer.Serialize(json, later, RenderingJsonContext.Default.DictionaryStringKeptOutData);
        }

        file.Write(";\n"u8);
        return (file.ToArray(), courseData with
        {
            Sections = [.. courseData.Sections.Select(s => s with { Title = null, Quiz = null, Checks = null })],
        });
    }

    /// <summary>
    /// Keeps a finished section out of the page now, as <see cref="Apply"/> would (its HTML as it stands, a placeholder
    /// in its place): nothing may change it afterwards. Never the first section of its container, which stays.
    /// </summary>
    public void KeepOut(IElement section)
    {
        var placeholder = LeavePlaceholder(WithoutComments(section), section.GetAttribute(RuntimeContract.Attributes.Section)!);
        // Written on the other core while the next sections are rendered: out of the page, the section is changed by
        // no one, and the serialiser (LeanHtmlFormatter.Write) only reads it. One after another, as they share one writer.
        var written = _lastKeptOut.ContinueWith(_ => _keptOutHtml.Write(section), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        _keptOut.Add(placeholder, written);
        _lastKeptOut = written;
    }

    /// <summary>
    /// One placeholder for each run of kept-out sections that follow one another (<paramref name="placeholders"/>, in
    /// page order): the first of the run names them all, in order, space-separated, and the others go. The synthetic
    /// course's 299 placeholders were 16.9 KB of its 74 KB launch page, and ~3 ms of the browser's CPU before the
    /// first paint (their parsing, and their styles worked out when the first section is shown: 451 elements instead
    /// of 152).
    /// </summary>
    private static void JoinRuns(IReadOnlyList<IElement> placeholders)
    {
        var runs = new List<List<IElement>>();
        foreach (var placeholder in placeholders)
        {
            if (runs.Count > 0 && runs[^1][^1].NextSibling == placeholder)
            {
                runs[^1].Add(placeholder);
            }
            else
            {
                runs.Add([placeholder]);
            }
        }

        foreach (var run in runs.Where(run => run.Count > 1))
        {
            run[0].SetAttribute(RuntimeContract.Attributes.Section, string.Join(' ', run.Select(p => p.GetAttribute(RuntimeContract.Attributes.Section))));
            foreach (var joined in run.Skip(1))
            {
                joined.Remove();
            }
        }
    }

    /// <summary>
    /// Takes <paramref name="element"/> out of the page now, a placeholder for <paramref name="key"/> in its place;
    /// writes its HTML as the file's next value (<paramref name="html"/>), returns the placeholder.
    /// </summary>
    private static IElement TakeOut(IElement element, string key, JsonStringWriter html)
    {
        LeanHtmlFormatter.Write(WithoutComments(element), html);
        html.End();
        return LeavePlaceholder(element, key);
    }

    private static IElement LeavePlaceholder(IElement element, string key)
    {
        var placeholder = element.Owner!.CreateElement("script");
        placeholder.SetAttribute("type", BlockType);
        placeholder.SetAttribute(RuntimeContract.Attributes.Section, key);
        element.Replace(placeholder);
        return placeholder;
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
