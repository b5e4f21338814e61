using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm;

/// <summary>What to compile and where the package goes.</summary>
/// <param name="CourseDirectory">The folder that holds <c>course.yml</c>.</param>
/// <param name="OutputPath">
/// The zip to write; it is replaced only when the build succeeds. By default <c>out/&lt;course id&gt;.zip</c>
/// in the current directory.
/// </param>
public sealed record CompileOptions(string CourseDirectory, string? OutputPath = null)
{
    /// <summary>Where the package goes when <see cref="OutputPath"/> is not given, as &lt;package id&gt;.zip (default: out).</summary>
    public string? OutputFolder { get; init; }

    /// <summary>Treat every warning as an error.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>A SCORM 1.2 package (the default) or an xAPI package.</summary>
    public PackageTarget Target { get; init; } = PackageTarget.Scorm12;

    /// <summary>Turns xAPI on (or overrides course.yml's xapi.activity_base).</summary>
    public string? XapiActivityBase { get; init; }

    /// <summary>Overrides course.yml's xapi.endpoint.</summary>
    public string? XapiEndpoint { get; init; }

    /// <summary>Overrides course.yml's xapi.auth (a write-only credential: it is readable inside the package).</summary>
    public string? XapiAuth { get; init; }

    /// <summary>
    /// The package learners are using now: the build compares the new one with it and reports what an update costs
    /// them and the LMS (SCO9xxx, docs/republishing.md), as <c>civil-scorm diff</c> does.
    /// </summary>
    public string? PreviousPackage { get; init; }

    /// <summary>
    /// Build the course's version in this language from its translation, translations/LANG.xlf (docs/translation.md):
    /// the same sections, questions and ids with the texts translated. Null, or the course's own language: the course.
    /// </summary>
    public string? Language { get; init; }

    /// <summary>A text whose source changed since it was translated shows its new source text, not its old translation.</summary>
    public bool StaleToSource { get; init; }
}
