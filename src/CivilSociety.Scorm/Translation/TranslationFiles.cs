using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;

namespace CivilSociety.Scorm.Translation;

/// <summary>Where a course keeps its translations (translations/LANG.xlf), and reading one with a bound.</summary>
internal static class TranslationFiles
{
    public const string Folder = "translations";

    public static string PathOf(string language) => $"{Folder}/{language}.xlf";

    /// <summary>The languages the course has a translation into, from the names of its translations/*.xlf files.</summary>
    public static IReadOnlyList<string> LanguagesOf(CourseSources sources) =>
        [.. sources.AllFiles
            .Where(f => f.StartsWith(Folder + "/", StringComparison.Ordinal) && f.EndsWith(".xlf", StringComparison.OrdinalIgnoreCase) && f.Count(c => c == '/') == 1)
            .Select(f => f[(Folder.Length + 1)..^4])
            .Order(StringComparer.Ordinal)];

    /// <summary>The file's bytes; null when it is missing or cannot be read (each reported, at the file).</summary>
    public static byte[]? Read(CourseSources sources, string language, DiagnosticBag diagnostics, bool reportMissing = true)
    {
        var path = PathOf(language);
        var at = new SourceSpan(path, 1, 1);
        if (sources.LeadsOutside(path))
        {
            diagnostics.Report(DiagnosticCatalog.TranslationUnreadable, at, "it is a symbolic link out of the course folder, which is never read");
            return null;
        }

        if (sources.UnreadableAt(path) is { } unreadable)
        {
            diagnostics.Report(DiagnosticCatalog.TranslationUnreadable, at, $"it is {UnreadableFiles.Describe(unreadable.Reason)}, not a regular file");
            return null;
        }

        var full = sources.FullPath(path);
        if (!File.Exists(full))
        {
            if (reportMissing)
            {
                diagnostics.Report(DiagnosticCatalog.TranslationMissing, SourceSpan.File(path), language, path);
            }

            return null;
        }

        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > XliffReader.MaxBytes)
            {
                diagnostics.Report(DiagnosticCatalog.TranslationUnreadable, at, $"it is {stream.Length:N0} bytes; a translation may be at most {XliffReader.MaxBytes:N0} bytes");
                return null;
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCatalog.TranslationUnreadable, at, ex.Message);
            return null;
        }
    }
}
