using System.Xml;
using System.Xml.Schema;

namespace CivilSociety.Scorm.Tests.Infrastructure;

/// <summary>
/// The SCORM 2004 4th edition schemas kept in this project (Schemas/Scorm2004), loaded with a resolver that only
/// opens files of that folder: validating a manifest never reaches the network.
/// </summary>
internal static class Scorm2004SchemaFiles
{
    public static string Folder => Path.Combine(Repository.Root, "tests", "CivilSociety.Scorm.Tests", "Schemas", "Scorm2004");

    private static readonly (string Namespace, string File)[] Roots =
    [
        ("http://www.imsglobal.org/xsd/imscp_v1p1", "imscp_v1p1.xsd"),
        ("http://www.adlnet.org/xsd/adlcp_v1p3", "adlcp_v1p3.xsd"),
        ("http://www.adlnet.org/xsd/adlseq_v1p3", "adlseq_v1p3.xsd"),
        ("http://www.adlnet.org/xsd/adlnav_v1p3", "adlnav_v1p3.xsd"),
        ("http://www.imsglobal.org/xsd/imsss", "imsss_v1p0.xsd"),
    ];

    /// <summary>Every schema error of <paramref name="manifest"/> (empty when it is valid), with its line.</summary>
    public static IReadOnlyList<string> Errors(byte[] manifest)
    {
        var set = new XmlSchemaSet { XmlResolver = new LocalResolver(Folder) };
        var read = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = new LocalResolver(Folder) };
        foreach (var (ns, file) in Roots)
        {
            using var reader = XmlReader.Create(Path.Combine(Folder, file), read);
            set.Add(ns, reader);
        }

        set.Compile();
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = set, XmlResolver = null };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var validating = XmlReader.Create(new MemoryStream(manifest), settings);
        while (validating.Read())
        {
        }

        return errors;
    }

    /// <summary>Opens only files of one folder, by their own name; anything else is refused.</summary>
    private sealed class LocalResolver(string folder) : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var name = Path.GetFileName(absoluteUri.IsFile ? absoluteUri.LocalPath : absoluteUri.AbsolutePath);
            var path = Path.Combine(folder, name);
            return File.Exists(path) ? File.OpenRead(path) : throw new XmlException($"no local schema file for {absoluteUri}");
        }

        public override Uri ResolveUri(Uri? baseUri, string? relativeUri) =>
            new(Path.Combine(folder, Path.GetFileName(relativeUri ?? "")));
    }
}
