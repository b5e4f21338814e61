using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Parsing;

/// <summary>course.yml's theme:, logo: and image: (the course's look), read into <see cref="Branding"/>.</summary>
internal static class BrandingParser
{
    public static readonly string[] Keys = ["theme", "logo", "image"];

    private static readonly string[] ThemeKeys = ["primary", "accent"];

    private static readonly string[] ImageKeys = ["src", "alt"];

    public static Branding? Parse(YamlMap course)
    {
        if (!Keys.Any(course.Has))
        {
            return null;
        }

        var theme = course.Map("theme", ThemeKeys);
        return new Branding(Colour(theme, "primary"), Colour(theme, "accent"), Image(course, "logo"), Image(course, "image"));
    }

    private static ThemeColour? Colour(YamlMap? theme, string key) =>
        theme?.String(key, required: false) is { } value ? new ThemeColour(value, theme.SpanOfKey(key)) : null;

    private static BrandImage? Image(YamlMap course, string key)
    {
        if (course.Map(key, ImageKeys) is not { } map)
        {
            return null;
        }

        var source = map.String("src", required: true);
        var alt = map.String("alt", required: true);
        return source is null || alt is null ? null : new BrandImage(source, alt, map.SpanOfKey("src"));
    }
}
