using System.Reflection;

namespace CivilSociety.Scorm.Tests.Infrastructure;

/// <summary>Where the repository's content/, samples/ and packaging/ are, recorded at build time.</summary>
internal static class Repository
{
    public static string Root { get; } = typeof(Repository).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string RealCourse => Path.Combine(Root, "content");

    public static string Sample(string name) => Path.Combine(Root, "samples", name);

    /// <summary>
    /// Every sample course, "samples/NAME" (a new question type brings its own: tests that take every sample need no
    /// change for it).
    /// </summary>
    public static IReadOnlyList<string> Samples { get; } =
        [.. Directory.EnumerateDirectories(Path.Combine(Root, "samples")).Select(d => "samples/" + Path.GetFileName(d)).Order(StringComparer.Ordinal)];
}
