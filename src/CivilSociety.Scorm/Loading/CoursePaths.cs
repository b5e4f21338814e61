namespace CivilSociety.Scorm.Loading;

/// <summary>Course-relative paths: always '/' separated, never escaping the course folder.</summary>
internal static class CoursePaths
{
    /// <summary>
    /// Resolves <paramref name="written"/> (relative to the folder <paramref name="fromFolder"/>, itself relative
    /// to the course root) to a course-relative path, or null when it leaves the course folder.
    /// </summary>
    public static string? Resolve(string root, string fromFolder, string written)
    {
        var combined = Path.GetFullPath(Path.Combine(root, fromFolder, Uri.UnescapeDataString(written)));
        var relative = Path.GetRelativePath(root, combined).Replace('\\', '/');
        return relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative;
    }

    public static string FolderOf(string relativePath)
    {
        var slash = relativePath.LastIndexOf('/');
        return slash < 0 ? "" : relativePath[..slash];
    }
}
