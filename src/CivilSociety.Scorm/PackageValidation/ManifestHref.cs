namespace CivilSociety.Scorm.PackageValidation;

/// <summary>How the check reads an href of the manifest: a place on the web, or a file that must be in the zip.</summary>
internal static class ManifestHref
{
    /// <summary>Schemes that name no place on the web: in a manifest, such an href is a file that is not there.</summary>
    private static readonly string[] NotOnTheWeb = ["mailto:", "tel:", "data:", "file:"];

    private static readonly string[] RunCode = ["javascript:", "vbscript:", "livescript:"];

    /// <summary>
    /// An absolute URL on the web (http:, https:, ftp: ...): not in the package, so not checked. A path from a root
    /// (<c>/x</c>, <c>\x</c>, <c>C:/x</c>) is not remote: it is a file that escapes the package.
    /// </summary>
    public static bool IsRemote(string href) =>
        !IsScript(href) && !NotOnTheWeb.Any(scheme => href.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        && !IsFromRoot(href) && Uri.TryCreate(href, UriKind.Absolute, out _);

    /// <summary>The path part of a relative URL, without ?query or #fragment.</summary>
    public static string PathOf(string href)
    {
        var end = href.IndexOfAny(['?', '#']);
        return end < 0 ? href : href[..end];
    }

    /// <summary>Code, not a place: browsers ignore case and drop spaces and control characters in a scheme ("java&#9;script:").</summary>
    private static bool IsScript(string href)
    {
        var scheme = new string([.. href.Where(c => c > ' ')]).ToLowerInvariant();
        return RunCode.Any(s => scheme.StartsWith(s, StringComparison.Ordinal))
            || (scheme.StartsWith("data:", StringComparison.Ordinal) && !scheme.StartsWith("data:image/", StringComparison.Ordinal));
    }

    private static bool IsFromRoot(string href) =>
        href.StartsWith('/') || href.StartsWith('\\')
        || (href.Length > 2 && char.IsAsciiLetter(href[0]) && href[1] == ':' && href[2] is '\\' or '/');
}
