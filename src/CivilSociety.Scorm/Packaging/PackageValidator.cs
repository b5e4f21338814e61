using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Rendering;
using CivilSociety.Scorm.Resources;

namespace CivilSociety.Scorm.Packaging;

/// <summary>
/// Checks any SCORM 1.2 zip, ours or another tool's, the way Moodle and Blackboard will read it: safe entry names,
/// bounded expansion, the manifest at the root, the schemas, references, and Moodle's known pitfalls.
/// </summary>
public static partial class PackageValidator
{
    /// <summary>A course package is megabytes; a gigabyte of expansion is an attack or a mistake.</summary>
    public const long MaxExpandedBytes = 1L << 30;

    /// <summary>Text compresses about 10:1; a far higher ratio on a large entry is a zip bomb.</summary>
    public const int MaxCompressionRatio = 200;

    /// <summary>A course has dozens or hundreds of files; a hundred thousand entries exhaust an LMS's extractor.</summary>
    public const int MaxEntries = 20_000;

    /// <summary>Manifests are kilobytes; the manifest is read into memory, so it is read no further than this.</summary>
    public const int MaxManifestBytes = 8 * 1024 * 1024;

    /// <summary>
    /// Real manifests nest about 10 elements deep; the schema validator recurses per level, and a manifest nested
    /// tens of thousands deep overflows its stack, so deeper manifests are refused before it runs.
    /// </summary>
    public const int MaxManifestDepth = 256;

    private const string ImscpNamespace = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    /// <summary>SCORM 2004's IMS CP 1.1.4 namespace: a package of the other version, not a broken one.</summary>
    private const string Scorm2004Namespace = "http://www.imsglobal.org/xsd/imscp_v1p1";
    private const string AdlcpNamespace = "http://www.adlnet.org/xsd/adlcp_rootv1p2";

    public static IReadOnlyList<Diagnostic> Validate(string zipPath)
    {
        var diagnostics = new DiagnosticBag();
        var manifestSpan = SourceSpan.File(ManifestWriter.FileName);
        try
        {
            using var zip = ZipFile.OpenRead(zipPath);
            if (zip.Entries.Count > MaxEntries)
            {
                diagnostics.Report(DiagnosticCatalog.TooManyEntries, SourceSpan.File(zipPath), zip.Entries.Count, MaxEntries);
                return diagnostics.ToList();
            }

            var names = CheckEntries(zip, diagnostics);
            var manifestEntry = zip.GetEntry(ManifestWriter.FileName);
            if (manifestEntry is null)
            {
                // At the root in the wrong case first, then in a folder: each has its own fix.
                var nested = names.FirstOrDefault(n => n.Equals(ManifestWriter.FileName, StringComparison.OrdinalIgnoreCase))
                             ?? names.Where(n => n.EndsWith("/" + ManifestWriter.FileName, StringComparison.OrdinalIgnoreCase))
                                     .OrderBy(n => n.Count(c => c == '/')).ThenBy(n => n, StringComparer.Ordinal).FirstOrDefault();
                var found = nested is null ? "" : $" (found '{nested}')";
                if (nested is not null && !nested.Contains('/'))
                {
                    diagnostics.ReportWithHelp(DiagnosticCatalog.ManifestMissing, SourceSpan.File(zipPath),
                        $"rename '{nested}' to {ManifestWriter.FileName}: Moodle and Blackboard look for that name exactly, in lower case", found);
                }
                else if (nested is not null && !nested.EndsWith("/" + ManifestWriter.FileName, StringComparison.Ordinal))
                {
                    diagnostics.ReportWithHelp(DiagnosticCatalog.ManifestMissing, SourceSpan.File(zipPath),
                        $"Moodle and Blackboard need {ManifestWriter.FileName} at the root, named exactly so in lower case: rename '{nested[(nested.LastIndexOf('/') + 1)..]}' to {ManifestWriter.FileName} and zip the folder's contents, not the folder", found);
                }
                else
                {
                    diagnostics.Report(DiagnosticCatalog.ManifestMissing, SourceSpan.File(zipPath), found);
                }

                return diagnostics.ToList();
            }

            if (diagnostics.HasErrors)
            {
                return diagnostics.ToList();
            }

            if (ReadBounded(manifestEntry) is not { } text)
            {
                diagnostics.Report(DiagnosticCatalog.ManifestTooLarge, manifestSpan, MaxManifestBytes);
                return diagnostics.ToList();
            }

            CheckManifest(text, names, diagnostics);
            foreach (var schema in PackagingResources.SchemaFiles.Select(s => s[PackagingResources.SchemaFolder.Length..]).Where(s => !names.Contains(s)))
            {
                diagnostics.Report(DiagnosticCatalog.SchemaFileMissing, manifestSpan, schema);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCatalog.NotAZip, SourceSpan.File(zipPath), ex.Message);
        }

        return diagnostics.ToList();
    }

    /// <summary>
    /// Reads the manifest into memory, never more than <see cref="MaxManifestBytes"/> whatever its header claims.
    /// Nothing of the zip is ever written to disk.
    /// </summary>
    private static string? ReadBounded(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxManifestBytes)
        {
            return null;
        }

        using var stream = entry.Open();
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            memory.Write(buffer, 0, read);
            if (memory.Length > MaxManifestBytes)
            {
                return null;
            }
        }

        memory.Position = 0;
        using var reader = new StreamReader(memory, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static HashSet<string> CheckEntries(ZipArchive zip, DiagnosticBag diagnostics)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var byFoldedName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        long expanded = 0;
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName;
            if (IsEscaping(name))
            {
                diagnostics.Report(DiagnosticCatalog.UnsafeEntryName, SourceSpan.File(name), name);
                continue;
            }

            // Unix mode in the high half of the external attributes: S_IFLNK.
            if (((entry.ExternalAttributes >> 16) & 0xF000) == 0xA000)
            {
                diagnostics.Report(DiagnosticCatalog.SymlinkEntry, SourceSpan.File(name), name);
                continue;
            }

            if (entry.IsEncrypted)
            {
                diagnostics.Report(DiagnosticCatalog.EncryptedEntry, SourceSpan.File(name), name);
            }

            expanded += entry.Length;
            var ratio = entry.CompressedLength > 0 ? entry.Length / entry.CompressedLength : entry.Length;
            if (expanded > MaxExpandedBytes)
            {
                diagnostics.Report(DiagnosticCatalog.ZipBomb, SourceSpan.File(name), MaxExpandedBytes);
                break;
            }

            if (entry.Length > 1 << 20 && ratio > MaxCompressionRatio)
            {
                diagnostics.Report(DiagnosticCatalog.CompressionRatio, SourceSpan.File(name), name, ratio, MaxCompressionRatio);
                break;
            }

            if (!name.EndsWith('/'))
            {
                if (byFoldedName.TryGetValue(name, out var other))
                {
                    if (other == name)
                    {
                        diagnostics.Report(DiagnosticCatalog.DuplicateEntry, SourceSpan.File(name), name);
                    }
                    else
                    {
                        diagnostics.Report(DiagnosticCatalog.EntryNamesDifferOnlyInCase, SourceSpan.File(name), other, name);
                    }
                }

                byFoldedName.TryAdd(name, name);
                names.Add(name);
                if (!SafeName().IsMatch(name))
                {
                    diagnostics.Report(DiagnosticCatalog.UnsafeFileName, SourceSpan.File(name), name);
                }
            }
        }

        return names;
    }

    private static bool IsEscaping(string name) =>
        name.StartsWith('/') || name.StartsWith('\\') || name.Contains('\\') || (name.Length > 1 && name[1] == ':')
        || name.Split('/').Any(segment => segment == "..");

    private static void CheckManifest(string text, HashSet<string> names, DiagnosticBag diagnostics)
    {
        if (text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) is var doctype and >= 0)
        {
            var line = text.AsSpan(0, doctype).Count('\n') + 1;
            diagnostics.Report(DiagnosticCatalog.ManifestDoctype, new SourceSpan(ManifestWriter.FileName, line, 1));
            return;
        }

        if (FindTooDeep(text) is { } tooDeep)
        {
            diagnostics.Report(DiagnosticCatalog.ManifestTooDeep, tooDeep, MaxManifestDepth);
            return;
        }

        XDocument document;
        try
        {
            // No DTD, no resolver: entity expansion ("billion laughs") and external entities cannot happen.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            diagnostics.Report(DiagnosticCatalog.ManifestNotWellFormed, new SourceSpan(ManifestWriter.FileName, ex.LineNumber, ex.LinePosition), ex.Message);
            return;
        }

        var root = document.Root!;
        if (root.Name.NamespaceName != ImscpNamespace)
        {
            var help = root.Name.NamespaceName switch
            {
                "" => $"the manifest has no namespace: a SCORM 1.2 manifest's root is <manifest xmlns=\"{ImscpNamespace}\">",
                var ns when ns.StartsWith(Scorm2004Namespace, StringComparison.Ordinal) => "is this a SCORM 2004 package? This check is for SCORM 1.2",
                _ => DiagnosticCatalog.NamespaceWrong.Help!,
            };
            diagnostics.ReportWithHelp(DiagnosticCatalog.NamespaceWrong, At(root), help, root.Name.NamespaceName);
            return;
        }

        CheckAgainstSchema(document, diagnostics);
        CheckPrefixes(text, root, diagnostics);
        CheckReferences(root, names, diagnostics);
        CheckTitles(text, diagnostics);
    }

    /// <summary>
    /// Reads the manifest as a stream (no recursion) and returns where an element lies deeper than
    /// <see cref="MaxManifestDepth"/>, or null; a manifest that is not well-formed is left to the full read.
    /// </summary>
    private static SourceSpan? FindTooDeep(string text)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth >= MaxManifestDepth)
                {
                    var info = (IXmlLineInfo)reader;
                    return new SourceSpan(ManifestWriter.FileName, info.LineNumber, info.LinePosition);
                }
            }
        }
        catch (XmlException)
        {
            // Reported with its place by the full read.
        }

        return null;
    }

    private static void CheckAgainstSchema(XDocument document, DiagnosticBag diagnostics)
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
            diagnostics.Report(DiagnosticCatalog.ManifestSchema, new SourceSpan(ManifestWriter.FileName, line, column), e.Message);
        });
    }

    /// <summary>Moodle matches the literal strings "adlcp:..." and does not resolve namespaces.</summary>
    private static void CheckPrefixes(string text, XElement root, DiagnosticBag diagnostics)
    {
        foreach (var declaration in root.DescendantsAndSelf().Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == AdlcpNamespace))
        {
            var prefix = declaration.Name.Namespace == XNamespace.Xmlns ? declaration.Name.LocalName : "";
            if (prefix != "adlcp")
            {
                diagnostics.Report(DiagnosticCatalog.AdlcpPrefix, At(declaration.Parent!), prefix.Length == 0 ? "(default)" : prefix);
            }
        }

        if (root.Name.NamespaceName == ImscpNamespace && root.GetPrefixOfNamespace(ImscpNamespace) is { Length: > 0 } imscpPrefix && !text.Contains("xmlns=\"" + ImscpNamespace, StringComparison.Ordinal))
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.AdlcpPrefix, At(root), "declare the IMS CP namespace unprefixed: Moodle fails on a prefixed manifest", imscpPrefix);
        }
    }

    private static void CheckReferences(XElement root, HashSet<string> names, DiagnosticBag diagnostics)
    {
        XNamespace cp = ImscpNamespace;
        XNamespace adl = AdlcpNamespace;
        var organizations = root.Element(cp + "organizations");
        var organizationIds = root.Descendants(cp + "organization").Select(o => (string?)o.Attribute("identifier")).ToHashSet();
        if ((string?)organizations?.Attribute("default") is { } defaultId && !organizationIds.Contains(defaultId))
        {
            diagnostics.Report(DiagnosticCatalog.DefaultOrganizationMissing, At(organizations!), defaultId);
        }
        else if (organizations is not null && organizations.Attribute("default") is null && organizationIds.FirstOrDefault() is { } first)
        {
            diagnostics.Report(DiagnosticCatalog.DefaultOrganizationAbsent, At(organizations), first);
        }

        var resourcesBase = (string?)root.Element(cp + "resources")?.Attribute(XNamespace.Xml + "base") ?? "";
        if (resourcesBase.Length > 0)
        {
            diagnostics.Report(DiagnosticCatalog.ResourcesXmlBase, At(root.Element(cp + "resources")!), resourcesBase);
        }

        var resources = root.Descendants(cp + "resource")
            .Where(r => r.Attribute("identifier") is not null)
            .GroupBy(r => (string)r.Attribute("identifier")!)
            .ToDictionary(g => g.Key, g => g.First());
        var launchable = false;
        var unresolved = false;
        foreach (var item in root.Descendants(cp + "item"))
        {
            if ((string?)item.Attribute("identifierref") is not { } reference)
            {
                continue;
            }

            if (!resources.TryGetValue(reference, out var resource))
            {
                diagnostics.Report(DiagnosticCatalog.IdentifierRefMissing, At(item), reference);
                unresolved = true;
                continue;
            }

            var scormType = (string?)resource.Attribute(adl + "scormtype");
            if (scormType is null)
            {
                diagnostics.Report(DiagnosticCatalog.ScormTypeMissing, At(resource), reference);
                unresolved = true;
            }

            launchable |= scormType == "sco" && resource.Attribute("href") is not null;
            if (item.Element(adl + "masteryscore") is { } mastery)
            {
                var text = mastery.Value.Trim();
                if (!decimal.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var score)
                    || score > 100)
                {
                    diagnostics.Report(DiagnosticCatalog.MasteryScoreInvalid, At(mastery), mastery.Value);
                }
                else if (score == 0 || score != decimal.Truncate(score))
                {
                    diagnostics.Report(DiagnosticCatalog.MasteryScorePitfall, At(mastery), mastery.Value);
                }
            }
        }

        foreach (var dependency in root.Descendants(cp + "dependency"))
        {
            if ((string?)dependency.Attribute("identifierref") is { } reference && !resources.ContainsKey(reference))
            {
                diagnostics.Report(DiagnosticCatalog.IdentifierRefMissing, At(dependency), reference);
            }
        }

        // A broken reference or a missing scormtype already explains why nothing launches.
        if (!launchable && !unresolved)
        {
            diagnostics.Report(DiagnosticCatalog.NoLaunchableSco, At(root));
        }

        var missing = new HashSet<string>(StringComparer.Ordinal);

        // Metadata kept in its own file (<adlcp:location>): Moodle and Blackboard open it on import.
        foreach (var location in root.Descendants(adl + "location"))
        {
            var path = Uri.UnescapeDataString(location.Value.Trim());
            if (path.Length > 0 && !LinkIsRemote(path) && !names.Contains(path) && missing.Add(path))
            {
                diagnostics.Report(DiagnosticCatalog.ReferencedFileMissing, At(location), path);
            }
        }

        foreach (var resource in resources.Values)
        {
            // xml:base nests (RFC 3986 relative resolution, as the IMS CP spec says): <resources>, then <resource>.
            var xmlBase = resourcesBase + ((string?)resource.Attribute(XNamespace.Xml + "base") ?? "");
            var files = resource.Elements(cp + "file").Select(f => (Element: f, Href: (string?)f.Attribute("href")));
            var href = (string?)resource.Attribute("href");
            foreach (var (element, path) in files.Append((resource, href)))
            {
                if (path is null || LinkIsRemote(path))
                {
                    continue;
                }

                var entry = Uri.UnescapeDataString(LinkTarget.PathOf(xmlBase + path));
                if (IsEscaping(entry))
                {
                    diagnostics.Report(DiagnosticCatalog.UnsafeEntryName, At(element), entry);
                }
                else if (!names.Contains(entry) && missing.Add(entry))
                {
                    diagnostics.Report(DiagnosticCatalog.ReferencedFileMissing, At(element), entry);
                }
            }
        }
    }

    private const string ImsmdNamespace = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1";

    private static bool InMetadataNamespace(XObject? node)
    {
        var element = node as XElement ?? node?.Parent;
        return element is not null && element.AncestorsAndSelf().Any(e => e.Name.NamespaceName == ImsmdNamespace);
    }

    private static bool LinkIsRemote(string href) => LinkTarget.Classify(href) == LinkKind.Remote;

    private static void CheckTitles(string text, DiagnosticBag diagnostics)
    {
        foreach (Match match in TitleWithReference().Matches(text))
        {
            var line = text.AsSpan(0, match.Index).Count('\n') + 1;
            diagnostics.Report(DiagnosticCatalog.CharacterReference, new SourceSpan(ManifestWriter.FileName, line, 1), match.Groups["ref"].Value);
        }
    }

    private static SourceSpan At(XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo()
            ? new SourceSpan(ManifestWriter.FileName, info.LineNumber, info.LinePosition)
            : SourceSpan.File(ManifestWriter.FileName);

    [GeneratedRegex("^[A-Za-z0-9._/-]+$")]
    private static partial Regex SafeName();

    [GeneratedRegex("<title>[^<]*?(?<ref>&#x?[0-9A-Fa-f]+;)")]
    private static partial Regex TitleWithReference();
}
