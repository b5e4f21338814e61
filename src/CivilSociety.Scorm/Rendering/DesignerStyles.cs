using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// The blocks' and players' style sheet, runtime/blocks.css (packaging/blocks/blocks.css): shipped and linked only
/// when the course uses a block, a media player or a glossary term, so a course without them is built exactly as
/// before and the player's own CSS stays as small as it is.
/// </summary>
internal static class DesignerStyles
{
    public const string PackagePath = "runtime/blocks.css";
    public const string Resource = "blocks/blocks.css";

    public static bool Uses(Course course) => course.Sections.Any(section =>
        section.Body.Descendants<CustomContainer>().Any(c => BlockKinds.Of(c) is not null)
        || MediaLink.In(section.Body).Any()
        || section.Body.Descendants<LinkInline>().Any(l => !l.IsImage && GlossaryTerms.IsTermLink(l.Url ?? "")));
}
