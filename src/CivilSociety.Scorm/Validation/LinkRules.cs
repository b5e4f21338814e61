using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Parsing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

using SourceSpan = CivilSociety.Scorm.Diagnostics.SourceSpan;

namespace CivilSociety.Scorm.Validation;

/// <summary>Rules about links and images: everything a learner needs must be inside the package.</summary>
internal static class LinkRules
{
    public static void LinksResolveInsideTheCourse(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var section in course.Sections)
        {
            foreach (var link in section.Body.Descendants<LinkInline>())
            {
                var url = link.Url ?? "";
                var location = new SourceSpan(section.SourcePath, link.Line + 1, link.Column + 1);
                switch (LinkTarget.Classify(url))
                {
                    case LinkKind.Remote:
                        diagnostics.Report(DiagnosticCatalog.RemoteResource, location, url);
                        break;
                    case LinkKind.Absolute:
                        diagnostics.Report(DiagnosticCatalog.AbsolutePath, location, url);
                        break;
                    case LinkKind.Relative:
                        var path = CoursePaths.Resolve(sources.RootDirectory, CoursePaths.FolderOf(section.SourcePath), LinkTarget.PathOf(url));
                        if (path is null)
                        {
                            diagnostics.Report(DiagnosticCatalog.LinkOutsideCourse, location, url);
                        }
                        else if (!sources.AllFiles.Contains(path))
                        {
                            diagnostics.Report(DiagnosticCatalog.LinkTargetMissing, location, url);
                        }

                        break;
                }

                // No text, or only spaces: a screen reader would read the file name.
                if (link.IsImage && link.Descendants<LiteralInline>().All(l => l.Content.IsEmptyOrWhitespace()))
                {
                    diagnostics.Report(DiagnosticCatalog.ImageWithoutAlt, location, url);
                }
            }
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
