using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Export;

/// <summary>
/// Writes an export whole or not at all: to a temporary file beside the target, moved over it when complete, so a
/// failed export never leaves half a file or damages the previous one.
/// </summary>
internal static class ExportFile
{
    public static string DefaultName(string courseId, QuestionFormat format) => courseId + format switch
    {
        QuestionFormat.MoodleXml => ".moodle.xml",
        QuestionFormat.Gift => ".gift.txt",
        _ => ".qti21.zip",
    };

    /// <summary>The format's name in diagnostics ("left out of the GIFT file"), as its writer names it.</summary>
    public static string FormatName(QuestionFormat format) => format switch
    {
        QuestionFormat.MoodleXml => "Moodle XML",
        QuestionFormat.Gift => "GIFT",
        _ => "QTI 2.1",
    };

    public static string? Write(byte[] content, string outputPath, DiagnosticBag diagnostics)
    {
        var target = Path.GetFullPath(outputPath);
        if (Directory.Exists(target))
        {
            diagnostics.Report(DiagnosticCatalog.ExportNotWritable, SourceSpan.File(target), outputPath, "it is a folder; name the file itself");
            return null;
        }

        var folder = Path.GetDirectoryName(target)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, target, overwrite: true);
            return target;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCatalog.ExportNotWritable, SourceSpan.File(target), outputPath, ex.Message.Replace(temporary, target, StringComparison.Ordinal));
            return null;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
