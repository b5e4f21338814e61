using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Export;

/// <summary>
/// A QTI 2.1 package (IMS Content Packaging 1.1): imsmanifest.xml with one imsqti_item_xmlv2p1 resource per
/// question, each carrying its outcomes as LOM keywords; items/SECTION.QUESTION.xml; media/ for the images. For
/// Blackboard Learn and other QTI importers. QTI 2.1 has no hints and no text direction (only xml:lang): both are
/// warned about. The zip is the same bytes for the same course (sorted entries, fixed times).
/// </summary>
internal sealed class Qti21Writer(BankCourse bank, BankMedia media, IReadOnlyDictionary<string, string> trueFalseTexts, DiagnosticBag diagnostics)
{
    private static readonly string Format = ExportFile.FormatName(QuestionFormat.Qti21);
    private static readonly XNamespace Cp = "http://www.imsglobal.org/xsd/imscp_v1p1";
    private static readonly XNamespace Lom = "http://ltsc.ieee.org/xsd/LOM";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    /// <summary>Where importers find the manifest's schemas: the QTI 2.1 profile of IMS CP, and LOM for the resources' metadata.</summary>
    private const string SchemaLocations = "http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd "
        + "http://ltsc.ieee.org/xsd/LOM http://www.imsglobal.org/xsd/imsmd_loose_v1p3p2.xsd";

    private static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public byte[] Write()
    {
        var html = new QtiHtml();
        var entries = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var resources = new List<XElement>();
        if (bank.IsRightToLeft && bank.Sections.Count > 0)
        {
            // A course-wide loss, said of the course (not of a question named like it).
            diagnostics.Report(DiagnosticCatalog.ExportLosesDirection, SourceSpan.File("course.yml"), Format,
                "QTI 2.1 has no dir attribute; items carry xml:lang, from which players take the direction");
        }

        foreach (var (section, entry) in bank.AllEntries)
        {
            if (entry.HintHtml is not null)
            {
                FormatLosses.Report(entry, Format, "its hint", diagnostics);
            }

            FormatLosses.ArabicFolding(entry, Format, diagnostics);
            var files = new List<BankFile>();
            IReadOnlyList<XNode> Blocks(string fragment)
            {
                var (rewritten, used) = media.Rewrite(fragment, section.SourcePath, file => "../media/" + file.Name);
                files.AddRange(used);
                return html.ToBlocks(rewritten);
            }

            var path = $"items/{entry.Id}.xml";
            entries[path] = Serialize(new QtiItem(bank, entry, Blocks, trueFalseTexts).Build());
            foreach (var file in files)
            {
                entries[$"media/{file.Name}"] = File.ReadAllBytes(file.FullPath);
            }

            resources.Add(Resource(entry, path, files.Select(f => $"media/{f.Name}").Distinct(StringComparer.Ordinal)));
        }

        foreach (var section in bank.Sections.Where(s => s.Draw is not null))
        {
            // A pool: a test whose section selects the draw from the section's items.
            var path = $"tests/{section.Id}.xml";
            entries[path] = Serialize(PoolExport.QtiTest(bank, section, section.Draw!, shuffle: false));
            resources.Add(new XElement(Cp + "resource",
                new XAttribute("identifier", "RES-T-" + section.Id), new XAttribute("type", "imsqti_test_xmlv2p1"), new XAttribute("href", path),
                new XElement(Cp + "file", new XAttribute("href", path)),
                section.Entries.Select(e => new XElement(Cp + "dependency", new XAttribute("identifierref", "RES-" + e.Id)))));
        }

        entries["imsmanifest.xml"] = Serialize(Manifest(resources));
        return Zip(entries);
    }

    private XDocument Manifest(IEnumerable<XElement> resources) => new(new XDeclaration("1.0", "utf-8", null),
        new XElement(Cp + "manifest",
            new XAttribute(XNamespace.Xmlns + "imsmd", Lom),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "schemaLocation", SchemaLocations),
            new XAttribute("identifier", "MANIFEST-" + bank.Id),
            new XElement(Cp + "metadata", new XElement(Cp + "schema", "QTIv2.1 Package"), new XElement(Cp + "schemaversion", "1.0.0")),
            new XElement(Cp + "organizations"),
            new XElement(Cp + "resources", resources)));

    /// <summary>The item's resource: its outcomes as LOM keywords ("LO1", "LO1: text"), the item file and its images.</summary>
    private XElement Resource(BankEntry entry, string path, IEnumerable<string> mediaFiles) =>
        new(Cp + "resource",
            new XAttribute("identifier", "RES-" + entry.Id),
            new XAttribute("type", "imsqti_item_xmlv2p1"),
            new XAttribute("href", path),
            new XElement(Cp + "metadata",
                new XElement(Lom + "lom",
                    new XElement(Lom + "general",
                        new XElement(Lom + "identifier", new XElement(Lom + "catalog", "interaction"), new XElement(Lom + "entry", entry.Id)),
                        new XElement(Lom + "title", LangString(entry.Name)),
                        entry.Outcomes.SelectMany(o => new[] { o.Id, $"{o.Id}: {o.Text}" })
                            .Select(keyword => new XElement(Lom + "keyword", LangString(keyword)))))),
            new XElement(Cp + "file", new XAttribute("href", path)),
            mediaFiles.Select(file => new XElement(Cp + "file", new XAttribute("href", file))));

    private XElement LangString(string text) => new(Lom + "string", new XAttribute("language", bank.Language), text);

    private static byte[] Serialize(XDocument document)
    {
        var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    private static byte[] Zip(SortedDictionary<string, byte[]> entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTimestamp;
                using var content = entry.Open();
                content.Write(bytes);
            }
        }

        return stream.ToArray();
    }
}
