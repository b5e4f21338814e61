using System.Text;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Loading;

/// <summary>Stage 1: reads the course folder. The only stage besides Package that touches the disk.</summary>
internal static class CourseLoader
{
    /// <summary>Bigger text files are surely a mistake (a pasted export, a binary renamed .md).</summary>
    internal const int MaxTextFileBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// A bigger file is a video to stream, not to upload: Moodle's and Blackboard's upload limits are usually far
    /// smaller for the whole package, and learners download it at every launch.
    /// </summary>
    internal const long MaxBundledFileBytes = 100L * 1024 * 1024;

    /// <summary>A course folder beside a missing one whose name is close to it (my-cours for my-course), if there is one.</summary>
    private static string? SimilarFolder(string missing)
    {
        var parent = Path.GetDirectoryName(missing);
        if (parent is null || !Directory.Exists(parent))
        {
            return null;
        }

        try
        {
            var folders = Directory.EnumerateDirectories(parent).Take(1000)
                .Where(folder => File.Exists(Path.Combine(folder, CourseSources.CourseFileName)))
                .Select(Path.GetFileName).OfType<string>();
            return Suggestions.Closest(Path.GetFileName(missing), folders);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// SCO1007's help for the file named instead of a course folder: a zip is a package (made by build, checked by
    /// validate); a file inside a course folder names that folder.
    /// </summary>
    internal static string FolderMeant(string file)
    {
        if (file.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            return $"a .zip is a package, which build makes from a course folder: name the folder that holds course.yml (to check the package: civil-scorm validate {file})";
        }

        for (var folder = Path.GetDirectoryName(Path.GetFullPath(file)); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (File.Exists(Path.Combine(folder, CourseSources.CourseFileName)))
            {
                // As the user would type it: relative below the current folder, else in full.
                var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder) is var below && !below.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(below)
                    ? below.Replace('\\', '/')
                    : folder;
                return $"the whole course is built at once: name its folder, the one that holds course.yml ({relative})";
            }
        }

        return DiagnosticCatalog.CourseFolderIsAFile.Help!;
    }

    public static CourseSources Load(string courseDirectory, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(courseDirectory);
        var empty = new Dictionary<string, SourceFile>();
        if (!Directory.Exists(root))
        {
            if (File.Exists(root))
            {
                diagnostics.ReportWithHelp(DiagnosticCatalog.CourseFolderIsAFile, SourceSpan.File(""), FolderMeant(courseDirectory), courseDirectory);
            }
            else
            {
                diagnostics.ReportWithHelp(DiagnosticCatalog.CourseFolderMissing, SourceSpan.File(""),
                    SimilarFolder(root) is { } meant ? $"did you mean '{meant}'? {DiagnosticCatalog.CourseFolderMissing.Help}" : DiagnosticCatalog.CourseFolderMissing.Help!,
                    courseDirectory);
            }

            return new CourseSources(root, null, empty, new HashSet<string>());
        }

        if (courseDirectory is "." or "" && !File.Exists(Path.Combine(root, CourseSources.CourseFileName)) && !Directory.Exists(Path.Combine(root, CourseSources.CourseFileName)))
        {
            // Run where no course is (an installed tool, in the wrong folder): say what was looked for, and never
            // list a home folder's files in search of it.
            diagnostics.Report(DiagnosticCatalog.NoCourseHere, SourceSpan.File(""));
            return new CourseSources(root, null, empty, new HashSet<string>());
        }

        var list = CourseFiles.List(root);
        if (list.TooMany)
        {
            diagnostics.Report(DiagnosticCatalog.TooManyFiles, SourceSpan.File(""), courseDirectory, CourseFiles.MaxFiles);
            return new CourseSources(root, null, empty, new HashSet<string>());
        }

        var sources = new CourseSources(root, null, empty, list.Files) { LinksOutside = list.LinksOutside, Unreadable = list.Unreadable };
        SourceFile? courseFile = null;
        var courseFileAt = SourceSpan.File(CourseSources.CourseFileName);
        if (list.Files.Contains(CourseSources.CourseFileName))
        {
            courseFile = ReadText(root, CourseSources.CourseFileName, diagnostics);
        }
        else if (!UnreadableFiles.Report(sources, CourseSources.CourseFileName, CourseSources.CourseFileName, courseFileAt, diagnostics))
        {
            if (Suggestions.WithHiddenEnding(CourseSources.CourseFileName, list.Files) is { } found)
            {
                diagnostics.ReportWithHelp(DiagnosticCatalog.CourseFileMissing, courseFileAt, Suggestions.RenameHiddenEnding(found, CourseSources.CourseFileName), courseDirectory);
            }
            else
            {
                diagnostics.Report(DiagnosticCatalog.CourseFileMissing, courseFileAt, courseDirectory);
            }
        }

        var markdown = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var path in list.Files.Where(IsMarkdown))
        {
            if (ReadText(root, path, diagnostics) is { } file)
            {
                markdown.Add(path, file);
            }
        }

        return sources with { CourseFile = courseFile, MarkdownFiles = markdown };
    }

    public static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static SourceFile? ReadText(string root, string relativePath, DiagnosticBag diagnostics)
    {
        var fullPath = Path.Combine(root, relativePath);
        byte[]? read;
        try
        {
            read = RegularFile.ReadAll(fullPath, MaxTextFileBytes);
        }
        catch (IOException)
        {
            return null;   // replaced or removed since the folder was listed: as if it were not there
        }

        if (read is not { } bytes)
        {
            diagnostics.Report(DiagnosticCatalog.FileTooLarge, SourceSpan.File(relativePath), new FileInfo(fullPath).Length, MaxTextFileBytes);
            return null;
        }

        if (WordProcessorFiles.Recognise(bytes) is { } saved)
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.NotPlainText, SourceSpan.File(relativePath), saved.Help, saved.What);
            return null;
        }

        if (Utf16WithoutMark(bytes) is { } zero)
        {
            // Valid UTF-8 byte by byte (every other byte a NUL), so the decoder would let it through as a line of
            // control characters: one diagnostic for the file, not one per line.
            diagnostics.ReportWithHelp(DiagnosticCatalog.InvalidUtf8, SourceSpan.File(relativePath),
                "the file is saved as UTF-16 (\"Unicode\") without a byte order mark; save it again choosing the encoding UTF-8", (byte)0, zero);
            return null;
        }

        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            var text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            if (relativePath == CourseSources.CourseFileName && string.IsNullOrWhiteSpace(text))
            {
                diagnostics.Report(DiagnosticCatalog.CourseFileEmpty, SourceSpan.File(relativePath));
                return null;
            }

            // One line-end convention downstream keeps every line and column count simple: Windows' CRLF and old
            // Mac editors' lone CR both become LF.
            return new SourceFile(relativePath, text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'));
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + Math.Max(ex.Index, 0);
            var (line, column) = LineAndColumnOf(bytes, start, offset);
            var bad = offset < bytes.Length ? bytes[offset] : (byte)0;
            var location = new SourceSpan(relativePath, line, column);
            if (bytes.AsSpan().StartsWith([(byte)0xFF, (byte)0xFE]) || bytes.AsSpan().StartsWith([(byte)0xFE, (byte)0xFF]))
            {
                // Notepad's "Unicode": the most common way a file ends up not being UTF-8.
                diagnostics.ReportWithHelp(DiagnosticCatalog.InvalidUtf8, location,
                    "the file is saved as UTF-16 (\"Unicode\"); save it again choosing the encoding UTF-8", bad, offset);
            }
            else if (OlderEncodings.Guess(bytes) is { } encoding)
            {
                // Notepad's "ANSI" on an Arabic Windows, or a word processor's "Arabic (Windows)" plain text.
                diagnostics.ReportWithHelp(DiagnosticCatalog.InvalidUtf8, location,
                    $"the file is saved as {encoding}, an older encoding; save it again choosing the encoding UTF-8 (Notepad: File > Save As > Encoding)", bad, offset);
            }
            else
            {
                diagnostics.Report(DiagnosticCatalog.InvalidUtf8, location, bad, offset);
            }

            return null;
        }
    }

    /// <summary>
    /// The offset of the first NUL byte when the file reads as UTF-16 saved without its mark: a NUL in at least a
    /// quarter of the odd (little-endian) or even (big-endian) places, where text has none; else null.
    /// </summary>
    private static int? Utf16WithoutMark(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes.AsSpan().StartsWith([(byte)0xFF, (byte)0xFE]) || bytes.AsSpan().StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            return null;   // with its mark, the decoder stops at the mark and says UTF-16
        }

        var (even, odd) = (0, 0);
        for (var i = 0; i + 1 < bytes.Length; i += 2)
        {
            even += bytes[i] == 0 ? 1 : 0;
            odd += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = bytes.Length / 2;
        return Math.Max(even, odd) * 4 >= pairs ? Array.IndexOf(bytes, (byte)0) : null;
    }

    private static (int Line, int Column) LineAndColumnOf(byte[] bytes, int start, int offset)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // Columns count characters, not bytes: count UTF-8 lead bytes on the line.
        var column = 1;
        for (var i = lineStart; i < offset && i < bytes.Length; i++)
        {
            if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
