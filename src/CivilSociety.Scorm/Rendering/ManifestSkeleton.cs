using System.Xml.Linq;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Rendering;

/// <summary>What differs between the SCORM editions' manifests; everything else is <see cref="ManifestSkeleton"/>'s.</summary>
/// <param name="Imscp">The content packaging namespace, written unprefixed.</param>
/// <param name="Prefixes">The other namespaces, each with the prefix LMSs expect ("adlcp" first).</param>
/// <param name="SchemaLocation">xsi:schemaLocation: each namespace and the schema file at the package root.</param>
/// <param name="ScormType">The resource's scormtype attribute: 1.2 spells it adlcp:scormtype, 2004 adlcp:scormType.</param>
internal sealed record ManifestEdition(
    XNamespace Imscp, IReadOnlyList<(string Prefix, XNamespace Namespace)> Prefixes, string SchemaLocation, string SchemaVersion, XName ScormType);

/// <summary>
/// A SCORM manifest of either edition: one organization with one item launching one SCO (the launch page), whose
/// resource lists every file of the package. The edition adds its own children to the item.
/// </summary>
internal static class ManifestSkeleton
{
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static XDocument Build(Course course, IEnumerable<string> packageFiles, ManifestEdition edition, IEnumerable<XElement> itemChildren)
    {
        var cp = edition.Imscp;
        var organizationId = "ORG-" + course.PackageId;
        var resourceId = "RES-" + course.PackageId;
        var title = ManifestWriter.OneLine(course.Title);

        var item = new XElement(cp + "item",
            new XAttribute("identifier", "ITEM-" + course.PackageId),
            new XAttribute("identifierref", resourceId),
            new XAttribute("isvisible", "true"),
            new XElement(cp + "title", title),
            itemChildren);

        return new XDocument(
            new XDeclaration("1.0", "UTF-8", null),
            new XElement(cp + "manifest",
                new XAttribute("identifier", course.PackageId),
                new XAttribute("version", course.Version),
                new XAttribute("xmlns", cp.NamespaceName),
                edition.Prefixes.Select(p => new XAttribute(XNamespace.Xmlns + p.Prefix, p.Namespace.NamespaceName)),
                new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName),
                new XAttribute(Xsi + "schemaLocation", edition.SchemaLocation),
                new XElement(cp + "metadata",
                    new XElement(cp + "schema", "ADL SCORM"),
                    new XElement(cp + "schemaversion", edition.SchemaVersion)),
                new XElement(cp + "organizations",
                    new XAttribute("default", organizationId),
                    new XElement(cp + "organization",
                        new XAttribute("identifier", organizationId),
                        new XElement(cp + "title", title),
                        item)),
                new XElement(cp + "resources",
                    new XElement(cp + "resource",
                        new XAttribute("identifier", resourceId),
                        new XAttribute("type", "webcontent"),
                        new XAttribute(edition.ScormType, "sco"),
                        new XAttribute("href", RuntimeContract.Files.LaunchPage),
                        packageFiles.Order(StringComparer.Ordinal).Select(f => new XElement(cp + "file", new XAttribute("href", f)))))));
    }
}
