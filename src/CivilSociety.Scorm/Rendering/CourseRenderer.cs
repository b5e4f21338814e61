using System.Text;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Parsing;

namespace CivilSociety.Scorm.Rendering;

/// <summary>Stage 4: the validated course becomes the package's files: launch page, runtime, media, schemas, manifest.</summary>
internal static class CourseRenderer
{
    public static RenderedCourse Render(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        var strings = UiStrings.For(course.Language, course.StringOverrides);
        var sectionIdsByPath = course.Sections.ToDictionary(s => s.SourcePath, s => s.Id, StringComparer.Ordinal);
        var assetNames = new AssetNames(sources.AllFiles.Where(p => !sectionIdsByPath.ContainsKey(p)));
        var links = new LinkRewriter(sources.RootDirectory, new HashSet<string>(sources.AllFiles, StringComparer.Ordinal), sectionIdsByPath, assetNames);
        var markdown = new MarkdownHtml(MarkdownPipelineFactory.Create());

        var usedFiles = new SortedSet<string>(StringComparer.Ordinal);
        var page = new PageRenderer(markdown, links).Render(course, strings, usedFiles);

        var entries = new List<PackageEntry> { PackageEntry.FromBytes(PlayerNames.LaunchPage, Encoding.UTF8.GetBytes(page)) };
        var beside = new List<PackageEntry>();
        if (course.IsScored)
        {
            var decoder = PackageEntry.FromBytes(DecoderCsv.FileName, DecoderCsv.Write(course, markdown));
            entries.Add(decoder);
            beside.Add(decoder);
        }

        entries.AddRange(PackagingResources.RuntimeFiles.Select(name => PackageEntry.FromBytes(name, PackagingResources.Read(name))));
        entries.AddRange(usedFiles.Select(path => PackageEntry.FromFile(assetNames.PackagePathFor(path), sources.FullPath(path))));
        entries.AddRange(PackagingResources.SchemaFiles.Select(name =>
            PackageEntry.FromBytes(name[PackagingResources.SchemaFolder.Length..], PackagingResources.Read(name))));

        var manifest = ManifestWriter.Build(course, entries.Select(e => e.Path));
        entries.Add(PackageEntry.FromBytes(ManifestWriter.FileName, ManifestWriter.Serialize(manifest)));
        return new RenderedCourse([.. entries.OrderBy(e => e.Path, StringComparer.Ordinal)], beside);
    }
}
