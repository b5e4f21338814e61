using System.Xml;
using System.Xml.Schema;
using CivilSociety.Scorm.Tests.Infrastructure;

namespace CivilSociety.Scorm.Tests.Translation;

/// <summary>The OASIS XLIFF 1.2 strict schema (Schemas/xliff12, see its README), read from that folder only.</summary>
internal static class XliffSchemas
{
    private static readonly string Folder = Path.Combine(Repository.Root, "tests", "CivilSociety.Scorm.Tests", "Schemas", "xliff12");

    private static readonly Lazy<XmlSchemaSet> Set = new(() =>
    {
        var resolver = new SchemaFolderResolver(Folder);
        var set = new XmlSchemaSet { XmlResolver = resolver };
        using var reader = XmlReader.Create(Path.Combine(Folder, "xliff-core-1.2-strict.xsd"), new XmlReaderSettings { XmlResolver = resolver, DtdProcessing = DtdProcessing.Prohibit });
        set.Add(null, reader);
        set.Compile();
        return set;
    });

    /// <summary>Every schema error and warning of the document, each with its line and column.</summary>
    public static IReadOnlyList<string> Validate(string path)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Set.Value,
            XmlResolver = null,
            DtdProcessing = DtdProcessing.Prohibit,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
        };
        settings.ValidationEventHandler += (_, e) => problems.Add($"({e.Exception.LineNumber},{e.Exception.LinePosition}) {e.Severity}: {e.Message}");
        using var reader = XmlReader.Create(path, settings);
        while (reader.Read())
        {
        }

        return problems;
    }
}
