using System.Xml.Linq;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.PackageValidation;

/// <summary>
/// The manifest's references to itself: the default organization, each item's and dependency's identifierref,
/// and at least one item that launches a SCO (a resource with adlcp:scormtype="sco" and an href).
/// </summary>
internal static class ManifestReferences
{
    private static readonly XNamespace Cp = Scorm12Names.ImscpNamespace;

    /// <summary>The resources by identifier; of two with the same identifier, the first.</summary>
    public static Dictionary<string, XElement> ResourcesById(XElement root) =>
        root.Descendants(root.Name.Namespace + "resource")
            .Where(r => r.Attribute("identifier") is not null)
            .GroupBy(r => (string)r.Attribute("identifier")!)
            .ToDictionary(g => g.Key, g => g.First());

    public static void Check(XElement root, IReadOnlyDictionary<string, XElement> resources, DiagnosticBag diagnostics)
    {
        CheckDefaultOrganization(root, diagnostics);
        var launchable = false;
        var unresolved = false;
        foreach (var item in root.Descendants(Cp + "item"))
        {
            if ((string?)item.Attribute("identifierref") is not { } reference)
            {
                continue;
            }

            if (!resources.TryGetValue(reference, out var resource))
            {
                diagnostics.Report(DiagnosticCatalog.IdentifierRefMissing, ManifestLocation.Of(item), reference);
                unresolved = true;
                continue;
            }

            var scormType = MoodlePitfalls.ScormTypeOf(resource, reference, diagnostics);
            unresolved |= scormType is null;
            launchable |= scormType == "sco" && resource.Attribute("href") is not null;
            MoodlePitfalls.CheckMasteryScore(item, diagnostics);
        }

        foreach (var dependency in root.Descendants(Cp + "dependency"))
        {
            if ((string?)dependency.Attribute("identifierref") is { } reference && !resources.ContainsKey(reference))
            {
                diagnostics.Report(DiagnosticCatalog.IdentifierRefMissing, ManifestLocation.Of(dependency), reference);
            }
        }

        // A broken reference or a missing scormtype already explains why nothing launches.
        if (!launchable && !unresolved)
        {
            diagnostics.Report(DiagnosticCatalog.NoLaunchableSco, ManifestLocation.Of(root));
        }
    }

    /// <summary>organizations/@default names an organization (in the root's namespace: SCORM 1.2 or 2004).</summary>
    public static void CheckDefaultOrganization(XElement root, DiagnosticBag diagnostics)
    {
        var cp = root.Name.Namespace;
        var organizations = root.Element(cp + "organizations");
        var organizationIds = root.Descendants(cp + "organization").Select(o => (string?)o.Attribute("identifier")).ToHashSet();
        if ((string?)organizations?.Attribute("default") is { } defaultId && !organizationIds.Contains(defaultId))
        {
            diagnostics.Report(DiagnosticCatalog.DefaultOrganizationMissing, ManifestLocation.Of(organizations!), defaultId);
        }
        else if (organizations is not null && organizations.Attribute("default") is null && organizationIds.FirstOrDefault() is { } first)
        {
            diagnostics.Report(DiagnosticCatalog.DefaultOrganizationAbsent, ManifestLocation.Of(organizations), first);
        }
    }
}
