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

    /// <summary>True when a package was written.</summary>
    public bool Succeeded => PackagePath is not null;

    internal static CompileResult Failed(DiagnosticBag diagnostics) => new(null, diagnostics.ToList());

    internal static CompileResult Written(string packagePath, DiagnosticBag diagnostics) => new(packagePath, diagnostics.ToList());
}
