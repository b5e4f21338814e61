using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm;

/// <summary>The outcome of <c>export-questions</c>: the question bank written (if any) and every diagnostic.</summary>
/// <param name="BankPath">The question bank file that was written, or null when the export failed.</param>
/// <param name="Diagnostics">Every problem found, and every loss the format imposes (warnings).</param>
public sealed record ExportResult(string? BankPath, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the bank was written.</summary>
    public bool Succeeded => BankPath is not null;
}
