using System.Xml;
using System.Xml.Linq;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.PackageValidation;

/// <summary>Places in the manifest, for diagnostics: <c>imsmanifest.xml(line,column)</c>.</summary>
internal static class ManifestLocation
{
    public static SourceSpan File { get; } = SourceSpan.File(Scorm12Names.ManifestFile);

    public static SourceSpan At(int line, int column) => new(Scorm12Names.ManifestFile, line, column);

    /// <summary>Where an element or attribute starts, or the whole file when it has no line information.</summary>
    public static SourceSpan Of(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? At(info.LineNumber, info.LinePosition) : File;

    /// <summary>The start of the line that holds character <paramref name="index"/> of the manifest's text.</summary>
    public static SourceSpan LineOf(string text, int index) => At(text.AsSpan(0, index).Count('\n') + 1, 1);
}
