using SourceSpan = CivilSociety.Scorm.Diagnostics.SourceSpan;

namespace CivilSociety.Scorm.Model;

/// <summary>A Markdown link, image or autolink written in a section (its quiz included), and where.</summary>
/// <param name="Location">Where its target (the path or address) is written: what a diagnostic about the target points at.</param>
/// <param name="Start">Where the link itself starts (its <c>[</c> or <c>![</c>): what a diagnostic about its text points at.</param>
/// <param name="HasText">False for an image whose alternative text is empty or only spaces.</param>
internal sealed record LinkReference(string Url, SourceSpan Location, SourceSpan Start, bool IsImage, bool HasText);
