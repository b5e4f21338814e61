using System.IO.Compression;
using System.Xml.Linq;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Cli.Preview;

/// <summary>
/// One build of the course for the preview: the package's files in memory (never unzipped to disk), or the
/// diagnostics that stopped it. <see cref="Version"/> grows with every build, so the page knows when to relaunch.
/// </summary>
internal sealed record PreviewBuild(
    int Version,
    IReadOnlyDictionary<string, byte[]>? Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    string DiagnosticsText,
    string? LaunchHref,
    string? MasteryScore,
    string? Title,
    DateTimeOffset BuiltAt)
{
    public bool Succeeded => Files is not null;

    /// <summary>
    /// Compiles <paramref name="courseDirectory"/> to a zip in a fresh temporary folder, reads it into memory and
    /// deletes the folder at once, so that nothing is left behind however the preview ends (Ctrl+C, a kill).
    /// </summary>
    public static PreviewBuild Run(string courseDirectory, int version, string scratchRoot)
    {
        var scratchDirectory = Path.Combine(scratchRoot, $"civil-scorm-preview-{Guid.NewGuid():N}");
        Directory.CreateDirectory(scratchDirectory);
        try
        {
            return Build(courseDirectory, version, scratchDirectory);
        }
        finally
        {
            Directory.Delete(scratchDirectory, recursive: true);
        }
    }

    private static PreviewBuild Build(string courseDirectory, int version, string scratchDirectory)
    {
        var zipPath = Path.Combine(scratchDirectory, $"preview-{version}.zip");
        var result = CourseCompiler.Compile(new CompileOptions(courseDirectory, zipPath));
        var text = new StringWriter();
        new DiagnosticPrinter(text, useColour: false, courseDirectory).PrintText(result.Diagnostics);
        if (result.PackagePath is not { } written)
        {
            return new PreviewBuild(version, null, result.Diagnostics, text.ToString(), null, null, null, DateTimeOffset.UtcNow);
        }

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            using var zip = ZipFile.OpenRead(written);
            foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                using var stream = entry.Open();
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                files[entry.FullName] = memory.ToArray();
            }
        }
        finally
        {
            File.Delete(written);
        }

        var (launch, mastery, title) = ReadManifest(files);
        return new PreviewBuild(version, files, result.Diagnostics, text.ToString(), launch, mastery, title, DateTimeOffset.UtcNow);
    }

    /// <summary>The launch page as an LMS finds it: the default organisation's first item that names a resource.</summary>
    private static (string? Launch, string? Mastery, string? Title) ReadManifest(IReadOnlyDictionary<string, byte[]> files)
    {
        if (!files.TryGetValue("imsmanifest.xml", out var bytes))
        {
            // An xAPI package (tincan.xml) or no manifest at all: the player page is the launch page.
            return (files.ContainsKey("index.html") ? "index.html" : null, null, null);
        }

        XNamespace cp = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
        XNamespace adl = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
        var manifest = XDocument.Load(new MemoryStream(bytes));
        var organizations = manifest.Root?.Element(cp + "organizations");
        var organization = organizations?.Elements(cp + "organization")
            .FirstOrDefault(o => (string?)o.Attribute("identifier") == (string?)organizations.Attribute("default"))
            ?? organizations?.Element(cp + "organization");
        var item = organization?.Descendants(cp + "item").FirstOrDefault(i => i.Attribute("identifierref") is not null);
        var resource = manifest.Descendants(cp + "resource").FirstOrDefault(r => (string?)r.Attribute("identifier") == (string?)item?.Attribute("identifierref"));
        var href = (string?)resource?.Attribute("href");
        if (href is not null && (string?)item?.Attribute("parameters") is { Length: > 0 } parameters)
        {
            href += parameters.StartsWith('?') || parameters.StartsWith('#') ? parameters : "?" + parameters;
        }

        return (href, item?.Element(adl + "masteryscore")?.Value.Trim(), organization?.Element(cp + "title")?.Value);
    }
}
