using SourceSpan = CivilSociety.Scorm.Diagnostics.SourceSpan;

namespace CivilSociety.Scorm.Model;

/// <summary>A piece of raw HTML written in a section (a block or an inline tag), as written, and where it starts.</summary>
internal sealed record RawHtml(string Html, SourceSpan Start);
