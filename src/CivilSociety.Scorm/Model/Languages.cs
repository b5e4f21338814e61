using System.Text.RegularExpressions;
using CivilSociety.Scorm.Diagnostics;

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

    /// <summary>The languages the player speaks that are written left to right (an unknown language may be either).</summary>
    private static readonly HashSet<string> LeftToRight = new(StringComparer.OrdinalIgnoreCase) { "en", "es", "fr", "ru", "zh", "de", "it", "pt" };

    /// <summary>
    /// True when a declared direction is the opposite of how the language is written, as far as we know it: a
    /// right-to-left language laid out ltr, or a known left-to-right one laid out rtl.
    /// </summary>
    public static bool DirectionContradicts(string languageTag, TextDirection declared) =>
        declared == TextDirection.LeftToRight
            ? DirectionOf(languageTag) == TextDirection.RightToLeft
            : LeftToRight.Contains(languageTag.Split('-', '_')[0]) && DirectionOf(languageTag) == TextDirection.LeftToRight;

    /// <summary>A well-formed tag: a 2-3 letter primary subtag, then subtags of 1-8 letters or digits.</summary>
    public static bool IsWellFormed(string tag) => WellFormedTag().IsMatch(tag);

    /// <summary><paramref name="help"/>, after "did you mean 'ar'?" when a language's name or code was written for its tag.</summary>
    public static string WithTagMeant(string written, string help) =>
        TagMeant(written) is { } meant ? $"did you mean '{meant}'? {help}" : help;

    /// <summary>
    /// The tag an author meant by a language's name (english, Arabic, العربية, a misspelt arabik), its three-letter
    /// code (eng, ara) or a locale written with an underscore (ar_EG): null when it is none of these.
    /// </summary>
    public static string? TagMeant(string written)
    {
        var text = written.Trim();
        if (text.Contains('_') && text.Replace('_', '-') is var hyphened && IsWellFormed(hyphened))
        {
            return hyphened;
        }

        // "English (UK)", "arabic language": the first word names the language.
        var word = new string([.. text.TakeWhile(char.IsLetter)]).ToLowerInvariant();
        if (word.Length < 2)
        {
            return null;
        }

        var byName = Names.SelectMany(entry => entry.Names.Select(name => (Name: name, entry.Tag))).ToList();
        if (byName.FirstOrDefault(n => n.Name == word) is { Name: not null } exact)
        {
            return exact.Tag;
        }

        return word.Length >= 4 && Suggestions.Closest(word, byName.Select(n => n.Name)) is { } close
            ? byName.First(n => n.Name == close).Tag
            : null;
    }

    /// <summary>The languages an author is likeliest to name: English and native names, and ISO 639-2 codes.</summary>
    private static readonly (string Tag, string[] Names)[] Names =
    [
        ("ar", ["arabic", "العربية", "عربي", "ara"]), ("en", ["english", "eng"]), ("fr", ["french", "français", "francais", "fra", "fre"]),
        ("es", ["spanish", "español", "espanol", "castellano", "spa"]), ("ru", ["russian", "русский", "rus"]), ("zh", ["chinese", "mandarin", "中文", "zho", "chi"]),
        ("de", ["german", "deutsch", "deu", "ger"]), ("it", ["italian", "italiano", "ita"]), ("pt", ["portuguese", "português", "portugues", "por"]),
        ("tr", ["turkish", "türkçe", "turkce", "tur"]), ("fa", ["persian", "farsi", "فارسی", "fas", "per"]), ("ur", ["urdu", "اردو", "urd"]),
        ("he", ["hebrew", "עברית", "heb"]), ("hi", ["hindi", "हिन्दी", "hin"]), ("bn", ["bengali", "bangla", "ben"]), ("id", ["indonesian", "ind"]),
        ("ms", ["malay", "msa", "may"]), ("sw", ["swahili", "kiswahili", "swa"]), ("ja", ["japanese", "日本語", "jpn"]), ("ko", ["korean", "한국어", "kor"]),
        ("nl", ["dutch", "nederlands", "nld", "dut"]), ("pl", ["polish", "polski", "pol"]), ("uk", ["ukrainian", "українська", "ukr"]),
        ("ro", ["romanian", "ron", "rum"]), ("el", ["greek", "ell", "gre"]), ("sv", ["swedish", "svenska", "swe"]), ("ku", ["kurdish", "kur"]),
        ("ps", ["pashto", "pus"]), ("am", ["amharic", "amh"]), ("ha", ["hausa", "hau"]), ("so", ["somali", "som"]), ("th", ["thai", "tha"]),
        ("vi", ["vietnamese", "vie"]),
    ];

    /// <summary>Generated at build time: no regex is parsed and interpreted when the native tool starts.</summary>
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex WellFormedTag();
}
