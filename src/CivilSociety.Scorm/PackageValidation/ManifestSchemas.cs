using System.Xml;
using System.Xml.Schema;
using CivilSociety.Scorm.Resources;

namespace CivilSociety.Scorm.PackageValidation;

/// <summary>
/// The SCORM 1.2 schema set for .NET's validator: IMS CP 1.1.2, ADL CP 1.2 and the xml: attributes.
/// The IMS metadata schema is left out: .NET cannot compile it, and inline LOM is not something LMSs read.
/// </summary>
internal static class ManifestSchemas
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private static readonly Lazy<XmlSchemaSet> Set = new(Load);

    public static XmlSchemaSet Instance => Set.Value;

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet { XmlResolver = null };

        // ADL's ims_xml.xsd binds the xml namespace as its default namespace, which .NET refuses; the binding is
        // unused, so the in-memory copy drops it. The shipped file stays byte for byte as distributed.
        using (var file = new StreamReader(PackagingResources.OpenSchema("ims_xml.xsd")))
        {
            var xmlSchemaText = file.ReadToEnd().Replace($"xmlns=\"{XmlNamespace}\"", "", StringComparison.Ordinal);
            using var reader = SafeXml.Reader(new StringReader(xmlSchemaText));
            set.Add(ReadSchema(reader));
        }

        foreach (var name in new[] { "imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd" })
        {
            using var reader = SafeXml.Reader(PackagingResources.OpenSchema(name));
            set.Add(ReadSchema(reader));
        }

        set.Compile();
        return set;
    }

    private static XmlSchema ReadSchema(XmlReader reader)
    {
        var schema = XmlSchema.Read(reader, null)!;

        // The files import each other by relative location; every import is already in the set.
        foreach (var import in schema.Includes.OfType<XmlSchemaImport>())
        {
            import.SchemaLocation = null;
        }

        return schema;
    }
}
