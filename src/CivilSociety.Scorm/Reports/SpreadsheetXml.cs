using System.IO.Compression;
using System.Text;
using System.Xml;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Reports;

/// <summary>What both spreadsheet readers share: the depth-checked walk and the limits of a table, a cell and a zip.</summary>
internal static class SpreadsheetXml
{
    public static bool IsElement(XmlReader reader, string ns, string name) =>
        reader.NodeType == XmlNodeType.Element && reader.LocalName == name && reader.NamespaceURI == ns;

    /// <summary>The next node, within the depth limit.</summary>
    public static bool Next(XmlReader reader)
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
}

/// <summary>The rows and cells read so far, against the table's limits; empty rows count as rows only.</summary>
internal sealed class TableCount
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
internal sealed class CellText
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
internal sealed class UnpackedBudget
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

internal sealed class CountingStream(Stream inner, UnpackedBudget budget, string part) : Stream
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
