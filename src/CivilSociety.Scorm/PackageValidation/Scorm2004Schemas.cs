using System.Xml.Schema;
using CivilSociety.Scorm.Resources;

namespace CivilSociety.Scorm.PackageValidation;

/// <summary>
/// The SCORM 2004 4th edition schema set for .NET's validator, from the files shipped in 2004 packages: IMS CP
/// 1.1.4, ADL CP, sequencing and navigation 1.3, IMS Simple Sequencing and the xml: attributes. No file is opened
/// through a resolver: each include and import is given the schema it names, read safely from the assembly.
/// </summary>
internal static class Scorm2004Schemas
{
    private static readonly string[] Roots = ["xml.xsd", "imscp_v1p1.xsd", "adlcp_v1p3.xsd", "adlseq_v1p3.xsd", "adlnav_v1p3.xsd", "imsss_v1p0.xsd"];

    private static readonly Lazy<XmlSchemaSet> Set = new(Load);

    public static XmlSchemaSet Instance => Set.Value;

    private static XmlSchemaSet Load()
    {
        var byName = Scorm2004Resources.SchemaFileNames.Where(n => n.EndsWith(".xsd", StringComparison.Ordinal))
            .ToDictionary(n => n, Read, StringComparer.Ordinal);
        var set = new XmlSchemaSet { XmlResolver = null };
        foreach (var schema in byName.Values)
        {
            foreach (var external in schema.Includes.OfType<XmlSchemaExternal>())
            {
                // Imports are in the set on their own; includes (imsss's parts) are handed their schema.
                external.Schema = external is XmlSchemaInclude && byName.TryGetValue(external.SchemaLocation ?? "", out var part) ? part : null;
                external.SchemaLocation = null;
            }
        }

        foreach (var root in Roots)
        {
            set.Add(byName[root]);
        }

        set.Compile();
        return set;
    }

    // W3C's xml.xsd names a DTD (XMLSchema.dtd) that the check never reads: the in-memory copy drops the line.
    private static XmlSchema Read(string fileName)
    {
        using var file = new StreamReader(Scorm2004Resources.OpenSchema(fileName));
        var text = System.Text.RegularExpressions.Regex.Replace(file.ReadToEnd(), "<!DOCTYPE[^>]*>", "");
        using var reader = SafeXml.Reader(new StringReader(text));
        return XmlSchema.Read(reader, null)!;
    }
}
