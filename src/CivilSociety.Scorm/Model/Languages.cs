using System.Text.RegularExpressions;

namespace CivilSociety.Scorm.Model;

/// <summary>What the compiler needs to know about a BCP 47 language tag.</summary>
internal static partial class Languages
{
    /// <summary>Primary subtags of languages written right to left.</summary>
    private static readonly HashSet<string> RightToLeft = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi",
    };

    public static TextDirection DirectionOf(string languageTag)
    {
        var primary = languageTag.Split('-', '_')[0];
        if (languageTag.Contains("-Arab", StringComparison.OrdinalIgnoreCase) || languageTag.Contains("-Hebr", StringComparison.OrdinalIgnoreCase))
        {
            return TextDirection.RightToLeft;
        }

        return RightToLeft.Contains(primary) ? TextDirection.RightToLeft : TextDirection.LeftToRight;
    }

    /// <summary>A well-formed tag: a 2-3 letter primary subtag, then subtags of 1-8 letters or digits.</summary>
    public static bool IsWellFormed(string tag) => WellFormedTag().IsMatch(tag);

    /// <summary>Generated at build time: no regex is parsed and interpreted when the native tool starts.</summary>
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex WellFormedTag();
}
