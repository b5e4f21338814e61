using System.Security.Cryptography;
using System.Text;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// Names under which course files are stored in the package: ASCII [A-Za-z0-9._-] and '/', which every LMS keeps
/// intact on extraction (Moodle strips or rewrites others). Names that had to change get a short hash, so two
/// different source names never meet in one package name.
/// </summary>
internal static class AssetNames
{
    public const string Folder = "media/";

    public static string PackagePathFor(string coursePath)
    {
        var segments = coursePath.Split('/');
        var safe = segments.Select(Sanitize).ToArray();
        if (safe.SequenceEqual(segments))
        {
            return Folder + coursePath;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(coursePath)))[..8];
        var file = safe[^1];
        var dot = file.LastIndexOf('.');
        var (stem, extension) = dot > 0 ? (file[..dot], file[dot..]) : (file, "");
        stem = stem.Trim('-', '.');
        safe[^1] = (stem.Length > 0 ? stem + "-" : "file-") + hash + extension;
        return Folder + string.Join('/', safe);
    }

    private static string Sanitize(string segment)
    {
        var builder = new StringBuilder(segment.Length);
        foreach (var c in segment)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-');
        }

        var result = builder.ToString();
        return result.Trim('.').Length == 0 ? "x" : result;
    }
}
