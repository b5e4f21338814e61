using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CivilSociety.Scorm.Rendering;

namespace CivilSociety.Scorm.Tests.Infrastructure;

/// <summary>A course compiled into a temp folder, opened for reading.</summary>
internal sealed class BuiltPackage : IDisposable
{
    private readonly TempDirectory _directory = new();

    public BuiltPackage(string courseDirectory, Func<CompileOptions, CompileOptions>? configure = null)
    {
        var options = new CompileOptions(courseDirectory, _directory.File("package.zip"));
        Result = CourseCompiler.Compile(configure?.Invoke(options) ?? options);
        if (!Result.Succeeded)
        {
            throw new InvalidOperationException("the course did not build:\n" + string.Join("\n", Result.Diagnostics));
        }

        ZipPath = Result.PackagePath!;
    }

    public CompileResult Result { get; }

    public string ZipPath { get; }

    public IReadOnlyList<string> EntryNames()
    {
        using var zip = ZipFile.OpenRead(ZipPath);
        return [.. zip.Entries.Select(e => e.FullName)];
    }

    public byte[] ReadBytes(string entryName)
    {
        using var zip = ZipFile.OpenRead(ZipPath);
        using var stream = zip.GetEntry(entryName)?.Open() ?? throw new FileNotFoundException(entryName);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    public string ReadText(string entryName) => Encoding.UTF8.GetString(ReadBytes(entryName));

    public IHtmlDocument LaunchPage() => ParseLaunchPage(ReadText("index.html"), EntryNames().Contains("sections.js") ? ReadText("sections.js") : null);

    /// <summary>The launch page of a package's zip as the player sets it up (<see cref="ParseLaunchPage"/>).</summary>
    public static IHtmlDocument LaunchPageOf(ZipArchive zip)
    {
        string? Text(string name)
        {
            using var reader = zip.GetEntry(name) is { } entry ? new StreamReader(entry.Open(), Encoding.UTF8) : null;
            return reader?.ReadToEnd();
        }

        return ParseLaunchPage(Text("index.html") ?? throw new FileNotFoundException("index.html"), Text("sections.js"));
    }

    /// <summary>
    /// A launch page as the player sets it up: the sections kept out of it (their HTML in <paramref name="sections"/>,
    /// the package's sections.js) put back in their places, the first section's quizzes shown, and the sections' titles
    /// and quizzes back in its course data.
    /// </summary>
    public static IHtmlDocument ParseLaunchPage(string html, string? sections)
    {
        var page = new HtmlParser().ParseDocument(html);
        DeferredSections.Unfold(page, sections);
        // The quizzes of the section the page keeps come back hidden; the set-up shows them (packaging/runtime/src/player/start.js).
        foreach (var form in page.QuerySelectorAll("form.quiz[hidden]"))
        {
            form.RemoveAttribute("hidden");
        }

        if (sections is not null && page.GetElementById("course-data") is { } data && JsonNode.Parse(data.TextContent) is JsonObject courseData)
        {
            DeferredSections.Restore(courseData, sections);
            data.TextContent = courseData.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }

        return page;
    }

    public void Dispose() => _directory.Dispose();
}
