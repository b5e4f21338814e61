using System.Reflection;

namespace CivilSociety.Scorm.Benchmarks;

/// <summary>Where the repository's content/ is, recorded at build time.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = typeof(RepositoryPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string RealCourse => Path.Combine(Root, "content");
}
