using System.IO.Compression;
using System.Xml;
using static CivilSociety.Scorm.Reports.SpreadsheetXml;

namespace CivilSociety.Scorm.Reports;

/// <summary>
/// An .xlsx file's first sheet (found through the workbook and its relationships), row by row: cells placed by their
/// reference (A1 to XFD), values from the shared strings, inline strings or as written.
/// </summary>
internal static class XlsxSheet
{
    private const string Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static IEnumerable<string[]> Rows(ZipArchive zip, ZipArchiveEntry workbook, UnpackedBudget unpacked)
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
}
