using System.Text;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Rendering;

namespace CivilSociety.Scorm.Republishing;

/// <summary>
/// <c>build --previous OLD.zip</c>: the package being built compared with the one learners are using, before it is
/// written; each finding is located at the section or question it is about in the course's own files.
/// </summary>
internal static class BuildComparison
{
    public static void Report(Course course, RenderedCourse rendered, string previousZip, DiagnosticBag diagnostics)
    {
        var (old, problem) = PackageReader.Read(previousZip);
        if (old is null)
        {
            diagnostics.Report(DiagnosticCatalog.DiffUnreadable, SourceSpan.File(Path.GetFullPath(previousZip)), Path.GetFileName(previousZip), PackageComparer.WhatIsNotAZip(previousZip) ?? problem);
            return;
        }

        var files = rendered.Entries.Where(e => e.Content is not null).ToDictionary(e => e.Path, e => e.Content!, StringComparer.Ordinal);
        var (@new, _) = PackageReader.Read(name => files.TryGetValue(name, out var bytes) ? Encoding.UTF8.GetString(bytes) : null);
        if (@new is null)
        {
            return;
        }

        var comparison = PackageComparer.Compare(old, @new, Path.GetFileName(previousZip), (section, question) => Locate(course, section, question));
        foreach (var diagnostic in comparison.Findings)
        {
            diagnostics.Add(diagnostic);
        }
    }

    private static SourceSpan Locate(Course course, string? sectionId, string? questionId)
    {
        var section = course.Sections.FirstOrDefault(s => s.Id == sectionId);
        var question = section?.Quiz?.Questions.FirstOrDefault(q => q.Id == questionId);
        return question?.Location ?? section?.Quiz?.Location ?? section?.Location ?? course.LocationOf("version");
    }
}
