using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CivilSociety.Scorm.Contract;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// Keeps the sections after the first out of the browser's first parse of the page. Each becomes a data block,
/// <c>&lt;script type="text/html" data-section="ID"&gt;</c> holding the section's HTML as text: the HTML parser only
/// scans such a block for its end, where a section's elements cost it far more (the synthetic course's 300
/// sections are two thirds of a 7.6 MB page). The player paints the section it opens on, then puts the others
/// back in the page before it sets the course up (packaging/runtime/src/player/start.js), so the page it drives is
/// the one written here.
/// </summary>
internal static partial class DeferredSections
{
    public const string BlockType = "text/html";

    public static void Apply(IDocument document)
    {
        foreach (var container in document.QuerySelectorAll($"[{RuntimeContract.Attributes.Slot}='{RuntimeContract.Slots.Sections}']"))
        {
            foreach (var section in container.Children.Where(IsSection).Skip(1).ToList())
            {
                var block = document.CreateElement("script");
                block.SetAttribute("type", BlockType);
                block.SetAttribute(RuntimeContract.Attributes.Section, section.GetAttribute(RuntimeContract.Attributes.Section)!);
                block.TextContent = AsBlockText(section);
                section.Replace(block);
            }
        }
    }

    private static bool IsSection(IElement element) =>
        element.LocalName == "section" && element.HasAttribute(RuntimeContract.Attributes.Section);

    /// <summary>
    /// The section's HTML, safe inside a script element: text already escapes "&lt;", so "&lt;/script" and
    /// "&lt;!--" (which would end the block or change how its end is found) can only be in an attribute's value, where
    /// "&amp;lt;" reads the same. Comments say nothing to the learner and go.
    /// </summary>
    private static string AsBlockText(IElement section)
    {
        foreach (var comment in section.Descendants<IComment>().ToList())
        {
            comment.Parent!.RemoveChild(comment);
        }

        return BlockEnd().Replace(section.OuterHtml, "&lt;");
    }

    [GeneratedRegex("<(?=!--|/script)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockEnd();
}
