namespace CivilSociety.Scorm.Diagnostics;

/// <summary>A place in a course file: a path relative to the course folder with '/' separators, 1-based line and column.</summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    /// <summary>The whole file, when no line applies.</summary>
    public static SourceSpan File(string path) => new(path, 0, 0);

    public override string ToString() => Line > 0 ? $"{Path}({Line},{Column})" : Path;
}
