using System.Xml.Linq;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;

namespace CivilSociety.Scorm.PackageValidation;

/// <summary>
/// The files the manifest names, each of which must be in the zip: metadata kept in its own file
/// (<c>adlcp:location</c>), and every resource's href and <c>file</c> elements, resolved against xml:base.
/// Hrefs on the web are not checked.
/// </summary>
internal static class ManifestFiles
{
    /// <param name="scorm2004">A SCORM 2004 manifest: its IMS CP and ADL CP namespaces instead of SCORM 1.2's.</param>
    public static void Check(XElement root, IEnumerable<XElement> resources, IReadOnlySet<string> names, DiagnosticBag diagnostics, bool scorm2004 = false)
    {
        XNamespace Cp = scorm2004 ? Scorm2004Names.ImscpNamespace : Scorm12Names.ImscpNamespace;
        XNamespace Adlcp = scorm2004 ? Scorm2004Names.AdlcpNamespace : Scorm12Names.AdlcpNamespace;
        var resourcesElement = root.Element(Cp + "resources");
        var resourcesBase = (string?)resourcesElement?.Attribute(XNamespace.Xml + "base") ?? "";
        if (resourcesBase.Length > 0)
        {
            diagnostics.Report(DiagnosticCatalog.ResourcesXmlBase, ManifestLocation.Of(resourcesElement!), resourcesBase);
        }

        // Each missing file once, however many places name it.
        var missing = new HashSet<string>(StringComparer.Ordinal);

        // Moodle and Blackboard open a metadata file on import.
        foreach (var location in root.Descendants(Adlcp + "location"))
        {
            var path = Uri.UnescapeDataString(location.Value.Trim());
            if (path.Length > 0 && LinkTarget.Classify(path) != LinkKind.Remote && !names.Contains(path) && missing.Add(path))
            {
                diagnostics.Report(DiagnosticCatalog.ReferencedFileMissing, ManifestLocation.Of(location), path);
            }
        }

        foreach (var resource in resources)
        {
            // xml:base nests (RFC 3986 relative resolution, as the IMS CP spec says): <resources>, then <resource>.
            var xmlBase = resourcesBase + ((string?)resource.Attribute(XNamespace.Xml + "base") ?? "");
            var files = resource.Elements(Cp + "file").Select(f => (Element: f, Href: (string?)f.Attribute("href")));
            foreach (var (element, href) in files.Append((resource, (string?)resource.Attribute("href"))))
            {
                if (href is null || LinkTarget.Classify(href) == LinkKind.Remote)
                {
                    continue;
                }

                var entry = Uri.UnescapeDataString(LinkTarget.PathOf(xmlBase + href));
                if (ZipEntryChecks.IsEscaping(entry))
                {
                    diagnostics.Report(DiagnosticCatalog.UnsafeEntryName, ManifestLocation.Of(element), entry);
                }
                else if (!names.Contains(entry) && missing.Add(entry))
                {
                    diagnostics.Report(DiagnosticCatalog.ReferencedFileMissing, ManifestLocation.Of(element), entry);
                }
            }
        }
    }
}
