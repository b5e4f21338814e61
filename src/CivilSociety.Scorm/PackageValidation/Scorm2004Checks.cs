using System.Xml.Linq;
using System.Xml.Schema;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.PackageValidation;

/// <summary>
/// A SCORM 2004 manifest: against the 4th edition schemas (<see cref="Scorm2004Schemas"/>), then the pitfalls an
/// LMS trips on: a schemaversion of another edition, a launched resource without adlcp:scormType (or with SCORM
/// 1.2's lower-case adlcp:scormtype), a SCO without an href, objectives that make Moodle launch a SCO with another
/// pass mark than the manifest's (<see cref="Scorm2004PassMark"/>); then references and files as for SCORM 1.2.
/// </summary>
internal static class Scorm2004Checks
{
    private static readonly XNamespace Cp = Scorm2004Names.ImscpNamespace;
    private static readonly XNamespace Adlcp = Scorm2004Names.AdlcpNamespace;

    /// <summary>Inline LOM metadata is valid, but its schema is not in the set: its elements are not checked.</summary>
    private const string LomNamespace = "http://ltsc.ieee.org/xsd/LOM";

    public static void Check(XDocument document, IReadOnlySet<string> names, DiagnosticBag diagnostics)
    {
        var root = document.Root!;
        document.Validate(Scorm2004Schemas.Instance, (sender, e) =>
        {
            var element = sender as XElement ?? (sender as XObject)?.Parent;
            if (element is not null && element.AncestorsAndSelf().Any(a => a.Name.NamespaceName == LomNamespace))
            {
                return;
            }

            diagnostics.Report(DiagnosticCatalog.Scorm2004Schema, ManifestLocation.At(e.Exception?.LineNumber ?? 0, e.Exception?.LinePosition ?? 0), e.Message);
        });

        if (root.Element(Cp + "metadata")?.Element(Cp + "schemaversion") is { } version && version.Value.Trim() != Scorm2004Names.SchemaVersion)
        {
            diagnostics.Report(DiagnosticCatalog.SchemaVersion2004, ManifestLocation.Of(version), version.Value.Trim());
        }

        ManifestReferences.CheckDefaultOrganization(root, diagnostics);
        var resources = ManifestReferences.ResourcesById(root);
        CheckLaunches(root, resources, diagnostics);
        Scorm2004PassMark.Check(root, diagnostics);
        ManifestFiles.Check(root, resources.Values, names, diagnostics, scorm2004: true);
    }

    /// <summary>Each item's resource exists, says it is a SCO (or an asset), and a SCO has a launch page.</summary>
    private static void CheckLaunches(XElement root, Dictionary<string, XElement> resources, DiagnosticBag diagnostics)
    {
        var launchable = false;
        var reported = false;
        foreach (var item in root.Descendants(Cp + "item"))
        {
            if ((string?)item.Attribute("identifierref") is not { } reference)
            {
                continue;
            }

            if (!resources.TryGetValue(reference, out var resource))
            {
                diagnostics.Report(DiagnosticCatalog.IdentifierRefMissing, ManifestLocation.Of(item), reference);
                reported = true;
            }
            else if ((string?)resource.Attribute(Adlcp + "scormType") is not { } scormType)
            {
                var lowerCase = resource.Attributes().Any(a => a.Name.LocalName == "scormtype");
                diagnostics.ReportWithHelp(DiagnosticCatalog.ScormType2004Missing, ManifestLocation.Of(resource),
                    lowerCase ? "SCORM 2004 spells it adlcp:scormType (a capital T, in the adlcp_v1p3 namespace); scormtype is SCORM 1.2's"
                        : DiagnosticCatalog.ScormType2004Missing.Help!,
                    reference);
                reported = true;
            }
            else if (scormType == "sco" && resource.Attribute("href") is null)
            {
                diagnostics.Report(DiagnosticCatalog.ScoHrefMissing, ManifestLocation.Of(resource), reference);
                reported = true;
            }
            else
            {
                launchable |= scormType == "sco";
            }
        }

        // A broken reference or resource already explains why nothing launches.
        if (!launchable && !reported)
        {
            diagnostics.Report(DiagnosticCatalog.NoLaunchableSco, ManifestLocation.Of(root));
        }
    }
}
