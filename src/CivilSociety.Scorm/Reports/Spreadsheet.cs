using System.IO.Compression;

namespace CivilSociety.Scorm.Reports;

/// <summary>
/// The first sheet of Moodle's spreadsheet downloads, row by row: ODS (<see cref="OdsSheet"/>) and Excel .xlsx
/// (<see cref="XlsxSheet"/>). Both are zips of XML, streamed with XmlReader (no DTD, no entity, no XML held whole)
/// within <see cref="ReportLimits"/>: a repeated cell or row is never made more than it counts (empty filler repeated
/// to the sheet's end costs nothing), a column reference past XFD, a cell past its characters, a table past its cells
/// and a zip past its entries or unpacked size stop the read with a diagnostic. No library reads both formats with
/// these bounds (ExcelDataReader and MiniExcel read no ODS and fill a row out to its last column), so ours does.
/// </summary>
internal static class Spreadsheet
{
    /// <summary>The rows (read as they are enumerated), or null when the zip is neither an ODS nor an XLSX file.</summary>
    /// <exception cref="ReportFileException">The zip breaks a limit (entries, unpacked size).</exception>
    public static IEnumerable<string[]>? Read(Stream stream)
    {
        CheckCentralDirectory(stream);
        var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        if (zip.Entries.Count is var entries && entries > ReportLimits.ZipEntries)
        {
            zip.Dispose();
            throw ReportFileException.TooLarge($"its zip holds {entries:N0} entries", ReportLimits.ZipEntries, "entries");
        }

        var unpacked = new UnpackedBudget();
        if (zip.GetEntry("content.xml") is { } content)
        {
            return Owned(zip, OdsSheet.Rows(unpacked.Open(content)));
        }

        if (zip.GetEntry("xl/workbook.xml") is { } workbook)
        {
            return Owned(zip, XlsxSheet.Rows(zip, workbook, unpacked));
        }

        zip.Dispose();
        return null;
    }

    /// <summary>
    /// The zip's own count of entries and the size of its directory (its end record), before .NET reads the directory
    /// whole: a directory of millions of entries would take gigabytes as objects. A file with no end record is left to
    /// ZipArchive, which calls it damaged.
    /// </summary>
    private static void CheckCentralDirectory(Stream stream)
    {
        const int EndRecord = 22;
        var tail = new byte[(int)Math.Min(stream.Length, EndRecord + ushort.MaxValue)];
        stream.Seek(-tail.Length, SeekOrigin.End);
        stream.ReadExactly(tail);
        stream.Seek(0, SeekOrigin.Begin);
        var at = tail.AsSpan().LastIndexOf([(byte)0x50, (byte)0x4B, (byte)0x05, (byte)0x06]);
        if (at < 0 || at + EndRecord > tail.Length)
        {
            return;
        }

        var entries = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(at + 10));
        var directoryBytes = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at + 12));
        if (entries > ReportLimits.ZipEntries || directoryBytes > ReportLimits.ZipEntries * 1024L)
        {
            throw ReportFileException.TooLarge(
                entries == ushort.MaxValue || directoryBytes == uint.MaxValue ? "its zip is a ZIP64 archive of very many entries" : $"its zip holds {entries:N0} entries ({directoryBytes:N0} bytes of directory)",
                ReportLimits.ZipEntries, "entries");
        }
    }

    /// <summary>The rows, with the zip closed when they are read or left.</summary>
    private static IEnumerable<string[]> Owned(ZipArchive zip, IEnumerable<string[]> rows)
    {
        using (zip)
        {
            foreach (var row in rows)
            {
                yield return row;
            }
        }
    }
}
