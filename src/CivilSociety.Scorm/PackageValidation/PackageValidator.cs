using System.IO.Compression;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Resources;

namespace CivilSociety.Scorm.PackageValidation;

/// <summary>
/// Checks any SCORM 1.2, SCORM 2004 or cmi5 zip, ours or another tool's, the way Moodle and Blackboard will read it: safe entry names,
/// bounded expansion, the manifest at the root, the schemas, references, and Moodle's known pitfalls.
/// </summary>
public static class PackageValidator
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

    /// <summary><c>validate</c>: the package's problems, and the standard it was checked as.</summary>
    public static PackageValidationResult Validate(PackageValidationOptions options)
    {
        var diagnostics = Validate(options.ZipPath, out var standard)
            .Select(d => options.WarningsAsErrors && d.Severity == DiagnosticSeverity.Warning ? d with { Severity = DiagnosticSeverity.Error } : d);
        return new PackageValidationResult(standard, [.. diagnostics]);
    }

    internal static IReadOnlyList<Diagnostic> Validate(string zipPath) => Validate(zipPath, out _);

    /// <param name="standard">"SCORM 2004" or "cmi5" when the package is one, else "SCORM 1.2" (what the check took it for).</param>
    internal static IReadOnlyList<Diagnostic> Validate(string zipPath, out string standard)
    {
        standard = "SCORM 1.2";
        var diagnostics = new DiagnosticBag();
        if (FileKinds.OfTarget(zipPath) is FileKind.Fifo or FileKind.Socket or FileKind.CharacterDevice or FileKind.BlockDevice)
        {
            // Never opened: reading a pipe waits for a writer, forever if there is none.
            diagnostics.Report(DiagnosticCatalog.NotAZip, SourceSpan.File(zipPath), "it is a pipe, a socket or a device, not a regular file");
            return diagnostics.ToList();
        }

        try
        {
            using var zip = ZipFile.OpenRead(zipPath);
            if (zip.Entries.Count > MaxEntries)
            {
                diagnostics.Report(DiagnosticCatalog.TooManyEntries, SourceSpan.File(zipPath), zip.Entries.Count, MaxEntries);
                return diagnostics.ToList();
            }

            var names = ZipEntryChecks.Check(zip, diagnostics);
            if (zip.GetEntry(Cmi5Check.FileName) is { } cmi5 && !names.Contains(Scorm12Names.ManifestFile) && !diagnostics.HasErrors)
            {
                // A cmi5 package: its course structure instead of a SCORM manifest.
                standard = "cmi5";
                if (ManifestReader.ReadText(cmi5) is { } structure)
                {
                    Cmi5Check.Check(structure, names, diagnostics);
                }
                else
                {
                    diagnostics.Report(DiagnosticCatalog.Cmi5NotWellFormed, SourceSpan.File(Cmi5Check.FileName), $"larger than {MaxManifestBytes:N0} bytes");
                }

                AnswerKeyCheck.Check(zip, diagnostics);
                return diagnostics.ToList();
            }

            // An unsafe zip is not read further: its manifest is not worth the risk.
            if (ManifestLocator.Find(zip, zipPath, names, diagnostics) is not { } manifest || diagnostics.HasErrors)
            {
                return diagnostics.ToList();
            }

            if (ManifestReader.ReadText(manifest) is not { } text)
            {
                diagnostics.Report(DiagnosticCatalog.ManifestTooLarge, ManifestLocation.File, MaxManifestBytes);
                return diagnostics.ToList();
            }

            var scorm2004 = CheckManifest(text, names, diagnostics);
            standard = scorm2004 ? "SCORM 2004" : standard;
            AnswerKeyCheck.Check(zip, diagnostics);
            if (scorm2004)
            {
                foreach (var schema in Scorm2004Resources.SchemaFileNames.Where(s => s.EndsWith(".xsd", StringComparison.Ordinal) && !names.Contains(s)))
                {
                    diagnostics.ReportWithHelp(DiagnosticCatalog.SchemaFileMissing, ManifestLocation.File, "ship the SCORM 2004 4th edition schema files beside imsmanifest.xml", schema);
                }
            }
            else
            {
                foreach (var schema in PackagingResources.SchemaFileNames.Where(s => !names.Contains(s)))
                {
                    diagnostics.Report(DiagnosticCatalog.SchemaFileMissing, ManifestLocation.File, schema);
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            var (what, help) = WhatIsNotAZip(zipPath);
            diagnostics.ReportWithHelp(DiagnosticCatalog.NotAZip, SourceSpan.File(zipPath), help, what);
        }

        return diagnostics.ToList();
    }

    /// <summary>
    /// What a file that does not open as a zip is, told by its first bytes (a .NET message about the "End of Central
    /// Directory record" says nothing to a designer), and what to do about it.
    /// </summary>
    internal static (string What, string Help) WhatIsNotAZip(string path)
    {
        var head = new byte[512];
        int read;
        try
        {
            using var stream = File.OpenRead(path);
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ("it cannot be read", "check that the file exists and that you may read it");
        }

        var start = head.AsSpan(0, read);
        const string Course = "; to check a course, build it (civil-scorm build FOLDER) and validate the zip it writes";
        if (start.StartsWith("PK"u8))
        {
            return ("it starts as a zip but is damaged or cut short", "download or export the package again, and wait until the download has finished");
        }

        if (start.StartsWith("%PDF"u8))
        {
            return ("it is a PDF document", "name the package's .zip file" + Course);
        }

        return read > 0 && !start.Contains((byte)0)
            ? ("it is a text file", "name the package's .zip file" + Course)
            : ("it is no zip", "export the package again as a .zip");
    }

    /// <summary>
    /// In this order, so that diagnostics at the same place keep the order they have always had; true for a SCORM
    /// 2004 manifest (<see cref="Scorm2004Checks"/>).
    /// </summary>
    private static bool CheckManifest(string text, IReadOnlySet<string> names, DiagnosticBag diagnostics)
    {
        if (ManifestParser.Parse(text, diagnostics) is not { Root: { } root } document)
        {
            return false;
        }

        if (root.Name.NamespaceName == Scorm2004Names.ImscpNamespace)
        {
            Scorm2004Checks.Check(document, names, diagnostics);
            MoodlePitfalls.CheckTitles(text, diagnostics);
            return true;
        }

        SchemaCheck.Check(document, diagnostics);
        MoodlePitfalls.CheckPrefixes(text, root, diagnostics);
        var resources = ManifestReferences.ResourcesById(root);
        ManifestReferences.Check(root, resources, diagnostics);
        ManifestFiles.Check(root, resources.Values, names, diagnostics);
        MoodlePitfalls.CheckTitles(text, diagnostics);
        return false;
    }
}
