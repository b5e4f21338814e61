using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm;

/// <summary>The outcome of one compilation: the package written (if any) and every diagnostic.</summary>
public sealed class CompileResult
{
    private CompileResult(string? packagePath, IReadOnlyList<Diagnostic> diagnostics)
    {
        PackagePath = packagePath;
        Diagnostics = diagnostics;
    }

    /// <summary>The zip that was written, or null when the build failed.</summary>
    public string? PackagePath { get; }

    /// <summary>Every problem found, in source order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>What the written package holds, and the files written beside it; null when the build failed.</summary>
    public PackageSummary? Summary { get; private init; }

    /// <summary>True when a package was written.</summary>
    public bool Succeeded => PackagePath is not null;

    internal static CompileResult Failed(DiagnosticBag diagnostics) => new(null, diagnostics.ToList());

    internal static CompileResult Written(string packagePath, DiagnosticBag diagnostics, PackageSummary? summary = null) =>
        new(packagePath, diagnostics.ToList()) { Summary = summary };
}

/// <summary>The one line an author reads after a build: what went into the package, and what was written beside it.</summary>
/// <param name="BesideThePackage">Full paths of the files written beside the zip (the teachers' decoder).</param>
public sealed record PackageSummary(int Sections, int Questions, int Outcomes, IReadOnlyList<string> BesideThePackage);
