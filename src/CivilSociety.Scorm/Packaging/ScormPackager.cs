using System.IO.Compression;
using System.Text;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Rendering;

namespace CivilSociety.Scorm.Packaging;

/// <summary>
/// Stage 5: writes the zip. Entries sorted, timestamps fixed: the same input gives the same bytes. The zip is
/// written to a temporary file beside the target and moved over it only when complete, so an existing package is
/// never replaced by a broken one.
/// </summary>
internal static partial class ScormPackager
{
    /// <summary>A fixed time for every entry (zip stores local DOS time; 1980 is its epoch, so take a later date).</summary>
    private static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Formats that are already compressed: deflating them again costs time and saves nothing.</summary>
    private static readonly HashSet<string> StoredExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".mp4", ".m4v", ".webm", ".mp3", ".m4a", ".ogg", ".oga",
        ".ogv", ".woff", ".woff2", ".zip", ".gz", ".pdf", ".docx", ".pptx", ".xlsx",
    };

    /// <summary>
    /// Writes the zip and its companions, or nothing. Cancelled (an interrupted build), it throws
    /// <see cref="OperationCanceledException"/> once its temporary files are deleted.
    /// </summary>
    /// <param name="stillWanted">
    /// Asked once the package is complete, before it replaces the output: false leaves the output as it was and
    /// returns null (the build checks its items while the zip is written, and their errors stop it).
    /// </param>
    public static string? Write(RenderedCourse course, string outputPath, DiagnosticBag diagnostics, CancellationToken cancellationToken = default, Func<bool>? stillWanted = null)
    {
        var target = Path.GetFullPath(outputPath);

        // The output path is the user's, relative to the current folder, not to the course: it is located by its
        // full path, which the printer shows relative to the current folder again.
        var at = SourceSpan.File(target);
        if (Directory.Exists(target))
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.OutputNotWritable, at,
                $"name the zip file itself, such as {Path.Combine(outputPath, "course.zip").Replace('\\', '/')}", "it is a folder");
            return null;
        }

        // A pipe or a device is never opened, not even to see whether it is a zip: reading a pipe waits forever.
        if (FileKinds.OfTarget(target) is not (FileKind.Missing or FileKind.Regular or FileKind.Directory))
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.OutputNotWritable, at,
                "name a regular .zip file: the package is written to a temporary file and moved over the output", "it is not a regular file (a pipe or a device)");
            return null;
        }

        // "-o course.yml" or "-o sections/01.md" is a slip of the keyboard, not a wish to lose the file.
        if (File.Exists(target) && !IsZip(target))
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.OutputNotWritable, at,
                "name a new .zip file, or delete this file first if you really want it replaced", "the file exists and is not a zip; it is left as it is");
            return null;
        }

        // Moodle and Blackboard take a package by its .zip name; "-o course.txt" would make a zip no LMS accepts.
        if (!Path.GetExtension(target).Equals(".zip", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Report(DiagnosticCatalog.OutputNotNamedZip, at, Path.GetFileName(target),
                Path.ChangeExtension(outputPath, ".zip").Replace('\\', '/'));
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
            {
                WriteZip(stream, course.Entries, cancellationToken);
            }

            foreach (var companion in companions)
            {
                File.WriteAllBytes(companion.Temporary, companion.Entry.Content!);
            }

            // The last moment to stop: from here on the package is moved into place whole.
            cancellationToken.ThrowIfCancellationRequested();
            if (stillWanted is not null && !stillWanted())
            {
                return null;
            }

            File.Move(temporary, target, overwrite: true);
            foreach (var companion in companions)
            {
                File.Move(companion.Temporary, companion.Path, overwrite: true);
            }

            return target;
        }
        catch (UnauthorizedAccessException)
        {
            // The exception names a temporary file the user never asked for: name the folder and the zip instead.
            diagnostics.ReportWithHelp(DiagnosticCatalog.OutputNotWritable, at,
                "write the package to a folder you may write to, with -o FOLDER/NAME.zip, or change this folder's permissions",
                $"the folder '{DisplayFolder(outputPath)}' cannot be written, so {Path.GetFileName(target)} cannot be made there");
            return null;
        }
        catch (IOException ex)
        {
            var message = companions.Select(c => (c.Temporary, c.Path)).Prepend((temporary, target))
                .Aggregate(ex.Message, (text, paths) => text.Replace(paths.Item1, paths.Item2, StringComparison.Ordinal));
            diagnostics.Report(DiagnosticCatalog.OutputNotWritable, at, message);
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

    /// <summary>The output's folder as the user named it: "." for a bare file name.</summary>
    private static string DisplayFolder(string outputPath) =>
        Path.GetDirectoryName(outputPath) is { Length: > 0 } folder ? folder.Replace('\\', '/') : ".";

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

    /// <summary>
    /// The zip of <paramref name="entries"/>, in their order. Those to deflate are deflated on another thread, on every
    /// core at once (the largest first), while this thread writes each entry as soon as it is ready: the media, copied as
    /// they are, go in while the largest file is still being deflated (the 300-section course's sections file, deflated
    /// on one core, took as long as its 29 MB of pictures took to copy in afterwards).
    /// </summary>
    internal static void WriteZip(Stream stream, IReadOnlyList<PackageEntry> entries, CancellationToken cancellationToken)
    {
        if (!ZipWriter.Fits(entries.Count, UpperBound(entries)))
        {
            WriteWithZipArchive(stream, entries, cancellationToken);   // Zip64, which only ZipArchive writes
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var prepared = new PreparedEntries(entries, stop.Token);
        try
        {
            var zip = new ZipWriter(stream, FixedTimestamp.DateTime);
            for (var i = 0; i < entries.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (prepared.IsPrepared(i))
                {
                    zip.Add(entries[i].Path, prepared.Wait(i));
                }
                else
                {
                    var source = entries[i].SourceFile!;
                    zip.AddStored(entries[i].Path, output => RegularFile.CopyTo(source, output, CourseLoader.MaxBundledFileBytes, cancellationToken));
                }
            }

            zip.Finish();
        }
        finally
        {
            stop.Cancel();          // nothing is deflated for a zip that is not written
            prepared.WaitForAll();  // and nothing is left running when this returns
        }
    }

    /// <summary>The same zip as <see cref="WriteZip"/>, written by <see cref="ZipArchive"/>: for a package too large for <see cref="ZipWriter"/>.</summary>
    internal static void WriteWithZipArchive(Stream stream, IReadOnlyList<PackageEntry> entries, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var level = Deflates(entry.Path) ? CompressionLevel.Optimal : CompressionLevel.NoCompression;
            var zipEntry = zip.CreateEntry(entry.Path, level);
            zipEntry.LastWriteTime = FixedTimestamp;
            using var output = zipEntry.Open();
            if (entry.Content is { } bytes)
            {
                output.Write(bytes);
            }
            else
            {
                // Opened only if it is still a regular file, and read with the bound validation checked.
                RegularFile.CopyTo(entry.SourceFile!, output, CourseLoader.MaxBundledFileBytes, cancellationToken);
            }
        }
    }

    private static bool Deflates(string path) => !StoredExtensions.Contains(Path.GetExtension(path));

    /// <summary>An entry's bytes as the zip holds them; null for a course file stored as it is (copied when written).</summary>
    private static ZipData? Prepare(PackageEntry entry, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (entry is { Content: { Length: > 0 } bytes, Deflated: { } deflated } && Deflates(entry.Path))
        {
            return ZipData.AlreadyDeflated(deflated, bytes);
        }

        var content = entry.Content
            ?? RegularFile.ReadAll(entry.SourceFile!, CourseLoader.MaxBundledFileBytes)
            ?? throw new IOException($"'{entry.SourceFile}' grew beyond {CourseLoader.MaxBundledFileBytes:N0} bytes while the package was written");
        return Deflates(entry.Path)
            ? ZipData.Deflate(content)
            : new ZipData(content, Deflated: false, System.IO.Hashing.Crc32.HashToUInt32(content), content.Length);
    }

    /// <summary>At most how large the zip will be: deflate adds a few bytes per block to what it cannot compress.</summary>
    private static long UpperBound(IReadOnlyList<PackageEntry> entries) =>
        22 + entries.Sum(entry =>
        {
            var length = entry.Content?.Length ?? (File.Exists(entry.SourceFile) ? new FileInfo(entry.SourceFile).Length : 0);
            return length + (length >> 10) + 64 + 76 + 2L * Encoding.UTF8.GetByteCount(entry.Path);
        });
}
