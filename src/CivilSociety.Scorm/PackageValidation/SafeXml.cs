using System.Xml;

namespace CivilSociety.Scorm.PackageValidation;

/// <summary>
/// Every XML the check reads (the manifest, the schemas) is read with no DTD and no resolver: entity expansion
/// ("billion laughs") and external entities cannot happen.
/// </summary>
internal static class SafeXml
{
    public static XmlReader Reader(TextReader text) => XmlReader.Create(text, Settings());

    public static XmlReader Reader(Stream stream) => XmlReader.Create(stream, Settings());

    private static XmlReaderSettings Settings() => new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
}
