namespace CivilSociety.Scorm;

/// <summary>What to compile and where the package goes.</summary>
/// <param name="CourseDirectory">The folder that holds <c>course.yml</c>.</param>
/// <param name="OutputPath">
/// The zip to write; it is replaced only when the build succeeds. By default <c>out/&lt;course id&gt;.zip</c>
/// in the current directory.
/// </param>
public sealed record CompileOptions(string CourseDirectory, string? OutputPath = null)
{
    /// <summary>Treat every warning as an error.</summary>
    public bool WarningsAsErrors { get; init; }
}
