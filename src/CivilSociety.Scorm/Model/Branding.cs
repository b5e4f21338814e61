using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Model;

/// <summary>A colour of the course's theme, as written in course.yml (#rrggbb or #rgb), and where.</summary>
internal sealed record ThemeColour(string Value, SourceSpan Location);

/// <summary>A picture of the course's own (logo, cover), its path relative to course.yml, its alternative text.</summary>
internal sealed record BrandImage(string Source, string Alt, SourceSpan Location);

/// <summary>
/// The course's look, from course.yml (docs/blocks.md, "Branding"): the theme's primary colour (the header) and
/// accent (links, buttons, focus), a logo in the header and a cover picture on the first screen.
/// </summary>
internal sealed record Branding(ThemeColour? Primary, ThemeColour? Accent, BrandImage? Logo, BrandImage? Cover)
{
    public bool HasTheme => Primary is not null || Accent is not null;
}
