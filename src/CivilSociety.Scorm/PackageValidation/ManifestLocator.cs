using System.IO.Compression;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.PackageValidation;

/// <summary>
/// Finds imsmanifest.xml at the root of the zip. When it is not there, says where it is instead: at the root in
/// the wrong case, or in a folder (the zip of a folder rather than of its contents); each has its own fix.
/// </summary>
internal static class ManifestLocator
{
    private const string Name = Scorm12Names.ManifestFile;

    /// <summary>The manifest's entry, or null once its absence is reported.</summary>
    public static ZipArchiveEntry? Find(ZipArchive zip, string zipPath, IReadOnlyCollection<string> names, DiagnosticBag diagnostics)
    {
        if (zip.GetEntry(Name) is { } manifest)
        {
            return manifest;
        }

        var elsewhere = names.FirstOrDefault(n => n.Equals(Name, StringComparison.OrdinalIgnoreCase))
                        ?? names.Where(n => n.EndsWith("/" + Name, StringComparison.OrdinalIgnoreCase))
                                .OrderBy(n => n.Count(c => c == '/')).ThenBy(n => n, StringComparer.Ordinal).FirstOrDefault();
        var found = elsewhere is null ? "" : $" (found '{elsewhere}')";
        var zipSpan = SourceSpan.File(zipPath);
        if (elsewhere is not null && !elsewhere.Contains('/'))
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.ManifestMissing, zipSpan,
                $"rename '{elsewhere}' to {Name}: Moodle and Blackboard look for that name exactly, in lower case", found);
        }
        else if (elsewhere is not null && !elsewhere.EndsWith("/" + Name, StringComparison.Ordinal))
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.ManifestMissing, zipSpan,
                $"Moodle and Blackboard need {Name} at the root, named exactly so in lower case: rename '{elsewhere[(elsewhere.LastIndexOf('/') + 1)..]}' to {Name} and zip the folder's contents, not the folder", found);
        }
        else
        {
            diagnostics.Report(DiagnosticCatalog.ManifestMissing, zipSpan, found);
        }

        return null;
    }
}
