using System.Text;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Resources;

namespace CivilSociety.Scorm.Rendering;

/// <summary>Stage 4: the validated course becomes the package's files: launch page, runtime, media, manifest.</summary>
internal static class CourseRenderer
{
    public static RenderedCourse Render(Course course, CourseSources sources, PackageTarget target)
    {
        var strings = UiStrings.For(course.Language, course.StringOverrides);
        var sectionIdsByPath = course.Sections.ToDictionary(s => s.SourcePath, s => s.Id, StringComparer.Ordinal);
        var assetNames = new AssetNames(sources.AllFiles.Where(p => !sectionIdsByPath.ContainsKey(p)));
        var links = new LinkRewriter(sources.RootDirectory, new HashSet<string>(sources.AllFiles, StringComparer.Ordinal), sectionIdsByPath, assetNames);
        var markdown = new MarkdownHtml(MarkdownPipelineFactory.Create());
        var xapi = course.Xapi is { } settings ? new XapiActivities(course, settings, strings, markdown) : null;

        var usedFiles = new SortedSet<string>(StringComparer.Ordinal);
        var page = new PageRenderer(markdown, links).Render(course, strings, xapi, usedFiles);

        var entries = new List<PackageEntry> { PackageEntry.FromBytes(RuntimeContract.Files.LaunchPage, Encoding.UTF8.GetBytes(page)) };
        // The teachers' decoder holds every answer: beside the zip, never in it (learners can open the package).
        var beside = new List<PackageEntry>();
        if (course.IsScored)
        {
            beside.Add(PackageEntry.FromBytes(DecoderCsv.FileName, DecoderCsv.Write(course, markdown)));
        }

        entries.AddRange(PackagingResources.RuntimeFiles
            .Where(name => xapi is not null || name != RuntimeContract.Files.Xapi)   // the statement sender: only with xAPI on
            .Select(name => PackageEntry.FromBytes(name, PackagingResources.Read(name))));
        entries.AddRange(usedFiles.Select(path => PackageEntry.FromFile(assetNames.PackagePathFor(path), sources.FullPath(path))));

        if (target == PackageTarget.Xapi && xapi is not null)
        {
            var tincan = TincanXmlWriter.Build(xapi.All(), course.Language);
            entries.Add(PackageEntry.FromBytes(TincanXmlWriter.FileName, ManifestWriter.Serialize(tincan)));
        }
        else
        {
            entries.AddRange(PackagingResources.SchemaFileNames.Select(name =>
                PackageEntry.FromBytes(name, PackagingResources.Read(PackagingResources.SchemaFolder + name))));
            var manifest = ManifestWriter.Build(course, entries.Select(e => e.Path));
            entries.Add(PackageEntry.FromBytes(ManifestWriter.FileName, ManifestWriter.Serialize(manifest)));
        }

        return new RenderedCourse([.. entries.OrderBy(e => e.Path, StringComparer.Ordinal)], beside);
    }
}
