using System.Xml;
using static CivilSociety.Scorm.Reports.SpreadsheetXml;

namespace CivilSociety.Scorm.Reports;

/// <summary>
/// An ODS file's first table (content.xml), row by row: a row's cells (table:table-cell, table:covered-table-cell) with
/// their number-columns-repeated, rows with number-rows-repeated, a cell's text from its text:p paragraphs.
/// </summary>
internal static class OdsSheet
{
    private const string Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private const string Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    public static IEnumerable<string[]> Rows(Func<XmlReader> open)
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
}
