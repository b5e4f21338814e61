using System.IO.Compression;
using System.Text;
using System.Xml;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Reports;

/// <summary>
/// The first sheet of Moodle's spreadsheet downloads, row by row: ODS (OpenDocument, content.xml) and Excel (Office
/// Open XML .xlsx: shared strings and sheet 1). Both are zips of XML, streamed with XmlReader (no DTD, no entity, no
/// XML held whole) within <see cref="ReportLimits"/>: a repeated cell or row is never made more than it counts (empty
/// filler repeated to the sheet's end costs nothing), a column reference past XFD, a cell past its characters, a table
/// past its cells and a zip past its unpacked size stop the read with a diagnostic. No library reads both formats
/// with these bounds (ExcelDataReader and MiniExcel read no ODS and fill a row out to its last column), so ours does.
/// </summary>
internal static class Spreadsheet
{
    private const string Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

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
            return Owned(zip, ReadOds(unpacked.Open(content)));
        }

        if (zip.GetEntry("xl/workbook.xml") is { } workbook)
        {
            return Owned(zip, ReadXlsx(zip, workbook, unpacked));
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

    private static IEnumerable<string[]> ReadOds(Func<XmlReader> open)
    {
        using var reader = open();
        while (Next(reader) && !IsElement(reader, Table, "table"))
        {
        }

        if (reader.EOF || reader.IsEmptyElement)
        {
            yield break;
        }

        var table = new TableCount();
        var tableDepth = reader.Depth;
        while (Next(reader) && reader.Depth > tableDepth)
        {
            if (IsElement(reader, Table, "table-row"))
            {
                var repeat = Repeat(reader, "number-rows-repeated", Table);
                var cells = ReadOdsRow(reader);
                table.Add(cells.Length, repeat);
                for (var i = 0L; i < repeat && cells.Length > 0; i++)
                {
                    yield return cells;
                }
            }
        }
    }

    /// <summary>One row's cells, the trailing empty ones left out; empty cells are made only before a filled one.</summary>
    private static string[] ReadOdsRow(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return [];
        }

        var cells = new List<string>();
        var column = 0L;
        var pendingEmpty = 0L;
        var rowDepth = reader.Depth;
        while (Next(reader) && reader.Depth > rowDepth)
        {
            if (reader.Depth == rowDepth + 1 && (IsElement(reader, Table, "table-cell") || IsElement(reader, Table, "covered-table-cell")))
            {
                var repeat = Repeat(reader, "number-columns-repeated", Table);
                var value = ReadOdsCell(reader);
                column += repeat;
                if (value.Length == 0)
                {
                    pendingEmpty += repeat;
                    continue;
                }

                if (column > ReportLimits.Columns)
                {
                    throw ReportFileException.TooMany($"a row of {column:N0} columns", ReportLimits.Columns, "columns");
                }

                cells.AddRange(Enumerable.Repeat("", (int)pendingEmpty));
                cells.AddRange(Enumerable.Repeat(value, (int)repeat));
                pendingEmpty = 0;
            }
        }

        return [.. cells];
    }

    /// <summary>A cell's paragraphs (text:p), joined by line breaks: text:s is spaces, text:tab a tab, text:line-break a line break.</summary>
    private static string ReadOdsCell(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }

        var text = new CellText();
        var cellDepth = reader.Depth;
        var paragraphs = 0;
        var paragraphDepth = -1;   // inside a text:p, its depth; annotations and other children are not the cell's text
        while (Next(reader) && reader.Depth > cellDepth)
        {
            if (paragraphDepth >= 0 && reader.Depth <= paragraphDepth)
            {
                paragraphDepth = -1;
            }

            if (paragraphDepth < 0)
            {
                if (reader.Depth == cellDepth + 1 && IsElement(reader, Text, "p"))
                {
                    text.Append(paragraphs++ > 0 ? "\n" : "");
                    paragraphDepth = reader.IsEmptyElement ? -1 : reader.Depth;
                }

                continue;
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    text.AppendValue(reader);
                    break;
                case XmlNodeType.Element when reader.NamespaceURI == Text && reader.LocalName == "s":
                    text.AppendSpaces(Repeat(reader, "c", Text));
                    break;
                case XmlNodeType.Element when reader.NamespaceURI == Text && reader.LocalName == "tab":
                    text.Append("\t");
                    break;
                case XmlNodeType.Element when reader.NamespaceURI == Text && reader.LocalName == "line-break":
                    text.Append("\n");
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>A repeat count (number-rows-repeated, number-columns-repeated, text:c): 1 when absent or not a positive number.</summary>
    private static long Repeat(XmlReader reader, string attribute, string ns) =>
        long.TryParse(reader.GetAttribute(attribute, ns), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
            ? Math.Min(n, int.MaxValue)
            : 1;

    private static IEnumerable<string[]> ReadXlsx(ZipArchive zip, ZipArchiveEntry workbook, UnpackedBudget unpacked)
    {
        var firstSheet = FirstAttribute(unpacked.Open(workbook), Sheet, "sheet", "id", Relationships);
        var target = zip.GetEntry("xl/_rels/workbook.xml.rels") is { } rels && firstSheet is not null
            ? TargetOf(unpacked.Open(rels), firstSheet)
            : null;
        var path = target is null ? "xl/worksheets/sheet1.xml" : target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
        if (zip.GetEntry(path) is not { } sheet)
        {
            return [];
        }

        var shared = zip.GetEntry("xl/sharedStrings.xml") is { } strings ? SharedStrings(unpacked.Open(strings)) : [];
        return XlsxRows(unpacked.Open(sheet), shared);
    }

    private static IEnumerable<string[]> XlsxRows(Func<XmlReader> open, List<string> shared)
    {
        using var reader = open();
        var table = new TableCount();
        while (Next(reader))
        {
            if (!IsElement(reader, Sheet, "row"))
            {
                continue;
            }

            var cells = new List<string>();
            if (!reader.IsEmptyElement)
            {
                var rowDepth = reader.Depth;
                while (Next(reader) && reader.Depth > rowDepth)
                {
                    if (reader.Depth == rowDepth + 1 && IsElement(reader, Sheet, "c"))
                    {
                        var column = Column(reader.GetAttribute("r"), cells.Count);
                        var type = reader.GetAttribute("t");
                        var value = XlsxCell(reader, type, shared);
                        if (value.Length == 0)
                        {
                            continue;
                        }

                        while (cells.Count <= column)
                        {
                            cells.Add("");
                        }

                        cells[column] = value;
                    }
                }
            }

            table.Add(cells.Count, 1);
            if (cells.Count > 0)
            {
                yield return [.. cells];
            }
        }
    }

    /// <summary>A cell's value: a shared string's index (t="s"), inline text (t="inlineStr"), or the value as written.</summary>
    private static string XlsxCell(XmlReader reader, string? type, List<string> shared)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }

        var cellDepth = reader.Depth;
        var value = new CellText();
        var inline = new CellText();
        while (Next(reader) && reader.Depth > cellDepth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == Sheet && reader.LocalName is "v" or "t" && !reader.IsEmptyElement)
            {
                var target = reader.LocalName == "v" ? value : inline;
                var depth = reader.Depth;
                while (Next(reader) && reader.Depth > depth)
                {
                    if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
                    {
                        target.AppendValue(reader);
                    }
                }
            }
        }

        return type switch
        {
            "s" when int.TryParse(value.ToString(), out var index) && index >= 0 && index < shared.Count => shared[index],
            "s" => "",
            "inlineStr" => inline.ToString(),
            _ => value.ToString(),
        };
    }

    /// <summary>The shared strings (each si's t runs together): held while the sheet is read, so bounded in count and characters.</summary>
    private static List<string> SharedStrings(Func<XmlReader> open)
    {
        using var reader = open();
        var strings = new List<string>();
        var characters = 0L;
        CellText? current = null;
        var siDepth = -1;
        while (Next(reader))
        {
            if (current is not null && reader.Depth <= siDepth)
            {
                strings.Add(current.ToString());
                current = null;
            }

            if (IsElement(reader, Sheet, "si"))
            {
                if (strings.Count >= ReportLimits.Cells)
                {
                    throw ReportFileException.TooMany($"{strings.Count + 1:N0} shared strings or more", ReportLimits.Cells, "cells");
                }

                if (reader.IsEmptyElement)
                {
                    strings.Add("");
                    continue;
                }

                current = new CellText();
                siDepth = reader.Depth;
            }
            else if (current is not null && reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                var before = current.Length;
                current.AppendValue(reader);
                characters += current.Length - before;
                if (characters > ReportLimits.SharedCharacters)
                {
                    throw ReportFileException.TooMany($"shared strings of {characters:N0} characters or more", ReportLimits.SharedCharacters, "characters");
                }
            }
        }

        if (current is not null)
        {
            strings.Add(current.ToString());
        }

        return strings;
    }

    /// <summary>
    /// The zero-based column of a cell reference ("C7" is 2; the next column when there is none): letters A to XFD only,
    /// so "ZZZZZZ1" (column 321,272,406) is refused, never filled out to.
    /// </summary>
    internal static int Column(string? reference, int next)
    {
        var column = 0L;
        var letters = 0;
        foreach (var c in reference ?? "")
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            if (++letters > 3 || column > ReportLimits.Columns)
            {
                var name = new string([.. reference!.TakeWhile(char.IsAsciiLetter).Take(12)]);
                throw ReportFileException.TooMany($"a cell at column {name}", ReportLimits.Columns, "columns (A to XFD)");
            }
        }

        return letters == 0 ? next : (int)column - 1;
    }

    /// <summary>The first ELEMENT's ATTRIBUTE (namespaced), streaming: the workbook's first sheet's relationship id.</summary>
    private static string? FirstAttribute(Func<XmlReader> open, string ns, string element, string attribute, string attributeNs)
    {
        using var reader = open();
        while (Next(reader))
        {
            if (IsElement(reader, ns, element))
            {
                return reader.GetAttribute(attribute, attributeNs);
            }
        }

        return null;
    }

    private static string? TargetOf(Func<XmlReader> open, string id)
    {
        using var reader = open();
        while (Next(reader))
        {
            if (IsElement(reader, PackageRelationships, "Relationship") && reader.GetAttribute("Id") == id)
            {
                return reader.GetAttribute("Target");
            }
        }

        return null;
    }

    private static bool IsElement(XmlReader reader, string ns, string name) =>
        reader.NodeType == XmlNodeType.Element && reader.LocalName == name && reader.NamespaceURI == ns;

    /// <summary>The next node, within the depth limit.</summary>
    private static bool Next(XmlReader reader)
    {
        if (!reader.Read())
        {
            return false;
        }

        if (reader.Depth > ReportLimits.XmlDepth)
        {
            throw new ReportFileException(DiagnosticCatalog.ReportXmlRefused, $"its elements nest more than {ReportLimits.XmlDepth} deep");
        }

        return true;
    }

    /// <summary>The rows and cells read so far, against the table's limits; empty rows count as rows only.</summary>
    private sealed class TableCount
    {
        private long _rows;
        private long _cells;

        public void Add(int cells, long repeat)
        {
            _rows += repeat;
            if (cells == 0)
            {
                return;
            }

            if (_rows > ReportLimits.Rows)
            {
                throw ReportFileException.TooMany($"a filled row at row {_rows:N0}", ReportLimits.Rows, "rows");
            }

            _cells += cells * repeat;
            if (_cells > ReportLimits.Cells)
            {
                throw ReportFileException.TooMany($"{_cells:N0} cells or more", ReportLimits.Cells, "cells");
            }
        }
    }

    /// <summary>One cell's text, refused past <see cref="ReportLimits.CellCharacters"/> before it is made.</summary>
    private sealed class CellText
    {
        private readonly StringBuilder _text = new();
        private char[]? _chunk;

        public int Length => _text.Length;

        public void Append(string text)
        {
            Room(text.Length);
            _text.Append(text);
        }

        public void AppendSpaces(long count)
        {
            Room(count);
            _text.Append(' ', (int)count);
        }

        /// <summary>The current text node, in chunks: a node of a gigabyte is refused before it is held.</summary>
        public void AppendValue(XmlReader reader)
        {
            if (!reader.CanReadValueChunk)
            {
                Append(reader.Value);
                return;
            }

            _chunk ??= new char[4096];
            int read;
            while ((read = reader.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
            {
                Room(read);
                _text.Append(_chunk, 0, read);
            }
        }

        public override string ToString() => _text.ToString();

        private void Room(long more)
        {
            if (_text.Length + more > ReportLimits.CellCharacters)
            {
                throw ReportFileException.TooMany($"a cell of {_text.Length + more:N0} characters", ReportLimits.CellCharacters, "characters a cell");
            }
        }
    }

    /// <summary>
    /// The XML parts' unpacked bytes together, counted as they are read (a zip's sizes may lie) and checked first as
    /// the zip declares them; each part opened with no DTD, no resolver, comments and whitespace skipped.
    /// </summary>
    private sealed class UnpackedBudget
    {
        private static readonly XmlReaderSettings Settings = new()
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            MaxCharactersFromEntities = 1024,
            CloseInput = true,
        };

        private long _read;

        public Func<XmlReader> Open(ZipArchiveEntry entry) => () =>
        {
            if (_read + entry.Length > ReportLimits.UnpackedBytes)
            {
                throw ReportFileException.TooLarge($"its part '{entry.FullName}' unpacks to {entry.Length:N0} bytes", ReportLimits.UnpackedBytes, "bytes unpacked");
            }

            return XmlReader.Create(new CountingStream(entry.Open(), this, entry.FullName), Settings);
        };

        public void Count(int bytes, string part)
        {
            _read += bytes;
            if (_read > ReportLimits.UnpackedBytes)
            {
                throw ReportFileException.TooLarge($"its part '{part}' unpacks to more bytes than its zip says", ReportLimits.UnpackedBytes, "bytes unpacked");
            }
        }
    }

    private sealed class CountingStream(Stream inner, UnpackedBudget budget, string part) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            budget.Count(read, part);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
