using System.IO.Compression;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.PackageValidation;

/// <summary>
/// What an LMS's extractor must be safe from, read from the zip's directory alone (no entry is expanded): entries
/// that escape the folder, symbolic links, encryption, and expansion beyond any course (a zip bomb).
/// </summary>
internal static class ZipEntryChecks
{
    /// <summary>Only files of at least this size are checked for their ratio: a tiny file may compress very well.</summary>
    private const long RatioCheckedFrom = 1 << 20;

    /// <summary>
    /// Checks every entry and returns the names of the files that may be extracted. At the first entry that
    /// makes the zip a bomb, it stops: what follows would only be more of the attack.
    /// </summary>
    public static HashSet<string> Check(ZipArchive zip, DiagnosticBag diagnostics)
    {
        var files = new EntryNameChecks(diagnostics);
        long expanded = 0;
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName;
            if (IsEscaping(name))
            {
                diagnostics.Report(DiagnosticCatalog.UnsafeEntryName, SourceSpan.File(name), name);
                continue;
            }

            if (IsSymlink(entry))
            {
                diagnostics.Report(DiagnosticCatalog.SymlinkEntry, SourceSpan.File(name), name);
                continue;
            }

            if (entry.IsEncrypted)
            {
                diagnostics.Report(DiagnosticCatalog.EncryptedEntry, SourceSpan.File(name), name);
            }

            expanded += entry.Length;
            if (expanded > PackageValidator.MaxExpandedBytes)
            {
                diagnostics.Report(DiagnosticCatalog.ZipBomb, SourceSpan.File(name), PackageValidator.MaxExpandedBytes);
                break;
            }

            var ratio = entry.CompressedLength > 0 ? entry.Length / entry.CompressedLength : entry.Length;
            if (entry.Length > RatioCheckedFrom && ratio > PackageValidator.MaxCompressionRatio)
            {
                diagnostics.Report(DiagnosticCatalog.CompressionRatio, SourceSpan.File(name), name, ratio, PackageValidator.MaxCompressionRatio);
                break;
            }

            if (!name.EndsWith('/'))
            {
                files.Add(name);
            }
        }

        return files.Names;
    }

    /// <summary>A name that would land outside the folder it is extracted to: absolute, a drive, a backslash, or "..".</summary>
    public static bool IsEscaping(string name) =>
        name.StartsWith('/') || name.StartsWith('\\') || name.Contains('\\') || (name.Length > 1 && name[1] == ':')
        || name.Split('/').Any(segment => segment == "..");

    /// <summary>The Unix mode in the high half of the external attributes says S_IFLNK.</summary>
    private static bool IsSymlink(ZipArchiveEntry entry) => ((entry.ExternalAttributes >> 16) & 0xF000) == 0xA000;
}
