using System.Globalization;
using System.Text;
using System.Xml;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Export;

/// <summary>
/// Moodle XML (question/format/xml): a category per section under the course, every question translated from its
/// neutral shape to the closest Moodle type, with per-choice, combined and general feedback, hints, the question's
/// interaction id as its ID number, its outcomes as tags, and its images embedded (<c>@@PLUGINFILE@@</c>). Text is
/// written literally in UTF-8; in a right-to-left course every HTML text is wrapped in <c>dir="rtl"</c>.
/// </summary>
internal sealed class MoodleXmlWriter(BankCourse bank, BankMedia media, DiagnosticBag diagnostics)
{
    /// <summary>
    /// The grades Moodle's importer accepts (question_bank::fraction_options_full, "error if grade not listed"), in
    /// percent: a multiple-response question gives each right choice an equal share, which must be one of these.
    /// </summary>
    private static readonly decimal[] MoodleFractions = [100m, 90m, 83.33333m, 80m, 75m, 70m, 66.66667m, 60m, 50m, 40m, 33.33333m, 30m, 25m, 20m, 16.66667m, 14.28571m, 12.5m, 11.11111m, 10m, 5m];

    public byte[] Write()
    {
        var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("quiz");
            foreach (var section in bank.Sections)
            {
                WriteCategory(xml, section);
                foreach (var entry in section.Entries)
                {
                    new MoodleQuestion(xml, this, section, entry).Write();
                }
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    internal BankCourse Bank => bank;

    internal DiagnosticBag Diagnostics => diagnostics;

    /// <summary>$course$/top/COURSE/SECTION: the section's category below one for the course, in the course's bank.</summary>
    private void WriteCategory(XmlWriter xml, BankSection section)
    {
        xml.WriteStartElement("question");
        xml.WriteAttributeString("type", "category");
        xml.WriteStartElement("category");
        xml.WriteElementString("text", $"$course$/top/{CategoryName(bank.Title)}/{CategoryName(section.Title)}");
        xml.WriteEndElement();
        xml.WriteStartElement("info");
        xml.WriteAttributeString("format", "html");
        if (section.Draw is { } draw)
        {
            xml.WriteElementString("text", PoolExport.MoodleCategoryInfo(section, draw));   // a pool: how to draw the same way
        }
        else
        {
            EmptyText(xml);
        }

        xml.WriteEndElement();
        xml.WriteElementString("idnumber", section.Id);
        xml.WriteEndElement();
    }

    /// <summary>A '/' inside a name is written '//': a single one separates categories.</summary>
    private static string CategoryName(string title) => title.Replace("/", "//", StringComparison.Ordinal);

    /// <summary>An HTML text element (questiontext, feedback, hint...): its text and images, see <see cref="WriteHtmlContent"/>.</summary>
    internal void WriteHtml(XmlWriter xml, string element, string? html, string sourcePath)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("format", "html");
        WriteHtmlContent(xml, html, sourcePath);
        xml.WriteEndElement();
    }

    /// <summary>
    /// The text, then the images it shows as base64 files (Moodle imports them into the text's file area); wrapped in
    /// the course's direction in a right-to-left course.
    /// </summary>
    internal void WriteHtmlContent(XmlWriter xml, string? html, string sourcePath)
    {
        if (string.IsNullOrEmpty(html))
        {
            EmptyText(xml);
            return;
        }

        var (rewritten, files) = media.Rewrite(html, sourcePath, file => "@@PLUGINFILE@@/" + file.Name);
        xml.WriteElementString("text", bank.IsRightToLeft ? $"<div dir=\"rtl\" lang=\"{bank.Language}\">{rewritten}</div>" : rewritten);
        foreach (var file in files.DistinctBy(f => f.Name))
        {
            xml.WriteStartElement("file");
            xml.WriteAttributeString("name", file.Name);
            xml.WriteAttributeString("path", "/");
            xml.WriteAttributeString("encoding", "base64");
            xml.WriteString(Convert.ToBase64String(File.ReadAllBytes(file.FullPath)));
            xml.WriteEndElement();
        }
    }

    /// <summary><c>&lt;text&gt;&lt;/text&gt;</c>, as Moodle's own export writes an empty text (never <c>&lt;text /&gt;</c>).</summary>
    private static void EmptyText(XmlWriter xml)
    {
        xml.WriteStartElement("text");
        xml.WriteFullEndElement();
    }

    /// <summary>The outcome ids, and each id with its text, as tags (Moodle has no outcome field for questions).</summary>
    internal static void WriteTags(XmlWriter xml, BankEntry entry)
    {
        xml.WriteStartElement("tags");
        foreach (var tag in entry.Tags)
        {
            xml.WriteStartElement("tag");
            xml.WriteElementString("text", tag);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>The equal share of each right choice, when Moodle lists it; null when it does not.</summary>
    internal static decimal? ShareOf(int correct) =>
        correct > 0 && MoodleFractions.FirstOrDefault(f => Math.Abs(f - 100m / correct) < 0.001m) is var share and > 0 ? share : null;

    internal static string Number(decimal value) => value.ToString("0.#######", CultureInfo.InvariantCulture);
}
