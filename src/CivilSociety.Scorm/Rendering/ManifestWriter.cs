using System.Text;
using System.Xml;
using System.Xml.Linq;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// imsmanifest.xml for SCORM 1.2, written the way Moodle's literal-prefix parser and Blackboard's schema check both
/// accept: unprefixed IMS CP namespace, the prefix "adlcp", literal UTF-8 text, masteryscore after the title.
/// </summary>
internal static class ManifestWriter
{
    public const string FileName = "imsmanifest.xml";

    private static readonly XNamespace Adlcp = "http://www.adlnet.org/xsd/adlcp_rootv1p2";

    private static readonly ManifestEdition Scorm12 = new(
        Imscp: "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
        Prefixes: [("adlcp", Adlcp)],
        SchemaLocation:
            "http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd " +
            "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd " +
            "http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd",
        SchemaVersion: "1.2",
        ScormType: Adlcp + "scormtype");

    public static XDocument Build(Course course, IEnumerable<string> packageFiles) =>
        // A mastery score only for a course that ends in a score: Moodle turns a score-less "completed" into "failed".
        ManifestSkeleton.Build(course, packageFiles, Scorm12,
            course.IsScored ? [new XElement(Adlcp + "masteryscore", course.PassingScore)] : []);

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
