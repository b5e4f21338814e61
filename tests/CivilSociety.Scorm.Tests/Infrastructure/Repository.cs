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
}
