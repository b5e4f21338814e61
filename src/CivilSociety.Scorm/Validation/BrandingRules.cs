using System.Globalization;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Validation;

/// <summary>
/// The course's look (course.yml theme:, logo:, image:): colours the learner can read (WCAG AA contrast against the
/// player's backgrounds and header text) and pictures that are the course's own files.
/// </summary>
internal static class BrandingRules
{
    /// <summary>The backgrounds and text the theme's colours meet in the player (packaging/runtime/player.css).</summary>
    private static readonly (string Colour, string Name)[] Surfaces = [("#ffffff", "the page's white (and the header's white text)"), ("#eef1f5", "the player's grey background (#eef1f5)")];

    public const double MinimumContrast = 4.5;

    public static void ThemeIsReadable(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        if (course.Branding is not { } branding)
        {
            return;
        }

        foreach (var (colour, name) in new[] { (branding.Primary, "primary"), (branding.Accent, "accent") })
        {
            if (colour is null)
            {
                continue;
            }

            if (Parse(colour.Value) is not { } rgb)
            {
                diagnostics.Report(DiagnosticCatalog.InvalidThemeColour, colour.Location, colour.Value, name);
                continue;
            }

            var (ratio, against) = Surfaces.Select(s => (Ratio: Contrast(rgb, Parse(s.Colour)!.Value), s.Name)).MinBy(s => s.Ratio);
            if (ratio < MinimumContrast)
            {
                var darker = Darken(rgb);
                diagnostics.Report(DiagnosticCatalog.ThemeContrastTooLow, colour.Location, name, colour.Value, ratio, against,
                    darker is null ? "" : $", e.g. \"{darker}\"");
            }
        }
    }

    public static void BrandImagesAreCourseFiles(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        if (course.Branding is not { } branding)
        {
            return;
        }

        foreach (var (image, name, kinds) in new[] { (branding.Logo, "logo", new[] { ".svg", ".png" }), (branding.Cover, "cover image", new[] { ".svg", ".png", ".jpg", ".jpeg", ".webp" }) })
        {
            if (image is null)
            {
                continue;
            }

            if (LinkTarget.Classify(image.Source) is LinkKind.Remote or LinkKind.Inline or LinkKind.Unsafe)
            {
                diagnostics.Report(DiagnosticCatalog.BrandImageRefused, image.Location, name, image.Source, "is not a file of the course",
                    "put the file in the course folder and give its path from course.yml (media/logo.svg): a package loads nothing from another site");
                continue;
            }

            if (!kinds.Contains(Path.GetExtension(LinkTarget.PathOf(image.Source)).ToLowerInvariant()))
            {
                var formats = string.Join(", ", kinds.Select(k => k.TrimStart('.').ToUpperInvariant()));
                diagnostics.Report(DiagnosticCatalog.BrandImageRefused, image.Location, name, image.Source, $"is in none of the formats a {name} may have ({formats})",
                    $"save it as {formats.Replace(", ", " or ", StringComparison.Ordinal)}");
                continue;
            }

            LinkRules.CheckUrl(image.Source, CourseSources.CourseFileName, image.Location, sources, diagnostics);
            if (image.Source.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)
                && CoursePaths.Resolve(sources.RootDirectory, "", LinkTarget.PathOf(image.Source)) is { } path && sources.AllFiles.Contains(path))
            {
                BundledFileRules.CheckSvg(path, sources, diagnostics);
            }
        }
    }

    /// <summary>#rgb or #rrggbb, as red, green, blue from 0 to 255; null otherwise.</summary>
    public static (int R, int G, int B)? Parse(string colour)
    {
        var hex = colour.Trim();
        if (!hex.StartsWith('#') || hex.Length is not (4 or 7) || !hex[1..].All(char.IsAsciiHexDigit))
        {
            return null;
        }

        hex = hex.Length == 4 ? string.Concat(hex[1..].Select(c => $"{c}{c}")) : hex[1..];
        return (Channel(hex, 0), Channel(hex, 2), Channel(hex, 4));
    }

    /// <summary>The WCAG 2 contrast ratio of two colours, from 1 to 21.</summary>
    public static double Contrast((int R, int G, int B) a, (int R, int G, int B) b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance((int R, int G, int B) c)
    {
        static double Linear(int channel) => channel / 255.0 is var s && s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        return (0.2126 * Linear(c.R)) + (0.7152 * Linear(c.G)) + (0.0722 * Linear(c.B));
    }

    /// <summary>The same hue, darkened in steps of 5 % until it passes: a suggestion the author can paste.</summary>
    private static string? Darken((int R, int G, int B) c)
    {
        for (var factor = 0.95; factor > 0; factor -= 0.05)
        {
            var darker = ((int)(c.R * factor), (int)(c.G * factor), (int)(c.B * factor));
            if (Surfaces.All(s => Contrast(darker, Parse(s.Colour)!.Value) >= MinimumContrast))
            {
                return $"#{darker.Item1:x2}{darker.Item2:x2}{darker.Item3:x2}";
            }
        }

        return null;
    }

    private static int Channel(string hex, int start) => int.Parse(hex.AsSpan(start, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
