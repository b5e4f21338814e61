using AngleSharp.Dom;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Resources;

namespace CivilSociety.Scorm.Rendering;

/// <summary>Stage 4: the validated course becomes the package's files: launch page, runtime, media, manifest.</summary>
internal static class CourseRenderer
{
    public static RenderedCourse Render(Course course, CourseSources sources, PackageTarget target) =>
        Render(course, sources, target, new MarkdownHtml(MarkdownPipelineFactory.Shared));

    /// <param name="markdown">The build's Markdown renderer.</param>
    /// <param name="quizzesRendered">Called once every section and quiz of the page is rendered, before the rest of the package.</param>
    /// <param name="sectionsRendered">Called after each section and its quiz is rendered, with how many are, in course order.</param>
    /// <param name="shell">The launch page's shell, being parsed (<see cref="PageShell.ParseAhead"/>); null: parsed when needed.</param>
    public static RenderedCourse Render(Course course, CourseSources sources, PackageTarget target, MarkdownHtml markdown, Action? quizzesRendered = null, Action<int>? sectionsRendered = null, Task<IDocument>? shell = null)
    {
        var strings = UiStrings.For(course.Language, course.StringOverrides);
        var sectionIdsByPath = course.Sections.ToDictionary(s => s.SourcePath, s => s.Id, StringComparer.Ordinal);
        var assetNames = new AssetNames(sources.AllFiles.Where(p => !sectionIdsByPath.ContainsKey(p)));
        var links = new LinkRewriter(sources.RootDirectory, new HashSet<string>(sources.AllFiles, StringComparer.Ordinal), sectionIdsByPath, assetNames);
        var xapi = course.Xapi is { } settings ? new XapiActivities(course, settings, strings, markdown) : null;

        // The snapshot and the decoder need only the course and the quizzes' plain texts: once every quiz is rendered
        // they are written on the thread pool, with a renderer of their own that knows those texts (ForAnotherThread,
        // copied on this thread while nothing changes it), while this thread finishes the page.
        Task<(byte[] Snapshot, byte[]? Decoder)>? companions = null;
        void QuizzesRendered()
        {
            quizzesRendered?.Invoke();
            var own = markdown.ForAnotherThread();
            companions = Task.Run(() => (SnapshotFile.Write(course, target, own), course.IsScored ? DecoderCsv.Write(course, own) : null));
        }

        var usedFiles = new SortedSet<string>(StringComparer.Ordinal);
        var (page, sections) = new PageRenderer(markdown, links).Render(course, strings, xapi, usedFiles, target, QuizzesRendered, sectionsRendered, shell?.GetAwaiter().GetResult());
        var (snapshot, decoder) = companions!.GetAwaiter().GetResult();

        var entries = new List<PackageEntry>
        {
            PackageEntry.FromBytes(RuntimeContract.Files.LaunchPage, page),
            // What a later version's comparison needs (civil-scorm diff, build --previous): docs/republishing.md.
            PackageEntry.FromBytes(SnapshotFile.FileName, snapshot),
        };
        if (sections is not null)
        {
            entries.Add(PackageEntry.FromBytes(RuntimeContract.Files.Sections, sections));
        }

        // The teachers' decoder holds every answer: beside the zip, never in it (learners can open the package).
        var beside = new List<PackageEntry>();
        if (decoder is not null)
        {
            beside.Add(PackageEntry.FromBytes(DecoderCsv.FileName, decoder));
        }

        entries.AddRange(PackagingResources.RuntimeFiles
            .Where(name => Ships(name, target, xapiOn: xapi is not null))
            .Select(name => PackageEntry.FromResource(name, RuntimeResource(name, target))));
        if (course.Branding is { } branding)
        {
            entries.Add(PackageEntry.FromBytes(BrandingRenderer.PackagePath, BrandingRenderer.StyleSheet(branding)));
        }

        entries.AddRange(usedFiles.Select(path => PackageEntry.FromFile(assetNames.PackagePathFor(path), sources.FullPath(path))));

        if (target == PackageTarget.Scorm2004)
        {
            entries.AddRange(Scorm2004Resources.SchemaFileNames.Select(name =>
                PackageEntry.FromResource(name, Scorm2004Resources.SchemaFolder + name)));
            var manifest = Scorm2004ManifestWriter.Build(course, entries.Select(e => e.Path));
            entries.Add(PackageEntry.FromBytes(ManifestWriter.FileName, ManifestWriter.Serialize(manifest)));
        }
        else if (target == PackageTarget.Cmi5 && xapi is not null)
        {
            entries.Add(PackageEntry.FromBytes(Cmi5XmlWriter.FileName, ManifestWriter.Serialize(Cmi5XmlWriter.Build(course, xapi))));
        }
        else if (target == PackageTarget.Xapi && xapi is not null)
        {
            var tincan = TincanXmlWriter.Build(xapi.All(), course.Language);
            entries.Add(PackageEntry.FromBytes(TincanXmlWriter.FileName, ManifestWriter.Serialize(tincan)));
        }
        else
        {
            entries.AddRange(PackagingResources.SchemaFileNames.Select(name =>
                PackageEntry.FromResource(name, PackagingResources.SchemaFolder + name)));
            var manifest = ManifestWriter.Build(course, entries.Select(e => e.Path));
            entries.Add(PackageEntry.FromBytes(ManifestWriter.FileName, ManifestWriter.Serialize(manifest)));
        }

        return new RenderedCourse([.. entries.OrderBy(e => e.Path, StringComparer.Ordinal)], beside);
    }

    /// <summary>The embedded file a runtime file is copied from: a SCORM 2004 package's player speaks API_1484_11.</summary>
    private static string RuntimeResource(string name, PackageTarget target) =>
        target == PackageTarget.Scorm2004 && name == RuntimeContract.Files.Player ? Scorm2004Resources.Player : name;

    /// <summary>A cmi5 package runs its own player (runtime/player-cmi5.js, statements included) and nothing else.</summary>
    private static bool Ships(string runtimeFile, PackageTarget target, bool xapiOn) =>
        target == PackageTarget.Cmi5
            ? runtimeFile is not (RuntimeContract.Files.Xapi or RuntimeContract.Files.Player)
            : runtimeFile != RuntimeContract.Files.PlayerCmi5 && (xapiOn || runtimeFile != RuntimeContract.Files.Xapi);
}
