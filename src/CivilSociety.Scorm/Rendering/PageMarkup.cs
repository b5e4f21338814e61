using AngleSharp.Dom;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Rendering;

/// <summary>Small marks the page renderers all put on elements, written in one place.</summary>
internal static class PageMarkup
{
    /// <summary>
    /// Marks an element written in a section's own language (WCAG 3.1.2, language of parts): its lang and its direction.
    /// </summary>
    public static void MarkLanguage(IElement element, string language)
    {
        element.SetAttribute("lang", language);
        element.SetAttribute("dir", Languages.DirectionOf(language) == TextDirection.RightToLeft ? "rtl" : "ltr");
    }

    /// <summary>Links a style sheet after the page's last one (the player's), so that its rules win where both speak.</summary>
    public static void LinkStyleSheet(IDocument document, string href)
    {
        if (document.QuerySelectorAll("link[rel='stylesheet']").LastOrDefault() is { } before)
        {
            var link = document.CreateElement("link");
            link.SetAttribute("rel", "stylesheet");
            link.SetAttribute("href", href);
            before.Parent!.InsertBefore(link, before.NextSibling);
        }
    }
}
