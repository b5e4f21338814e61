namespace CivilSociety.Scorm.Validation;

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
}

internal static class LinkTarget
{
    public static LinkKind Classify(string url)
    {
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
