using System.Text.RegularExpressions;
using CivilSociety.Scorm.Resources;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Rendering;

/// <summary>packaging/strings/: the player's texts in the six official UN languages, complete and translated.</summary>
public sealed partial class UiStringsTests
{
    public static TheoryData<string> Languages => ["ar", "en", "es", "fr", "ru", "zh"];

    /// <summary>The script a translation must be written in (a copy of the English or French text is not).</summary>
    private static readonly Dictionary<string, Regex> Scripts = new(StringComparer.Ordinal)
    {
        ["ar"] = ArabicLetter(),
        ["ru"] = CyrillicLetter(),
        ["zh"] = HanCharacter(),
    };

    [Fact]
    public void Strings_exist_for_the_six_official_un_languages()
    {
        PackagingResources.StringLanguages.Should().Contain(["ar", "en", "es", "fr", "ru", "zh"]);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_key_is_present_with_a_non_empty_value(string language)
    {
        var strings = PackagingResources.StringsFor(language)!;

        strings.Keys.Should().BeEquivalentTo(UiStrings.Keys, $"{language}.json has exactly the keys of en.json");
        strings.Where(s => string.IsNullOrWhiteSpace(s.Value)).Select(s => s.Key).Should().BeEmpty($"no empty value in {language}.json");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_value_keeps_the_placeholders_of_the_english_text(string language)
    {
        var english = PackagingResources.StringsFor("en")!;
        var strings = PackagingResources.StringsFor(language)!;

        foreach (var (key, value) in strings)
        {
            Placeholders(value).Should().BeEquivalentTo(Placeholders(english[key]), $"{language}.json '{key}': \"{value}\"");
        }
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("es")]
    [InlineData("fr")]
    [InlineData("ru")]
    [InlineData("zh")]
    public void No_value_is_left_in_english_or_in_another_script(string language)
    {
        var english = PackagingResources.StringsFor("en")!;
        var strings = PackagingResources.StringsFor(language)!;

        strings.Where(s => s.Value == english[s.Key]).Select(s => s.Key).Should().BeEmpty($"every {language} text is translated");
        if (Scripts.TryGetValue(language, out var script))
        {
            strings.Where(s => !script.IsMatch(Placeholder().Replace(s.Value, ""))).Select(s => $"{s.Key}: {s.Value}")
                .Should().BeEmpty($"every {language} text is written in its own script");
        }
    }

    private static IEnumerable<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{IsArabic}")]
    private static partial Regex ArabicLetter();

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex CyrillicLetter();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex HanCharacter();
}
