using System.Text;
using System.Xml;
using System.Xml.Linq;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// imsmanifest.xml for SCORM 1.2, written the way Moodle's literal-prefix parser and Blackboard's schema check both
/// accept: unprefixed IMS CP namespace, the prefix "adlcp", literal UTF-8 text, masteryscore after the title.
/// </summary>
internal static class ManifestWriter
{
    public const string FileName = "imsmanifest.xml";

    private static readonly XNamespace Imscp = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    private static readonly XNamespace Adlcp = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private const string SchemaLocation =
        "http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd " +
        "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd " +
        "http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd";

    public static XDocument Build(Course course, IEnumerable<string> packageFiles)
    {
        var organizationId = "ORG-" + course.Id;
        var resourceId = "RES-" + course.Id;

        var item = new XElement(Imscp + "item",
            new XAttribute("identifier", "ITEM-" + course.Id),
            new XAttribute("identifierref", resourceId),
            new XAttribute("isvisible", "true"),
            new XElement(Imscp + "title", OneLine(course.Title)));

        // A mastery score only for a course that ends in a score: Moodle turns a score-less "completed" into "failed".
        if (course.IsScored)
        {
            item.Add(new XElement(Adlcp + "masteryscore", course.PassingScore));
        }

        return new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement(Imscp + "manifest",
                new XAttribute("identifier", course.Id),
                new XAttribute("version", course.Version),
                new XAttribute("xmlns", Imscp.NamespaceName),
                new XAttribute(XNamespace.Xmlns + "adlcp", Adlcp.NamespaceName),
                new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName),
                new XAttribute(Xsi + "schemaLocation", SchemaLocation),
                new XElement(Imscp + "metadata",
                    new XElement(Imscp + "schema", "ADL SCORM"),
                    new XElement(Imscp + "schemaversion", "1.2")),
                new XElement(Imscp + "organizations",
                    new XAttribute("default", organizationId),
                    new XElement(Imscp + "organization",
                        new XAttribute("identifier", organizationId),
                        new XElement(Imscp + "title", OneLine(course.Title)),
                        item)),
                new XElement(Imscp + "resources",
                    new XElement(Imscp + "resource",
                        new XAttribute("identifier", resourceId),
                        new XAttribute("type", "webcontent"),
                        new XAttribute(Adlcp + "scormtype", "sco"),
                        new XAttribute("href", RuntimeContract.Files.LaunchPage),
                        packageFiles.Order(StringComparer.Ordinal).Select(f => new XElement(Imscp + "file", new XAttribute("href", f)))))));
    }

    /// <summary>UTF-8 without a byte order mark, LF line ends, characters written literally.</summary>
    public static byte[] Serialize(XDocument manifest)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var memory = new MemoryStream();
        using (var writer = XmlWriter.Create(memory, settings))
        {
            manifest.Save(writer);
        }

        memory.WriteByte((byte)'\n');
        return memory.ToArray();
    }

    /// <summary>Moodle keeps a title only on one line without surrounding spaces.</summary>
    internal static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
