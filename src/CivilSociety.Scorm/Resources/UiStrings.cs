namespace CivilSociety.Scorm.Resources;

/// <summary>The player's interface texts: packaging/strings/&lt;language&gt;.json, with the author's overrides on top.</summary>
internal static class UiStrings
{
    /// <summary>Every key a language file must have: those of the English file, the fallback.</summary>
    public static IReadOnlyCollection<string> Keys { get; } =
        [.. PackagingResources.StringsFor(PackagingResources.DefaultLanguage)!.Keys.Order(StringComparer.Ordinal)];

    /// <summary>True when the player speaks the course language; otherwise it falls back to English.</summary>
    public static bool Supports(string languageTag) => PackagingResources.HasStringsFor(languageTag);

    public static IReadOnlyDictionary<string, string> For(string languageTag, IReadOnlyDictionary<string, string> overrides)
    {
        var strings = new Dictionary<string, string>(
            PackagingResources.StringsFor(languageTag) ?? PackagingResources.StringsFor(PackagingResources.DefaultLanguage)!,
            StringComparer.Ordinal);
        foreach (var (key, value) in overrides)
        {
            strings[key] = value;
        }

        return strings;
    }
}
