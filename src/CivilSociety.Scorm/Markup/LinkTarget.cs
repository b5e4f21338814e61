using CivilSociety.Scorm.Loading;

namespace CivilSociety.Scorm.Markup;

/// <summary>What a URL written in a section points at.</summary>
internal enum LinkKind
{
    /// <summary>An anchor in the same page, mailto:, tel:, or data: — nothing to bundle.</summary>
    Inline,

    /// <summary>http(s) and other schemes: on the web, not in the package.</summary>
    Remote,

    /// <summary>A path from the root of a disk or a file: URL.</summary>
    Absolute,

    /// <summary>A path relative to the Markdown file: bundled into the package.</summary>
    Relative,

    /// <summary>javascript:, vbscript:, data: other than an image: code, not a place to go.</summary>
    Unsafe,
}

internal static class LinkTarget
{
    public static LinkKind Classify(string url)
    {
        if (IsUnsafe(url))
        {
            return LinkKind.Unsafe;
        }

        if (url.Length == 0 || url.StartsWith('#') || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return LinkKind.Inline;
        }

        if (url.StartsWith('/') || url.StartsWith('\\') || url.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            || (url.Length > 2 && char.IsAsciiLetter(url[0]) && url[1] == ':' && url[2] is '\\' or '/'))
        {
            return LinkKind.Absolute;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out _) || url.StartsWith("//", StringComparison.Ordinal) ? LinkKind.Remote : LinkKind.Relative;
    }

    /// <summary>
    /// Browsers drop tabs, line ends and other control characters inside a scheme ("java&#9;script:") and ignore
    /// case, so the check does the same before it looks at the scheme.
    /// </summary>
    private static bool IsUnsafe(string url)
    {
        var compact = new string([.. url.Where(c => c > ' ')]).ToLowerInvariant();
        return compact.StartsWith("javascript:", StringComparison.Ordinal)
            || compact.StartsWith("vbscript:", StringComparison.Ordinal)
            || compact.StartsWith("livescript:", StringComparison.Ordinal)
            || (compact.StartsWith("data:", StringComparison.Ordinal) && !compact.StartsWith("data:image/", StringComparison.Ordinal));
    }

    /// <summary>
    /// The course file a relative URL written in <paramref name="sourcePath"/> points at: course-relative, '/'
    /// separated, without its query and fragment; null when it leads outside the course folder. The one place a
    /// link becomes a path (checked by Validation, rewritten by Rendering, bundled by Export).
    /// </summary>
    public static string? ResolveRelative(string url, string sourcePath, string courseRoot) =>
        CoursePaths.Resolve(courseRoot, CoursePaths.FolderOf(sourcePath), PathOf(url));

    /// <summary><see cref="ResolveRelative"/> for a URL of any kind: null unless it is relative and stays in the course.</summary>
    public static string? CourseFile(string url, string sourcePath, string courseRoot) =>
        Classify(url) == LinkKind.Relative ? ResolveRelative(url, sourcePath, courseRoot) : null;

    /// <summary>The path part of a relative URL, without ?query or #fragment.</summary>
    public static string PathOf(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        return end < 0 ? url : url[..end];
    }

    /// <summary>The #fragment of a URL, with its '#', or "".</summary>
    public static string FragmentOf(string url)
    {
        var hash = url.IndexOf('#');
        return hash < 0 ? "" : url[hash..];
    }
}
