using System.Text;
using System.Xml;

namespace CivilSociety.Scorm.Translation;

/// <summary>
/// A unit as it goes to the translator: its target when the course has one already (state "translated"), or the old
/// target of a text that changed since (state "needs-review-translation", with the previous source in a note).
/// </summary>
internal sealed record ExportedUnit(TranslationUnit Unit, IReadOnlyList<InlinePiece>? Target, string? State, string? PreviousSource);

/// <summary>
/// Writes OASIS XLIFF 1.2 (the version every CAT tool reads: Trados, memoQ, Phrase, OmegaT): a &lt;file&gt; per
/// source file of the course, a &lt;trans-unit&gt; per text, inline Markdown as &lt;g&gt; (emphasis, links, images
/// with their alternative text inside), &lt;x/&gt; (code, line breaks, autolinks) and &lt;ph&gt; (raw HTML tags).
/// </summary>
internal static class XliffWriter
{
    public const string Namespace = "urn:oasis:names:tc:xliff:document:1.2";

    /// <summary>
    /// Line breaks between elements are written by hand: XmlWriter's own indentation would also put spaces inside a
    /// &lt;source&gt; that starts with a code, and they would be part of the text.
    /// </summary>
    private static void Line(XmlWriter xml, int depth) => xml.WriteWhitespace("\n" + new string(' ', depth * 2));

    public static byte[] Write(IReadOnlyList<ExportedUnit> units, string sourceLanguage, string targetLanguage, string toolVersion)
    {
        var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            Line(xml, 0);
            xml.WriteStartElement("xliff", Namespace);
            xml.WriteAttributeString("version", "1.2");
            var first = true;
            foreach (var file in units.GroupBy(u => u.Unit.File, StringComparer.Ordinal))
            {
                Line(xml, 1);
                xml.WriteStartElement("file", Namespace);
                xml.WriteAttributeString("original", file.Key);
                xml.WriteAttributeString("source-language", sourceLanguage);
                xml.WriteAttributeString("target-language", targetLanguage);
                xml.WriteAttributeString("datatype", file.Key.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? "x-markdown" : "plaintext");
                if (first)
                {
                    Line(xml, 2);
                    xml.WriteStartElement("header", Namespace);
                    Line(xml, 3);
                    xml.WriteStartElement("tool", Namespace);
                    xml.WriteAttributeString("tool-id", "civil-scorm");
                    xml.WriteAttributeString("tool-name", "civil-scorm translate export");
                    xml.WriteAttributeString("tool-version", toolVersion);
                    xml.WriteEndElement();
                    Line(xml, 3);
                    xml.WriteElementString("note", Namespace,
                        "Translate the text of each unit; the inline codes (g, x, ph) stand for the course's formatting, links, images and HTML: "
                        + "move them where your language needs them, but keep each one. Send the file back as it is; it goes into the course folder as translations/"
                        + targetLanguage + ".xlf.");
                    Line(xml, 2);
                    xml.WriteEndElement();
                    first = false;
                }

                Line(xml, 2);
                xml.WriteStartElement("body", Namespace);
                foreach (var exported in file)
                {
                    WriteUnit(xml, exported, targetLanguage);
                }

                Line(xml, 2);
                xml.WriteEndElement();
                Line(xml, 1);
                xml.WriteEndElement();
            }

            Line(xml, 0);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void WriteUnit(XmlWriter xml, ExportedUnit exported, string targetLanguage)
    {
        var unit = exported.Unit;
        Line(xml, 3);
        xml.WriteStartElement("trans-unit", Namespace);
        xml.WriteAttributeString("id", unit.Id);
        xml.WriteAttributeString("resname", unit.Id);
        Line(xml, 4);
        xml.WriteStartElement("source", Namespace);
        WritePieces(xml, unit.Source);
        xml.WriteEndElement();
        if (exported.Target is { } target)
        {
            Line(xml, 4);
            xml.WriteStartElement("target", Namespace);
            xml.WriteAttributeString("xml", "lang", null, targetLanguage);
            if (exported.State is { } state)
            {
                xml.WriteAttributeString("state", state);
            }

            WritePieces(xml, target);
            xml.WriteEndElement();
        }

        Line(xml, 4);
        xml.WriteElementString("note", Namespace, unit.Note);
        if (unit.IsAcceptedAnswer)
        {
            Line(xml, 4);
            xml.WriteElementString("note", Namespace, "Learners type this answer: write it as they would, without formatting.");
        }

        if (exported.PreviousSource is { } previous)
        {
            Line(xml, 4);
            xml.WriteElementString("note", Namespace, "The source text changed since this translation was made; it was: " + previous);
        }

        Line(xml, 3);
        xml.WriteEndElement();
    }

    public static void WritePieces(XmlWriter xml, IReadOnlyList<InlinePiece> pieces)
    {
        foreach (var piece in pieces)
        {
            switch (piece)
            {
                case TextPiece text:
                    xml.WriteString(text.Text);
                    break;
                case PairedCode paired:
                    xml.WriteStartElement("g", Namespace);
                    xml.WriteAttributeString("id", paired.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("ctype", paired.CodeType);
                    WritePieces(xml, paired.Inner);
                    xml.WriteEndElement();
                    break;
                case StandaloneCode { IsHtml: true } html:
                    xml.WriteStartElement("ph", Namespace);
                    xml.WriteAttributeString("id", html.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("ctype", html.CodeType);
                    xml.WriteString(html.Markdown);
                    xml.WriteEndElement();
                    break;
                case StandaloneCode code:
                    xml.WriteStartElement("x", Namespace);
                    xml.WriteAttributeString("id", code.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("ctype", code.CodeType);
                    xml.WriteAttributeString("equiv-text", code.Markdown);
                    xml.WriteEndElement();
                    break;
            }
        }
    }
}
