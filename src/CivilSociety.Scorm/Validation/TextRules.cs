using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Validation;

/// <summary>Rules about the course's text as written, before it means anything.</summary>
internal static class TextRules
{
    /// <summary>
    /// A control character (U+0001, NUL, ESC...: tab and line breaks aside) is invisible in an editor, came in with
    /// pasted text, and no XML (Moodle XML, QTI, the manifest) can carry it: it is an error at its line and column, so
    /// the build and every export agree. One per line: the rest of the line is usually the same paste.
    /// </summary>
    public static void TextHasNoControlCharacters(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var file in new[] { sources.CourseFile }.Concat(sources.MarkdownFiles.Values).OfType<SourceFile>())
        {
            var line = 1;
            var lineStart = 0;
            var reported = 0;
            for (var i = 0; i < file.Text.Length; i++)
            {
                var c = file.Text[i];
                if (c == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
                else if (IsForbidden(c) && reported != line)
                {
                    reported = line;
                    diagnostics.Report(DiagnosticCatalog.ControlCharacterInText, new SourceSpan(file.Path, line, i - lineStart + 1), $"U+{(int)c:X4}");
                }
            }
        }
    }

    /// <summary>C0 controls but tab and line breaks, and the two non-characters XML 1.0 also forbids.</summary>
    private static bool IsForbidden(char c) => (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF';
}
