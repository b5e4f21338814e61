using SourceSpan = CivilSociety.Scorm.Diagnostics.SourceSpan;

namespace CivilSociety.Scorm.Model;

/// <summary>A Markdown link, image or autolink written in a section (its quiz included), and where.</summary>
/// <param name="HasText">False for an image whose alternative text is empty or only spaces.</param>
internal sealed record LinkReference(string Url, SourceSpan Location, bool IsImage, bool HasText);
