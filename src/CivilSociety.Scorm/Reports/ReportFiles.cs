using System.Buffers;
using System.Text;
using System.Text.Unicode;
using System.Xml;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Reports;

/// <summary>
/// A report download as rows, whatever Moodle wrote: a spreadsheet (ODS, .xlsx: a zip) or delimited text, told apart by
/// what the file holds, not by its name; a file that is not what its name says, or breaks a limit of
/// <see cref="ReportLimits"/>, is a diagnostic in words a teacher understands, never a parser's message. The rows are
/// read as the Moodle layout consumes them, never all held.
/// </summary>
internal static class ReportFiles
{
    /// <summary>How much of the start is looked at to tell the kind of file (and to find a zip after Moodle's warnings).</summary>
    private const int HeadBytes = 64 * 1024;

    private static readonly byte[] ZipStart = [0x50, 0x4B, 0x03, 0x04];

    public static void Read(string path, ReportCourse course, LearnerRecords records, DiagnosticBag diagnostics)
    {
        var at = SourceSpan.File(path);
        var name = Path.GetFileName(path);
        try
        {
            using var file = File.OpenRead(path);
            if (file.Length > ReportLimits.FileBytes)
            {
                throw ReportFileException.TooLarge($"{file.Length:N0} bytes", ReportLimits.FileBytes, "bytes");
            }

            var head = new byte[(int)Math.Min(file.Length, HeadBytes)];
            file.ReadExactly(head);
            file.Seek(0, SeekOrigin.Begin);
            if (Rows(path, file, head, diagnostics) is { } rows)
            {
                MoodleReports.Read(path, rows, course, records, diagnostics);
            }
        }
        catch (ReportFileException ex)
        {
            diagnostics.Report(ex.Descriptor, at, [name, .. ex.Details]);
        }
        catch (DecoderFallbackException)
        {
            var (line, value) = FirstNonUtf8Byte(path);
            diagnostics.Report(DiagnosticCatalog.ReportNotUtf8, at, name, line, value);
        }
        catch (XmlException ex)
        {
            diagnostics.Report(DiagnosticCatalog.ReportXmlRefused, at, name, ex.Message.Contains("DTD", StringComparison.Ordinal)
                ? "it declares a DTD (<!DOCTYPE>), which no spreadsheet program writes and which could expand entities"
                : $"its XML is not well formed (line {ex.LineNumber}, position {ex.LinePosition})");
        }
        catch (Exception ex) when (ex is InvalidDataException or NotSupportedException)
        {
            diagnostics.Report(DiagnosticCatalog.ReportNotItsKind, at, name, "a readable spreadsheet", "its zip is damaged or cut short");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCatalog.ReportFileUnreadable, at, name, ex.Message);
        }
    }

    /// <summary>The file's rows by what it holds, or null when a diagnostic says why there are none.</summary>
    private static IEnumerable<string[]>? Rows(string path, FileStream file, byte[] head, DiagnosticBag diagnostics)
    {
        var at = SourceSpan.File(path);
        var name = Path.GetFileName(path);
        var claimed = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" or ".xlsm" => "an Excel workbook (.xlsx)",
            ".ods" => "an OpenDocument spreadsheet (.ods)",
            _ => null,
        };
        if (head.Length == 0)
        {
            throw new ReportFileException(DiagnosticCatalog.ReportNotItsKind, claimed ?? "a report download", "it is empty (0 bytes): the download did not finish");
        }

        if (head is [0xD0, 0xCF, 0x11, 0xE0, ..])
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.ReportFileUnreadable, at, "download the report again as ODS, Excel (.xlsx) or CSV",
                name, "it is an old Excel 97 (.xls) workbook");
            return null;
        }

        var zipAt = head.AsSpan().IndexOf(ZipStart);
        if (zipAt == 0 || head is [0x50, 0x4B, 0x05, 0x06, ..])
        {
            return Spreadsheet.Read(file) ?? throw new ReportFileException(DiagnosticCatalog.ReportNotItsKind, "a report download",
                "it is a zip, but neither an ODS nor an Excel (.xlsx) spreadsheet");
        }

        if (zipAt > 0 && claimed is not null && IsText(head.AsSpan(0, zipAt)))
        {
            // Moodle with debugging displayed writes its PHP warnings into the download, before the spreadsheet (only
            // in a spreadsheet's name: in a text download "PK" and two control bytes may be a learner's answer).
            diagnostics.Report(DiagnosticCatalog.ReportTextBeforeSpreadsheet, at, name, zipAt);
            var rest = new MemoryStream((int)(file.Length - zipAt));
            file.Seek(zipAt, SeekOrigin.Begin);
            file.CopyTo(rest);
            rest.Position = 0;
            return Spreadsheet.Read(rest) ?? throw new ReportFileException(DiagnosticCatalog.ReportNotItsKind, "a report download",
                "after some text it holds a zip, but neither an ODS nor an Excel (.xlsx) spreadsheet");
        }

        var utf16 = head is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];
        if (claimed is not null)
        {
            throw new ReportFileException(DiagnosticCatalog.ReportNotItsKind, claimed, utf16 || IsText(head)
                ? "it holds text, while such a file is a zip (was a text download renamed?)"
                : "it is no zip, as such a file is, and no text either: it holds something else under that name");
        }

        // Text has no NUL byte but the odd one a learner typed; a file of many is no text (or UTF-16 without its mark).
        if (!utf16 && head.AsSpan().Count((byte)0) > head.Length / 64)
        {
            throw new ReportFileException(DiagnosticCatalog.ReportNotItsKind, "a report download",
                "it is no text and no spreadsheet (it holds binary data)");
        }

        if (PhpWarningsEnd(head) is > 0 and var table)
        {
            diagnostics.Report(DiagnosticCatalog.ReportTextBeforeSpreadsheet, at, name, table);
            file.Seek(table, SeekOrigin.Begin);
        }

        // Moodle writes UTF-8; Excel's "Unicode Text" is UTF-16 with a byte order mark, which the reader recognises.
        var reader = new StreamReader(file, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        return DelimitedText.Read(reader);
    }

    /// <summary>
    /// Where Moodle's table starts after the PHP warnings it writes first when debugging messages are displayed
    /// (HTML: "&lt;br /&gt;&lt;b&gt;Warning&lt;/b&gt;: ..."; or text: "Warning: ..."): the line that starts with its first header, Name
    /// (after a byte order mark, quoted or not); 0 when the text does not start with such warnings.
    /// </summary>
    private static int PhpWarningsEnd(byte[] head)
    {
        var text = Encoding.UTF8.GetString(head);
        var start = text.TrimStart('\uFEFF', ' ', '\r', '\n');
        if (!(start.StartsWith('<') || start.StartsWith("PHP ", StringComparison.Ordinal) || start.StartsWith("Warning", StringComparison.Ordinal)
            || start.StartsWith("Notice", StringComparison.Ordinal) || start.StartsWith("Deprecated", StringComparison.Ordinal)))
        {
            return 0;
        }

        var match = System.Text.RegularExpressions.Regex.Match(text, "\n(\uFEFF?\"?Name\"?[\t,;])");
        return match.Success ? Encoding.UTF8.GetByteCount(text.AsSpan(0, match.Groups[1].Index)) : 0;
    }

    /// <summary>Valid UTF-8 with no control character but tab and line breaks: PHP's warnings, HTML, a line of text.</summary>
    private static bool IsText(ReadOnlySpan<byte> bytes)
    {
        var text = new char[bytes.Length];
        if (Utf8.ToUtf16(bytes, text, out _, out var written, replaceInvalidSequences: false, isFinalBlock: false) is not (OperationStatus.Done or OperationStatus.NeedMoreData))
        {
            return false;
        }

        foreach (var c in text.AsSpan(0, written))
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where UTF-8 decoding first failed: the line (from 1) and the byte, read again in blocks.</summary>
    private static (int Line, byte Value) FirstNonUtf8Byte(string path)
    {
        using var file = File.OpenRead(path);
        var bytes = new byte[HeadBytes];
        var chars = new char[HeadBytes];
        var line = 1;
        var carried = 0;
        while (true)
        {
            var read = file.Read(bytes, carried, bytes.Length - carried);
            var length = carried + read;
            var status = Utf8.ToUtf16(bytes.AsSpan(0, length), chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: read == 0);
            line += bytes.AsSpan(0, consumed).Count((byte)'\n');
            if (status == OperationStatus.InvalidData)
            {
                return (line, bytes[consumed]);
            }

            if (read == 0)
            {
                return (line, 0);
            }

            carried = length - consumed;
            bytes.AsSpan(consumed, carried).CopyTo(bytes);
        }
    }
}
