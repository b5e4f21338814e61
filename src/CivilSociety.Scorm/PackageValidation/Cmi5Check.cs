using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Rendering;

namespace CivilSociety.Scorm.PackageValidation;

/// <summary>
/// A cmi5 package (cmi5.xml at the zip's root, no imsmanifest.xml): cmi5.xml read with no DTD, against the cmi5
/// CourseStructure schema, then the pitfalls an LMS trips on at import, each with its own fix: an element without its
/// id, a moveOn outside the enumeration, an AU whose url is not in the zip.
/// </summary>
internal static class Cmi5Check
{
    public const string FileName = Cmi5XmlWriter.FileName;

    private static readonly XNamespace Namespace = Cmi5XmlWriter.Namespace;

    private static readonly string[] MoveOnValues = ["NotApplicable", "Passed", "Completed", "CompletedAndPassed", "CompletedOrPassed"];

    private static readonly Lazy<XmlSchemaSet> Schemas = new(LoadSchemas);

    public static void Check(string text, IReadOnlySet<string> names, DiagnosticBag diagnostics)
    {
        XDocument document;
        try
        {
            using var reader = SafeXml.Reader(new StringReader(text));
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            diagnostics.Report(DiagnosticCatalog.Cmi5NotWellFormed, At(ex.LineNumber, ex.LinePosition), ex.Message);
            return;
        }

        // The pitfalls first: what they explain is not repeated in the schema's words.
        var explained = new HashSet<XObject>();
        foreach (var element in document.Descendants().Where(e => e.Name.Namespace == Namespace && e.Name.LocalName is "course" or "au" or "block"))
        {
            CheckElement(element, names, explained, diagnostics);
        }

        foreach (var objective in document.Root?.Element(Namespace + "objectives")?.Elements(Namespace + "objective") ?? [])
        {
            CheckElement(objective, names, explained, diagnostics);
        }

        document.Validate(Schemas.Value, (sender, e) =>
        {
            if (sender is XObject node && explained.Contains(node))
            {
                return;
            }

            diagnostics.Report(DiagnosticCatalog.Cmi5Schema, At(e.Exception?.LineNumber ?? 0, e.Exception?.LinePosition ?? 0), e.Message);
        });
    }

    private static void CheckElement(XElement element, IReadOnlySet<string> names, HashSet<XObject> explained, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace((string?)element.Attribute("id")))
        {
            diagnostics.Report(DiagnosticCatalog.Cmi5IdMissing, Of(element), element.Name.LocalName);
            explained.Add(element);
        }

        if (element.Name.LocalName != "au")
        {
            return;
        }

        if (element.Attribute("moveOn") is { } moveOn && !MoveOnValues.Contains(moveOn.Value.Trim(), StringComparer.Ordinal))
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.Cmi5MoveOnInvalid, Of(moveOn),
                Suggestions.Closest(moveOn.Value, MoveOnValues) is { } closest ? $"did you mean '{closest}'? {DiagnosticCatalog.Cmi5MoveOnInvalid.Help}" : DiagnosticCatalog.Cmi5MoveOnInvalid.Help!,
                moveOn.Value);
            explained.Add(moveOn);
        }

        if (element.Element(Namespace + "url") is { } url && url.Value.Trim() is { Length: > 0 } href && LinkTarget.Classify(href) != LinkKind.Remote)
        {
            var entry = Uri.UnescapeDataString(LinkTarget.PathOf(href));
            if (!names.Contains(entry))
            {
                diagnostics.Report(DiagnosticCatalog.Cmi5UrlMissing, Of(url), (string?)element.Attribute("id") ?? "", href);
            }
        }
    }

    private static SourceSpan At(int line, int column) => new(FileName, line, column);

    private static SourceSpan Of(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo() ? At(info.LineNumber, info.LinePosition) : SourceSpan.File(FileName);

    private static XmlSchemaSet LoadSchemas()
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using var stream = typeof(Cmi5Check).Assembly.GetManifestResourceStream("validation/cmi5/CourseStructure.xsd")
            ?? throw new InvalidOperationException("the cmi5 schema is not embedded");
        using var reader = SafeXml.Reader(stream);
        set.Add(XmlSchema.Read(reader, null)!);
        set.Compile();
        return set;
    }
}
