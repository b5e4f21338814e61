using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.PackageValidation;

/// <summary>
/// Valid SCORM 1.2 that Moodle reads wrongly: it matches the literal text of names rather than resolving
/// namespaces, treats a resource without a scormtype as an untracked asset, misreads some mastery scores and
/// stores character references in titles garbled. (File names it rewrites: <see cref="EntryNameChecks"/>.)
/// </summary>
internal static partial class MoodlePitfalls
{
    private static readonly XNamespace Adlcp = Scorm12Names.AdlcpNamespace;

    /// <summary>Moodle matches the literal strings "adlcp:..." and does not resolve namespaces.</summary>
    public static void CheckPrefixes(string text, XElement root, DiagnosticBag diagnostics)
    {
        foreach (var declaration in root.DescendantsAndSelf().Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == Scorm12Names.AdlcpNamespace))
        {
            var prefix = declaration.Name.Namespace == XNamespace.Xmlns ? declaration.Name.LocalName : "";
            if (prefix != "adlcp")
            {
                diagnostics.Report(DiagnosticCatalog.AdlcpPrefix, ManifestLocation.Of(declaration.Parent!), prefix.Length == 0 ? "(default)" : prefix);
            }
        }

        const string imscp = Scorm12Names.ImscpNamespace;
        if (root.Name.NamespaceName == imscp && root.GetPrefixOfNamespace(imscp) is { Length: > 0 } imscpPrefix && !text.Contains("xmlns=\"" + imscp, StringComparison.Ordinal))
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.AdlcpPrefix, ManifestLocation.Of(root), "declare the IMS CP namespace unprefixed: Moodle fails on a prefixed manifest", imscpPrefix);
        }
    }

    /// <summary>
    /// The adlcp:scormtype of a resource an item launches, or null once its absence is reported: without one,
    /// Moodle treats the item as an untracked asset.
    /// </summary>
    public static string? ScormTypeOf(XElement resource, string reference, DiagnosticBag diagnostics)
    {
        var scormType = (string?)resource.Attribute(Adlcp + "scormtype");
        if (scormType is null)
        {
            diagnostics.Report(DiagnosticCatalog.ScormTypeMissing, ManifestLocation.Of(resource), reference);
        }

        return scormType;
    }

    /// <summary>An item's adlcp:masteryscore: a number from 0 to 100, and for Moodle a whole one other than 0.</summary>
    public static void CheckMasteryScore(XElement item, DiagnosticBag diagnostics)
    {
        if (item.Element(Adlcp + "masteryscore") is not { } mastery)
        {
            return;
        }

        var text = mastery.Value.Trim();
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score) || score > 100)
        {
            diagnostics.Report(DiagnosticCatalog.MasteryScoreInvalid, ManifestLocation.Of(mastery), mastery.Value);
        }
        else if (score == 0 || score != decimal.Truncate(score))
        {
            diagnostics.Report(DiagnosticCatalog.MasteryScorePitfall, ManifestLocation.Of(mastery), mastery.Value);
        }
    }

    /// <summary>Read in the manifest's text: the parsed document no longer tells a reference from a character.</summary>
    public static void CheckTitles(string text, DiagnosticBag diagnostics)
    {
        foreach (Match match in TitleWithReference().Matches(text))
        {
            diagnostics.Report(DiagnosticCatalog.CharacterReference, ManifestLocation.LineOf(text, match.Index), match.Groups["ref"].Value);
        }
    }

    [GeneratedRegex("<title>[^<]*?(?<ref>&#x?[0-9A-Fa-f]+;)")]
    private static partial Regex TitleWithReference();
}
