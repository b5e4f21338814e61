using System.IO.Compression;
using System.Text;
using CivilSociety.Scorm.Reports;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Reports;

public sealed class DelimitedTextTests
{
    [Fact]
    public void Quoted_fields_hold_delimiters_quotes_and_line_breaks()
    {
        var rows = DelimitedText.Read("\uFEFFa,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n");

        rows.Should().HaveCount(2);
        rows[0].Should().Equal("a", "b, c", "say \"hi\"");
        rows[1].Should().Equal("two\nlines", "", "x");
    }

    [Fact]
    public void Moodle_tab_separated_download_with_PHP_quoting_is_read()
    {
        // csv_export_writer("tab") quotes fields with spaces, as PHP's fputcsv does.
        var rows = DelimitedText.Read("Name\t\"Email address\"\tAttempt\r\n\"Ann Lee\"\tann@example.org\t1\r\n\r\n");

        rows.Should().HaveCount(2);
        rows[0].Should().Equal("Name", "Email address", "Attempt");
        rows[1].Should().Equal("Ann Lee", "ann@example.org", "1");
    }

    [Fact]
    public void Spreadsheets_ODS_and_xlsx_are_read_as_rows()
    {
        var ods = Zip(("content.xml", """
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">
              <office:body><office:spreadsheet><table:table table:name="Report">
                <table:table-row><table:table-cell><text:p>Name</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"><text:p>x</text:p></table:table-cell></table:table-row>
                <table:table-row><table:table-cell><text:p>Ann<text:s text:c="2"/>Lee</text:p></table:table-cell></table:table-row>
                <table:table-row table:number-rows-repeated="1048570"><table:table-cell/></table:table-row>
              </table:table></office:spreadsheet></office:body>
            </office:document-content>
            """));
        Spreadsheet.Read(new MemoryStream(ods))!.Should().BeEquivalentTo(new[] { new[] { "Name", "x", "x" }, ["Ann  Lee"] }, o => o.WithStrictOrdering());

        var xlsx = Zip(
            ("xl/workbook.xml", """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Report" sheetId="1" r:id="rId1"/></sheets></workbook>"""),
            ("xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""),
            ("xl/sharedStrings.xml", """<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Name</t></si><si><r><t>Ann </t></r><r><t>Lee</t></r></si></sst>"""),
            ("xl/worksheets/sheet1.xml", """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1"><v>80</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>"""));
        Spreadsheet.Read(new MemoryStream(xlsx))!.Should().BeEquivalentTo(new[] { new[] { "Name", "", "80" }, ["Ann Lee"] }, o => o.WithStrictOrdering());
    }

    internal static byte[] Zip(params (string Name, string Text)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }
}
