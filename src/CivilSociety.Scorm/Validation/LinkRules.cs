using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Parsing;

using SourceSpan = CivilSociety.Scorm.Diagnostics.SourceSpan;

namespace CivilSociety.Scorm.Validation;

/// <summary>Rules about links and images: everything a learner needs must be inside the package.</summary>
internal static class LinkRules
{
    public static void LinksResolveInsideTheCourse(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var section in course.Sections)
        {
            foreach (var link in section.Links)
            {
                CheckUrl(link.Url, section.SourcePath, link.Location, sources, diagnostics);

                // No text, or only spaces: a screen reader would read the file name.
                if (link.IsImage && !link.HasText)
                {
                    diagnostics.Report(DiagnosticCatalog.ImageWithoutAlt, link.Location, link.Url);
                }
            }
        }
    }

    /// <summary>One URL written in <paramref name="sourcePath"/> (a Markdown link or a raw HTML attribute).</summary>
    public static void CheckUrl(string url, string sourcePath, SourceSpan location, CourseSources sources, DiagnosticBag diagnostics)
    {
        switch (LinkTarget.Classify(url))
        {
            case LinkKind.Unsafe:
                diagnostics.Report(DiagnosticCatalog.UnsafeUrl, location, url);
                break;
            case LinkKind.Remote:
                diagnostics.Report(DiagnosticCatalog.RemoteResource, location, url);
                break;
            case LinkKind.Absolute:
                diagnostics.Report(DiagnosticCatalog.AbsolutePath, location, url);
                break;
            case LinkKind.Relative:
                var path = CoursePaths.Resolve(sources.RootDirectory, CoursePaths.FolderOf(sourcePath), LinkTarget.PathOf(url));
                if (path is null)
                {
                    diagnostics.Report(DiagnosticCatalog.LinkOutsideCourse, location, url);
                }
                else if (sources.LeadsOutside(path))
                {
                    diagnostics.Report(DiagnosticCatalog.LinkOutsideThroughSymlink, location, url);
                }
                else if (UnreadableFiles.Report(sources, path, url, location, diagnostics))
                {
                    // A pipe, a device, a link that loops or leads nowhere: named, never opened.
                }
                else if (!sources.AllFiles.Contains(path))
                {
                    var sameButCase = sources.AllFiles.FirstOrDefault(f => string.Equals(f, path, StringComparison.OrdinalIgnoreCase));
                    if (url.Contains('\\'))
                    {
                        diagnostics.ReportWithHelp(DiagnosticCatalog.LinkTargetMissing, location,
                            $"separate folders with / (as in {url.Replace('\\', '/')}), not \\", url);
                    }
                    else if (sameButCase is null)
                    {
                        diagnostics.Report(DiagnosticCatalog.LinkTargetMissing, location, url);
                    }
                    else
                    {
                        diagnostics.ReportWithHelp(DiagnosticCatalog.LinkTargetMissing, location,
                            $"the course has '{sameButCase}': write the name with the same capital and small letters (LMS servers tell them apart)", url);
                    }
                }
                else if (new FileInfo(sources.FullPath(path)).Length is var length && length > CourseLoader.MaxBundledFileBytes)
                {
                    diagnostics.Report(DiagnosticCatalog.AssetTooLarge, location, url, length, CourseLoader.MaxBundledFileBytes);
                }

                break;
        }
    }

    /// <summary>LMSs on case-insensitive file systems would merge two such files into one.</summary>
    public static void BundledNamesDifferBeyondCase(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var group in sources.AllFiles.GroupBy(p => p, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var names = group.Order(StringComparer.Ordinal).ToList();
            diagnostics.Report(DiagnosticCatalog.NamesDifferOnlyInCase, SourceSpan.File(names[1]), names[0], names[1]);
        }
    }
}
