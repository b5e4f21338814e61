using CivilSociety.Scorm.Resources;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// One file of the package: bytes made by the compiler, or a course file copied from disk; a file the tool carries
/// (the runtime, a schema) also <see cref="Deflated"/>, as a zip entry holds it, deflated when the tool was built.
/// </summary>
internal sealed record PackageEntry(string Path, byte[]? Content, string? SourceFile, byte[]? Deflated = null)
{
    public static PackageEntry FromBytes(string path, byte[] content) => new(path, content, null);

    /// <summary>A file of packaging/ (<paramref name="resource"/>), packaged as it is at <paramref name="path"/>.</summary>
    public static PackageEntry FromResource(string path, string resource) =>
        new(path, PackagingResources.Read(resource), null, PackagingResources.ReadDeflated(resource));

    public static PackageEntry FromFile(string path, string sourceFile) => new(path, null, sourceFile);
}

/// <summary>
/// Everything that goes into the zip, in ordinal order of path, and the files also written beside it
/// (named after the zip: course.zip gets course.decoder.csv).
/// </summary>
internal sealed record RenderedCourse(IReadOnlyList<PackageEntry> Entries, IReadOnlyList<PackageEntry> BesideThePackage);
