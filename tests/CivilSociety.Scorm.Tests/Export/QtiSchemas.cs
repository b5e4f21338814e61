using System.Xml;
using System.Xml.Schema;
using CivilSociety.Scorm.Tests.Infrastructure;

namespace CivilSociety.Scorm.Tests.Export;

/// <summary>
/// The IMS schemas of a QTI 2.1 package (Schemas/qti21, see its README): QTI 2.1 items, IMS CP 1.1 manifests, LOM
/// metadata, the xml: attributes. The official full QTI file is used when it is there (imsqti_v2p1.xsd), else the
/// excerpt. Imports resolve to files of that folder only: no schema is ever fetched from the network.
/// </summary>
internal static class QtiSchemas
{
    public static string Folder { get; } = Path.Combine(Repository.Root, "tests", "CivilSociety.Scorm.Tests", "Schemas", "qti21");

    private static readonly Lazy<XmlSchemaSet> Set = new(Load);

    public static XmlSchemaSet Instance => Set.Value;

    /// <summary>Every schema error and warning of one document, each with its line and column.</summary>
    public static IReadOnlyList<string> Validate(byte[] xml, string name)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Instance,
            XmlResolver = null,
            DtdProcessing = DtdProcessing.Prohibit,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
        };
        settings.ValidationEventHandler += (_, e) =>
            problems.Add($"{name}({e.Exception.LineNumber},{e.Exception.LinePosition}) {e.Severity}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }

        return problems;
    }

    private static XmlSchemaSet Load()
    {
        var resolver = new SchemaFolderResolver(Folder);
        var set = new XmlSchemaSet { XmlResolver = resolver };
        var qti = File.Exists(Path.Combine(Folder, "imsqti_v2p1.xsd")) ? "imsqti_v2p1.xsd" : "imsqti_v2p1_excerpt.xsd";
        foreach (var name in new[] { qti, "imscp_v1p1.xsd", "imsmd_loose_v1p3p2_excerpt.xsd" })
        {
            using var reader = XmlReader.Create(Path.Combine(Folder, name), new XmlReaderSettings { XmlResolver = resolver, DtdProcessing = DtdProcessing.Prohibit });
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }
}
