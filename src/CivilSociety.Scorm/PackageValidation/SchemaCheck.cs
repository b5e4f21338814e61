using System.Xml.Linq;
using System.Xml.Schema;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.PackageValidation;

/// <summary>The manifest against the SCORM 1.2 schemas (<see cref="ManifestSchemas"/>), every error at its place.</summary>
internal static class SchemaCheck
{
    public static void Check(XDocument document, DiagnosticBag diagnostics)
    {
        document.Validate(ManifestSchemas.Instance, (sender, e) =>
        {
            // Inline IMS metadata (LOM) is valid in a manifest, but its schema is not in the set (.NET cannot
            // compile it): its elements are not checked rather than reported as undeclared.
            if (InMetadataNamespace(sender as XObject))
            {
                return;
            }

            var line = e.Exception?.LineNumber ?? 0;
            var column = e.Exception?.LinePosition ?? 0;
            diagnostics.Report(DiagnosticCatalog.ManifestSchema, ManifestLocation.At(line, column), e.Message);
        });
    }

    private static bool InMetadataNamespace(XObject? node)
    {
        var element = node as XElement ?? node?.Parent;
        return element is not null && element.AncestorsAndSelf().Any(e => e.Name.NamespaceName == Scorm12Names.ImsmdNamespace);
    }
}
