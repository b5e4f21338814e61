using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Reports;

namespace CivilSociety.Scorm;

/// <summary>The outcome of <c>report</c> or <c>coverage</c>: the file written (if any), its content, the report, every diagnostic.</summary>
public sealed class ReportResult
{
    internal ReportResult(string? outputPath, byte[]? content, MasteryReport? report, IReadOnlyList<Diagnostic> diagnostics)
    {
        OutputPath = outputPath;
        Content = content;
        Report = report;
        Diagnostics = diagnostics;
        HasErrors = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
    }

    private bool HasErrors { get; }

    public string? OutputPath { get; }

    public byte[]? Content { get; }

    /// <summary>The mastery report (null for coverage, or when the course had errors).</summary>
    public MasteryReport? Report { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public bool Succeeded => Content is not null && !HasErrors;
}
