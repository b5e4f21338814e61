using System.Xml;
using System.Xml.Linq;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.PackageValidation;

/// <summary>
/// Turns the manifest's text into a document, refusing first what could attack the reader (a DTD, absurd
/// nesting), then what is not XML, then what is neither a SCORM 1.2 nor a SCORM 2004 manifest (the root's namespace).
/// </summary>
internal static class ManifestParser
{
    /// <summary>The manifest with line information, or null once the reason it cannot be read is reported.</summary>
    public static XDocument? Parse(string text, DiagnosticBag diagnostics)
    {
        if (text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) is var doctype and >= 0)
        {
            diagnostics.Report(DiagnosticCatalog.ManifestDoctype, ManifestLocation.LineOf(text, doctype));
            return null;
        }

        if (FindTooDeep(text) is { } tooDeep)
        {
            diagnostics.Report(DiagnosticCatalog.ManifestTooDeep, tooDeep, PackageValidator.MaxManifestDepth);
            return null;
        }

        XDocument document;
        try
        {
            using var reader = SafeXml.Reader(new StringReader(text));
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            diagnostics.Report(DiagnosticCatalog.ManifestNotWellFormed, ManifestLocation.At(ex.LineNumber, ex.LinePosition), ex.Message);
            return null;
        }

        var root = document.Root!;
        if (root.Name.NamespaceName != Scorm12Names.ImscpNamespace && root.Name.NamespaceName != Scorm2004Names.ImscpNamespace)
        {
            var help = root.Name.NamespaceName switch
            {
                "" => $"the manifest has no namespace: a SCORM 1.2 manifest's root is <manifest xmlns=\"{Scorm12Names.ImscpNamespace}\">",
                var ns when ns.StartsWith(Scorm2004Names.ImscpNamespace, StringComparison.Ordinal) => $"a SCORM 2004 manifest's root is <manifest xmlns=\"{Scorm2004Names.ImscpNamespace}\">",
                _ => DiagnosticCatalog.NamespaceWrong.Help!,
            };
            diagnostics.ReportWithHelp(DiagnosticCatalog.NamespaceWrong, ManifestLocation.Of(root), help, root.Name.NamespaceName);
            return null;
        }

        return document;
    }

    /// <summary>
    /// Reads the manifest as a stream (no recursion) and returns where an element lies deeper than
    /// <see cref="PackageValidator.MaxManifestDepth"/>, or null; a manifest that is not well-formed is left to the full read.
    /// </summary>
    private static SourceSpan? FindTooDeep(string text)
    {
        using var reader = SafeXml.Reader(new StringReader(text));
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth >= PackageValidator.MaxManifestDepth)
                {
                    var info = (IXmlLineInfo)reader;
                    return ManifestLocation.At(info.LineNumber, info.LinePosition);
                }
            }
        }
        catch (XmlException)
        {
            // Reported with its place by the full read.
        }

        return null;
    }
}
