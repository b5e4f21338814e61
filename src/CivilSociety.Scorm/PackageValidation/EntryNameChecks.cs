using System.Text.RegularExpressions;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.PackageValidation;

/// <summary>
/// The names of the files in the zip, one at a time in the zip's order: each must be there once, must not differ
/// from another only in letter case (Windows and macOS extract one over the other), and should hold only the
/// characters Moodle keeps (it rewrites the others on extraction, and links to them break).
/// </summary>
internal sealed partial class EntryNameChecks(DiagnosticBag diagnostics)
{
    /// <summary>The first name seen for each name folded to one case.</summary>
    private readonly Dictionary<string, string> _byFoldedName = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every file name seen, once each.</summary>
    public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

    public void Add(string name)
    {
        if (_byFoldedName.TryGetValue(name, out var other))
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

        _byFoldedName.TryAdd(name, name);
        Names.Add(name);
        if (!KeptByMoodle().IsMatch(name))
        {
            diagnostics.Report(DiagnosticCatalog.UnsafeFileName, SourceSpan.File(name), name);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._/-]+$")]
    private static partial Regex KeptByMoodle();
}
