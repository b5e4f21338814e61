using System.Xml;
using System.Xml.Schema;
using CivilSociety.Scorm.Rendering;

namespace CivilSociety.Scorm.Packaging;

/// <summary>
/// The SCORM 1.2 schema set for .NET's validator: IMS CP 1.1.2, ADL CP 1.2 and the xml: attributes.
/// The IMS metadata schema is left out: .NET cannot compile it, and inline LOM is not something LMSs read.
/// </summary>
internal static class ManifestSchemas
{
    private static readonly Lazy<XmlSchemaSet> Set = new(Load);

    public static XmlSchemaSet Instance => Set.Value;

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        foreach (var name in new[] { "ims_xml.xsd", "imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd" })
        {
            using var stream = new MemoryStream(PackagingResources.Read(PackagingResources.SchemaFolder + name));
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            var schema = XmlSchema.Read(reader, null)!;

            // The files import each other by relative location; every import is already in the set.
            foreach (var import in schema.Includes.OfType<XmlSchemaImport>())
            {
                import.SchemaLocation = null;
            }

            set.Add(schema);
        }

        set.Compile();
        return set;
    }
}
