using System.Text;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Loading;

/// <summary>Stage 1: reads the course folder. The only stage besides Package that touches the disk.</summary>
internal static class CourseLoader
{
    /// <summary>Bigger text files are surely a mistake (a pasted export, a binary renamed .md).</summary>
    internal const int MaxTextFileBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static CourseSources Load(string courseDirectory, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(courseDirectory);
        var empty = new Dictionary<string, SourceFile>();
        if (!Directory.Exists(root))
        {
            diagnostics.Report(File.Exists(root) ? DiagnosticCatalog.CourseFolderIsAFile : DiagnosticCatalog.CourseFolderMissing, SourceSpan.File(""), courseDirectory);
            return new CourseSources(root, null, empty, new HashSet<string>());
        }

        var (allFiles, linksOutside) = ListFiles(root);
        SourceFile? courseFile = null;
        if (!allFiles.Contains(CourseSources.CourseFileName))
        {
            diagnostics.Report(DiagnosticCatalog.CourseFileMissing, SourceSpan.File(CourseSources.CourseFileName), courseDirectory);
        }
        else
        {
            courseFile = ReadText(root, CourseSources.CourseFileName, diagnostics);
        }

        var markdown = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var path in allFiles.Where(IsMarkdown))
        {
            if (ReadText(root, path, diagnostics) is { } file)
            {
                markdown.Add(path, file);
            }
        }

        return new CourseSources(root, courseFile, markdown, allFiles) { LinksOutside = linksOutside };
    }

    public static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every file below the root, relative with '/' separators; hidden files and folders are left out.</summary>
    private static (HashSet<string> Inside, HashSet<string> Outside) ListFiles(string root)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        var outside = new HashSet<string>(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        foreach (var full in Directory.EnumerateFiles(root, "*", options))
        {
            var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            if (!relative.Split('/').Any(segment => segment.StartsWith('.')))
            {
                (LeadsOutside(root, relative) ? outside : files).Add(relative);
            }
        }

        return (files, outside);
    }

    /// <summary>
    /// True when the path, or a folder on the way to it, is a symbolic link whose target is outside the course:
    /// bundling it would copy any file of the machine (/etc/passwd, a key) into a package meant to be shared.
    /// </summary>
    private static bool LeadsOutside(string root, string relative)
    {
        var current = root;
        foreach (var segment in relative.Split('/'))
        {
            current = Path.Combine(current, segment);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.LinkTarget is null)
            {
                continue;
            }

            var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            if (target is null || !IsInside(root, Path.GetFullPath(target)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInside(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    private static SourceFile? ReadText(string root, string relativePath, DiagnosticBag diagnostics)
    {
        var fullPath = Path.Combine(root, relativePath);
        var length = new FileInfo(fullPath).Length;
        if (length > MaxTextFileBytes)
        {
            diagnostics.Report(DiagnosticCatalog.FileTooLarge, SourceSpan.File(relativePath), length, MaxTextFileBytes);
            return null;
        }

        var bytes = File.ReadAllBytes(fullPath);
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
            else
            {
                diagnostics.Report(DiagnosticCatalog.InvalidUtf8, location, bad, offset);
            }
            return null;
        }
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
