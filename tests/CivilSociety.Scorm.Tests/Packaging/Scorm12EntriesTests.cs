using System.IO.Compression;
using System.Security.Cryptography;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Packaging;

/// <summary>
/// SCORM 1.2 packages are what they were before the SCORM 2004 target came: Golden/scorm12-entries.txt holds every
/// entry's SHA-256, recorded from a build of the real course and the samples made before that work. The runtime
/// bundles (and the style sheet) are the one exception: their bytes follow packaging/runtime/ (whose tests prove the 1.2 behaviour), so
/// the golden file says only that they are the committed bundles, never the SCORM 2004 player.
/// </summary>
public sealed class Scorm12EntriesTests
{
    private const string CommittedBundle = "committed-bundle";
    /// <summary>Each bundle an entry must be: the style sheet ships minified (packaging/runtime/player.min.css).</summary>
    private static readonly Dictionary<string, string> Bundles = new(StringComparer.Ordinal)
    {
        ["runtime/player.js"] = "runtime/player.js", ["runtime/xapi.js"] = "runtime/xapi.js", ["runtime/player.css"] = "runtime/player.min.css",
    };

    public static TheoryData<string> Courses => ["content", "samples/minimal-en", "samples/every-question-type"];

    [Theory]
    [MemberData(nameof(Courses))]
    public void Every_entry_of_a_SCORM_12_build_is_unchanged(string course)
    {
        using var package = new BuiltPackage(Path.Combine(Repository.Root, course));

        Entries(package).Should().Equal(Golden(course));
    }

    /// <summary>"entry sha256" lines, in entry order; a runtime bundle as "entry committed-bundle" when it is one.</summary>
    private static List<string> Entries(BuiltPackage package)
    {
        using var zip = ZipFile.OpenRead(package.ZipPath);
        return [.. zip.Entries.Select(entry =>
        {
            var bytes = package.ReadBytes(entry.FullName);
            if (Bundles.TryGetValue(entry.FullName, out var bundle))
            {
                var committed = File.ReadAllBytes(Path.Combine(Repository.Root, "packaging", bundle));
                return entry.FullName + " " + (bytes.AsSpan().SequenceEqual(committed) ? CommittedBundle : "another file");
            }

            return entry.FullName + " " + Convert.ToHexStringLower(SHA256.HashData(bytes));
        })];
    }

    private static List<string> Golden(string course) =>
        [.. File.ReadAllLines(Path.Combine(Repository.Root, "tests", "CivilSociety.Scorm.Tests", "Golden", "scorm12-entries.txt"))
            .Where(line => line.StartsWith(course + " ", StringComparison.Ordinal))
            .Select(line => line[(course.Length + 1)..])];
}
