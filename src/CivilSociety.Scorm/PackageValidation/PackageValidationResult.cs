using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.PackageValidation;

/// <summary>Which package <c>validate</c> checks, and how strictly.</summary>
/// <param name="ZipPath">Any SCORM 1.2, SCORM 2004 or cmi5 zip, ours or another tool's.</param>
public sealed record PackageValidationOptions(string ZipPath)
{
    /// <summary>Every warning counts as an error (the result does not succeed).</summary>
    public bool WarningsAsErrors { get; init; }
}

/// <summary>The outcome of <c>validate</c>.</summary>
/// <param name="Standard">What the package was checked as: "SCORM 1.2", "SCORM 2004" or "cmi5".</param>
/// <param name="Diagnostics">Every problem found, located in the zip (the path of the entry) or at the zip itself.</param>
public sealed record PackageValidationResult(string Standard, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when no problem is an error.</summary>
    public bool Succeeded => NoError(Diagnostics);

    private static bool NoError(IEnumerable<Diagnostic> diagnostics) => diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
}
