using System.IO.Compression;
using System.Xml.Linq;

namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>An unzipped SCORM 1.2 package, served by the loopback server.</summary>
public sealed class ScormPackage
{
    private ScormPackage(string name, string directory, string? zipPath, string launchHref, string? masteryScore)
    {
        Name = name;
        Directory = directory;
        ZipPath = zipPath;
        LaunchHref = launchHref;
        MasteryScore = masteryScore;
    }

    /// <summary>The package's folder name under the server's <c>/packages/</c>.</summary>
    public string Name { get; }

    /// <summary>The unzipped package.</summary>
    public string Directory { get; }

    /// <summary>The zip it came from, if any.</summary>
    public string? ZipPath { get; }

    /// <summary>The launch page of the default organization's first SCO item, relative to the package root (with the item's parameters).</summary>
    public string LaunchHref { get; }

    /// <summary>The item's <c>adlcp:masteryscore</c>, as written, when it has one.</summary>
    public string? MasteryScore { get; }

    /// <summary>The launch page's course data (with the answer keys opened), read from the unzipped files.</summary>
    public CourseData CourseData()
    {
        var page = File.ReadAllText(Path.Combine(Directory, LaunchHref.Split('?')[0]));
        var start = page.IndexOf("id=\"course-data\">", StringComparison.Ordinal) + "id=\"course-data\">".Length;
        var sections = Path.Combine(Directory, "sections.js");
        return Infrastructure.CourseData.Parse(page[start..page.IndexOf("</script>", start, StringComparison.Ordinal)], page,
            File.Exists(sections) ? File.ReadAllText(sections) : null);
    }

    /// <summary>Unzips <paramref name="zipPath"/> into <c>packagesRoot/name</c> and reads its manifest.</summary>
    public static ScormPackage Unzip(string zipPath, string packagesRoot, string name)
    {
        var directory = Path.Combine(packagesRoot, name);
        if (System.IO.Directory.Exists(directory))
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }

        ZipFile.ExtractToDirectory(zipPath, directory);
        return FromDirectory(directory, name, zipPath);
    }

    /// <summary>Reads an unzipped package (its <c>imsmanifest.xml</c>, or a cmi5 package's <c>cmi5.xml</c>, at the root).</summary>
    public static ScormPackage FromDirectory(string directory, string name, string? zipPath = null)
    {
        var manifestPath = Path.Combine(directory, "imsmanifest.xml");
        var cmi5Path = Path.Combine(directory, "cmi5.xml");
        if (!File.Exists(manifestPath) && File.Exists(cmi5Path))
        {
            // A cmi5 package: its one AU's url and masteryScore.
            var au = XDocument.Load(cmi5Path).Descendants().First(e => e.Name.LocalName == "au");
            return new ScormPackage(name, directory, zipPath, au.Elements().First(e => e.Name.LocalName == "url").Value.Trim(), (string?)au.Attribute("masteryScore"));
        }

        if (!File.Exists(manifestPath))
        {
            throw new InvalidOperationException($"No imsmanifest.xml at the root of {zipPath ?? directory}.");
        }

        var (href, mastery) = FindLaunch(XDocument.Load(manifestPath));
        return new ScormPackage(name, directory, zipPath, href, mastery);
    }

    /// <summary>
    /// Default organization → first item (document order) with an identifierref → that resource's href,
    /// plus the item's parameters. Elements are matched by local name, as LMSs do.
    /// </summary>
    public static (string Href, string? MasteryScore) FindLaunch(XDocument manifest)
    {
        static IEnumerable<XElement> Named(XContainer parent, string localName) =>
            parent.Descendants().Where(e => e.Name.LocalName == localName);
        static string? Attr(XElement element, string localName) =>
            element.Attributes().FirstOrDefault(a => a.Name.LocalName == localName)?.Value;

        var organizations = Named(manifest, "organizations").FirstOrDefault()
            ?? throw new InvalidOperationException("The manifest has no <organizations>.");
        var organizationList = Named(organizations, "organization").ToList();
        var defaultId = Attr(organizations, "default");
        var organization = (defaultId is null
                ? organizationList.FirstOrDefault()
                : organizationList.FirstOrDefault(o => Attr(o, "identifier") == defaultId))
            ?? throw new InvalidOperationException($"No organization matches organizations/@default='{defaultId}'.");
        var item = Named(organization, "item").FirstOrDefault(i => !string.IsNullOrEmpty(Attr(i, "identifierref")))
            ?? throw new InvalidOperationException($"Organization '{defaultId}' has no item with an identifierref.");
        var reference = Attr(item, "identifierref")!;
        var resource = Named(manifest, "resource").FirstOrDefault(r => Attr(r, "identifier") == reference)
            ?? throw new InvalidOperationException($"identifierref '{reference}' names no resource.");
        var href = Attr(resource, "href")
            ?? throw new InvalidOperationException($"Resource '{reference}' has no href.");
        var xmlBase = Attr(resource, "base");
        if (!string.IsNullOrEmpty(xmlBase))
        {
            href = xmlBase.TrimEnd('/') + "/" + href;
        }

        var parameters = Attr(item, "parameters");
        if (!string.IsNullOrEmpty(parameters))
        {
            // SCORM: strip a leading '?' or '&' and join with '?' or '&' depending on the href.
            parameters = parameters.TrimStart('?', '&');
            href += (href.Contains('?', StringComparison.Ordinal) ? "&" : "?") + parameters;
        }

        var mastery = Named(item, "masteryscore").FirstOrDefault(e => e.Parent == item)?.Value.Trim();
        return (href, mastery);
    }
}
