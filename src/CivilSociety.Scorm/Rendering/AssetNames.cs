using CivilSociety.Scorm.Hashing;
using System.Text;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// Names under which course files are stored in the package: below media/, ASCII [A-Za-z0-9._-] and '/', which
/// every LMS keeps intact on extraction (Moodle strips or rewrites others). A name that had to change, or that would
/// meet another file's name, gets a short hash of its source path, so two source files never share a package name.
/// </summary>
internal sealed class AssetNames
{
    public const string Folder = "media/";

    private readonly Dictionary<string, string> _packagePaths = new(StringComparer.Ordinal);

    /// <param name="coursePaths">Every file of the course that may be bundled.</param>
    public AssetNames(IEnumerable<string> coursePaths)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in coursePaths.Order(StringComparer.Ordinal))
        {
            var name = Plain(path);
            if (name is null || !taken.Add(name))
            {
                name = Hashed(path);
                taken.Add(name);
            }

            _packagePaths[path] = name;
        }
    }

    public string PackagePathFor(string coursePath) => _packagePaths[coursePath];

    /// <summary>The path as it is, under media/, when every character is safe.</summary>
    private static string? Plain(string coursePath)
    {
        var relative = coursePath.StartsWith(Folder, StringComparison.Ordinal) ? coursePath[Folder.Length..] : coursePath;
        return relative.Split('/').All(IsSafe) ? Folder + relative : null;
    }

    private static string Hashed(string coursePath)
    {
        var hash = Convert.ToHexStringLower(Sha256.HashData(Encoding.UTF8.GetBytes(coursePath)))[..8];
        var file = coursePath[(coursePath.LastIndexOf('/') + 1)..];
        var dot = file.LastIndexOf('.');
        var (stem, extension) = dot > 0 ? (file[..dot], Sanitize(file[dot..])) : (file, "");
        stem = Sanitize(stem).Trim('-', '.');
        return Folder + (stem.Length > 0 ? stem + "-" : "file-") + hash + extension;
    }

    private static bool IsSafe(string segment) =>
        segment.Length > 0 && segment.Trim('.').Length > 0 && segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    private static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-');
        }

        return builder.ToString();
    }
}
