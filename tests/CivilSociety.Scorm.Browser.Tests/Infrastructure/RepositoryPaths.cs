using System.Reflection;

namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>Where things are: the repository (from the build) and the files next to the test assembly.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        var value = typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (string.IsNullOrEmpty(value) || !Directory.Exists(value))
        {
            throw new InvalidOperationException($"The RepositoryRoot assembly metadata is missing or wrong: '{value}'.");
        }

        return Path.GetFullPath(value);
    });

    /// <summary>The repository root (with content/, packaging/, samples/, scripts/).</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The real course.</summary>
    public static string Content => Path.Combine(Root, "content");

    /// <summary>
    /// The names of the sample courses in samples/ (a new question type brings its own, and the tests that take every
    /// sample answer it with no change).
    /// </summary>
    public static IReadOnlyList<string> SampleNames =>
        [.. Directory.EnumerateDirectories(Path.Combine(Root, "samples")).Select(d => Path.GetFileName(d)).Where(name => name != PoolSample).Order(StringComparer.Ordinal)];

    /// <summary>
    /// samples/question-pool shows each learner some of its questions (docs/question-pools.md): the tests that answer
    /// every question of every sample cannot take it; QuestionPoolTests do.
    /// </summary>
    public const string PoolSample = "question-pool";

    /// <summary>The repository's scripts (validate-manifest.sh, …).</summary>
    public static string Scripts => Path.Combine(Root, "scripts");

    /// <summary>The test LMS page, scorm-again and axe-core, copied next to the test assembly by the build.</summary>
    public static string Web => Path.Combine(AppContext.BaseDirectory, "web");

    /// <summary>Screenshots and other files a person may want to look at after a run.</summary>
    public static string Artifacts
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "artifacts");
            Directory.CreateDirectory(path);
            return path;
        }
    }
}
