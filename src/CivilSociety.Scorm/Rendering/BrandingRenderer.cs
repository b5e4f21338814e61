using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// The course's look (course.yml theme:, logo:, image:): the theme's colours set the player's colour variables in
/// runtime/course-theme.css (a file: the page's policy allows no inline style), the logo goes into the header and
/// the cover picture at the top of the first screen. A course without them is built exactly as before.
/// </summary>
internal static class BrandingRenderer
{
    public const string PackagePath = "runtime/course-theme.css";

    public static void Apply(IDocument document, Course course, LinkRewriter links, ISet<string> usedFiles)
    {
        if (course.Branding is not { } branding)
        {
            return;
        }

        // The theme sets the player's own colour variables: after the player's sheet (the page's only other one).
        PageMarkup.LinkStyleSheet(document, PackagePath);

        if (branding.Logo is { } logo && document.QuerySelector(".masthead-inner") is { } masthead)
        {
            masthead.Prepend(Image(document, logo, "course-logo"));
            links.RewriteUrls(masthead, CourseSources.CourseFileName, usedFiles);
        }

        if (branding.Cover is { } cover && document.QuerySelector("section.section") is { } first)
        {
            var figure = document.CreateElement("figure");
            figure.ClassName = "course-cover";
            figure.AppendChild(Image(document, cover, ""));
            var heading = first.QuerySelector("h2");
            first.InsertBefore(figure, heading?.NextSibling ?? first.FirstChild);
            links.RewriteUrls(figure, CourseSources.CourseFileName, usedFiles);
        }
    }

    /// <summary>The style sheet: the player's colour variables set to the theme's, and the logo's and cover's places.</summary>
    public static byte[] StyleSheet(Branding branding)
    {
        var css = new StringBuilder("/* The course's own look, from course.yml (theme:, logo:, image:). */\n:root {");
        if (branding.Primary is { } primary)
        {
            css.Append(CultureInfo.InvariantCulture, $" --brand: {primary.Value.ToLowerInvariant()};");
        }

        if (branding.Accent is { } accent)
        {
            var value = accent.Value.ToLowerInvariant();
            css.Append(CultureInfo.InvariantCulture, $" --accent: {value}; --focus: {value}; --accent-soft: color-mix(in srgb, {value} 10%, #fff);");
        }

        css.Append(" }\n")
           .Append(".course-logo { display: block; flex: none; block-size: 2.5rem; inline-size: auto; max-inline-size: 10rem; margin-inline-end: 1rem; }\n")
           .Append(".course-cover { margin: 0 0 1.5rem; }\n")
           .Append(".course-cover img { display: block; inline-size: 100%; block-size: auto; max-block-size: 18rem; object-fit: cover; border-radius: var(--radius); }\n")
           .Append("@media print { .course-logo { max-block-size: 2rem; } }\n");
        return Encoding.UTF8.GetBytes(css.ToString());
    }

    private static IElement Image(IDocument document, BrandImage image, string className)
    {
        var element = document.CreateElement("img");
        if (className.Length > 0)
        {
            element.ClassName = className;
        }

        element.SetAttribute("src", image.Source);
        element.SetAttribute("alt", image.Alt);
        return element;
    }
}
