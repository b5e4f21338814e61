using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace CivilSociety.Scorm.Reports;

/// <summary>
/// The first sheet of Moodle's spreadsheet downloads, as rows of text: ODS (OpenDocument, content.xml) and Excel
/// (Office Open XML .xlsx: shared strings and sheet 1). Both are zips of XML, read with System.IO.Compression and
/// XDocument (no DTD, no external entities); no library of their own is needed for reading text cells.
/// </summary>
internal static class Spreadsheet
{
    private static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static readonly XNamespace Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Rows repeated more than this are empty filler (ODS repeats the last empty row to the sheet's end).</summary>
    private const int MaxRepeat = 1000;

    /// <summary>The rows, or null when the zip is neither an ODS nor an XLSX file.</summary>
    public static List<string[]>? Read(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        if (zip.GetEntry("content.xml") is { } content)
        {
            return ReadOds(Load(content));
        }

        if (zip.GetEntry("xl/workbook.xml") is { } workbook)
        {
            return ReadXlsx(zip, Load(workbook));
        }

        return null;
    }

    private static List<string[]> ReadOds(XDocument content)
    {
        var rows = new List<string[]>();
        var table = content.Descendants(Table + "table").FirstOrDefault();
        foreach (var row in table?.Descendants(Table + "table-row") ?? [])
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements().Where(e => e.Name == Table + "table-cell" || e.Name == Table + "covered-table-cell"))
            {
                var value = string.Join("\n", cell.Elements(Text + "p").Select(OdsText));
                cells.AddRange(Enumerable.Repeat(value, Math.Min(Repeat(cell, "number-columns-repeated"), MaxRepeat)));
            }

            var trimmed = cells.AsEnumerable().Reverse().SkipWhile(c => c.Length == 0).Reverse().ToArray();
            if (trimmed.Length > 0)
            {
                rows.AddRange(Enumerable.Repeat(trimmed, Math.Min(Repeat(row, "number-rows-repeated"), MaxRepeat)));
            }
        }

        return rows;
    }

    /// <summary>A text:p's text: text:s is spaces, text:tab a tab, text:line-break a line break.</summary>
    private static string OdsText(XElement paragraph) => string.Concat(paragraph.DescendantNodes().Select(node => node switch
    {
        XText text => text.Value,
        XElement { Name.LocalName: "s" } space => new string(' ', Repeat(space, "c", Text)),
        XElement { Name.LocalName: "tab" } => "\t",
        XElement { Name.LocalName: "line-break" } => "\n",
        _ => "",
    }));

    private static int Repeat(XElement element, string attribute, XNamespace? ns = null) =>
        int.TryParse((string?)element.Attribute((ns ?? Table) + attribute), out var n) && n > 0 ? n : 1;

    private static List<string[]> ReadXlsx(ZipArchive zip, XDocument workbook)
    {
        var shared = zip.GetEntry("xl/sharedStrings.xml") is { } strings
            ? Load(strings).Root!.Elements(Sheet + "si").Select(si => string.Concat(si.Descendants(Sheet + "t").Select(t => t.Value))).ToList()
            : [];
        var firstSheet = workbook.Descendants(Sheet + "sheet").FirstOrDefault()?.Attribute(Relationships + "id")?.Value;
        var target = zip.GetEntry("xl/_rels/workbook.xml.rels") is { } rels && firstSheet is not null
            ? Load(rels).Root!.Elements(PackageRelationships + "Relationship").FirstOrDefault(r => (string?)r.Attribute("Id") == firstSheet)?.Attribute("Target")?.Value
            : null;
        var path = target is null ? "xl/worksheets/sheet1.xml" : target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
        if (zip.GetEntry(path) is not { } sheet)
        {
            return [];
        }

        var rows = new List<string[]>();
        foreach (var row in Load(sheet).Descendants(Sheet + "row"))
        {
            var cells = new List<string>();
            foreach (var cell in row.Elements(Sheet + "c"))
            {
                var column = Column((string?)cell.Attribute("r"), cells.Count);
                while (cells.Count < column)
                {
                    cells.Add("");
                }

                var value = (string?)cell.Element(Sheet + "v") ?? "";
                cells.Add((string?)cell.Attribute("t") switch
                {
                    "s" when int.TryParse(value, out var index) && index < shared.Count => shared[index],
                    "inlineStr" => string.Concat(cell.Descendants(Sheet + "t").Select(t => t.Value)),
                    _ => value,
                });
            }

            rows.Add([.. cells]);
        }

        return rows;
    }

    /// <summary>The zero-based column of a cell reference ("C7" is 2); the next column when there is none.</summary>
    private static int Column(string? reference, int next)
    {
        var letters = reference?.TakeWhile(char.IsAsciiLetterUpper).ToArray() ?? [];
        return letters.Length == 0 ? next : letters.Aggregate(0, (n, c) => n * 26 + (c - 'A' + 1)) - 1;
    }

    private static XDocument Load(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return XDocument.Load(reader);
    }
}
