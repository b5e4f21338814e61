namespace CivilSociety.Scorm.Loading;

/// <summary>A text file of the course, decoded: its path relative to the course folder ('/' separators).</summary>
internal sealed record SourceFile(string Path, string Text);
