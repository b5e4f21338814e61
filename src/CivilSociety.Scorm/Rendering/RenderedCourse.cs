namespace CivilSociety.Scorm.Rendering;

/// <summary>One file of the package: bytes made by the compiler, or a course file copied from disk.</summary>
internal sealed record PackageEntry(string Path, byte[]? Content, string? SourceFile)
{
    public static PackageEntry FromBytes(string path, byte[] content) => new(path, content, null);

    public static PackageEntry FromFile(string path, string sourceFile) => new(path, null, sourceFile);
}

/// <summary>
/// Everything that goes into the zip, in ordinal order of path, and the files also written beside it
/// (named after the zip: course.zip gets course.decoder.csv).
/// </summary>
internal sealed record RenderedCourse(IReadOnlyList<PackageEntry> Entries, IReadOnlyList<PackageEntry> BesideThePackage);
