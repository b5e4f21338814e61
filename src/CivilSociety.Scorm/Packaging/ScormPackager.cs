using System.IO.Compression;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Rendering;

namespace CivilSociety.Scorm.Packaging;

/// <summary>
/// Stage 5: writes the zip. Entries sorted, timestamps fixed: the same input gives the same bytes. The zip is
/// written to a temporary file beside the target and moved over it only when complete, so an existing package is
/// never replaced by a broken one.
/// </summary>
internal static class ScormPackager
{
    /// <summary>A fixed time for every entry (zip stores local DOS time; 1980 is its epoch, so take a later date).</summary>
    private static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Formats that are already compressed: deflating them again costs time and saves nothing.</summary>
    private static readonly HashSet<string> StoredExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".mp4", ".m4v", ".webm", ".mp3", ".m4a", ".ogg", ".oga",
        ".ogv", ".woff", ".woff2", ".zip", ".gz", ".pdf", ".docx", ".pptx", ".xlsx",
    };

    public static string? Write(RenderedCourse course, string outputPath, DiagnosticBag diagnostics)
    {
        var target = Path.GetFullPath(outputPath);
        if (Directory.Exists(target))
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.OutputNotWritable, SourceSpan.File(outputPath),
                $"name the zip file itself, such as {Path.Combine(outputPath, "course.zip").Replace('\\', '/')}", "it is a folder");
            return null;
        }

        // "-o course.yml" or "-o sections/01.md" is a slip of the keyboard, not a wish to lose the file.
        if (File.Exists(target) && !IsZip(target))
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.OutputNotWritable, SourceSpan.File(outputPath),
                "name a new .zip file, or delete this file first if you really want it replaced", "the file exists and is not a zip; it is left as it is");
            return null;
        }

        // Everything is written to temporary files first, and moved into place only when all of them are complete.
        var folder = Path.GetDirectoryName(target) ?? ".";
        var temporary = TemporaryPath(folder, Path.GetFileName(target));
        var companions = course.BesideThePackage
            .Select(entry => (Entry: entry, Path: CompanionPath(target, entry.Path), Temporary: TemporaryPath(folder, Path.GetFileName(CompanionPath(target, entry.Path)))))
            .ToList();
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                foreach (var entry in course.Entries)
                {
                    WriteEntry(zip, entry);
                }
            }

            foreach (var companion in companions)
            {
                File.WriteAllBytes(companion.Temporary, companion.Entry.Content!);
            }

            File.Move(temporary, target, overwrite: true);
            foreach (var companion in companions)
            {
                File.Move(companion.Temporary, companion.Path, overwrite: true);
            }

            return target;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCatalog.OutputNotWritable, SourceSpan.File(outputPath), ex.Message);
            return null;
        }
        finally
        {
            foreach (var path in companions.Select(c => c.Temporary).Prepend(temporary).Where(File.Exists))
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>course.zip + decoder.csv -> course.decoder.csv, also written whole or not at all.</summary>
    public static string CompanionPath(string packagePath, string entryPath) =>
        Path.Combine(Path.GetDirectoryName(packagePath)!, Path.GetFileNameWithoutExtension(packagePath) + "." + entryPath);

    private static string TemporaryPath(string folder, string name) => Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");

    private static bool IsZip(string path)
    {
        Span<byte> signature = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(signature, 4, throwOnEndOfStream: false) == 4 && signature is [0x50, 0x4B, 0x03 or 0x05, 0x04 or 0x06];
    }

    private static void WriteEntry(ZipArchive zip, PackageEntry entry)
    {
        var level = StoredExtensions.Contains(Path.GetExtension(entry.Path)) ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
        var zipEntry = zip.CreateEntry(entry.Path, level);
        zipEntry.LastWriteTime = FixedTimestamp;
        using var output = zipEntry.Open();
        if (entry.Content is { } bytes)
        {
            output.Write(bytes);
        }
        else
        {
            using var input = File.OpenRead(entry.SourceFile!);
            input.CopyTo(output);
        }
    }
}
