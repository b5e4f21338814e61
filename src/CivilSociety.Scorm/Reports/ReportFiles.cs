using System.Text;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Reports;

/// <summary>A report download as rows, whatever Moodle wrote: a spreadsheet (ODS, .xlsx: a zip) or delimited text.</summary>
internal static class ReportFiles
{
    /// <summary>Moodle's downloads are small; a larger file is not one of them.</summary>
    private const long MaxBytes = 256L * 1024 * 1024;

    public static void Read(string path, ReportCourse course, LearnerRecords records, DiagnosticBag diagnostics)
    {
        var at = SourceSpan.File(path);
        List<string[]>? rows;
        try
        {
            var bytes = new FileInfo(path).Length <= MaxBytes ? File.ReadAllBytes(path) : throw new IOException($"it is larger than {MaxBytes:N0} bytes");
            if (bytes is [0xD0, 0xCF, 0x11, 0xE0, ..])
            {
                diagnostics.ReportWithHelp(DiagnosticCatalog.ReportFileUnreadable, at, "download the report again as ODS, Excel (.xlsx) or CSV",
                    Path.GetFileName(path), "it is an old Excel 97 (.xls) workbook");
                return;
            }

            rows = bytes is [0x50, 0x4B, ..] ? Spreadsheet.Read(new MemoryStream(bytes)) : DelimitedText.Read(new UTF8Encoding(false, true).GetString(bytes));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException or System.IO.InvalidDataException or System.Xml.XmlException)
        {
            diagnostics.Report(DiagnosticCatalog.ReportFileUnreadable, at, Path.GetFileName(path), ex.Message);
            return;
        }

        if (rows is null)
        {
            diagnostics.Report(DiagnosticCatalog.ReportFileUnreadable, at, Path.GetFileName(path), "it is a zip, but neither an ODS nor an Excel (.xlsx) file");
            return;
        }

        MoodleReports.Read(path, rows, course, records, diagnostics);
    }
}
