namespace CivilSociety.Scorm.Diagnostics;

/// <summary>Collects diagnostics so that one run reports every problem; passed from stage to stage, never global.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public DiagnosticBag(bool warningsAsErrors = false) => WarningsAsErrors = warningsAsErrors;

    public bool WarningsAsErrors { get; }

    public bool HasErrors => _items.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Whether an error was reported as one, not a warning made an error by <see cref="WarningsAsErrors"/>.</summary>
    public bool HasReportedErrors { get; private set; }

    public int Count => _items.Count;

    public void Add(Diagnostic diagnostic)
    {
        HasReportedErrors |= diagnostic.Severity == DiagnosticSeverity.Error;
        _items.Add(WarningsAsErrors && diagnostic.Severity == DiagnosticSeverity.Warning
            ? diagnostic with { Severity = DiagnosticSeverity.Error }
            : diagnostic);
    }

    public void Report(DiagnosticDescriptor descriptor, SourceSpan location, params object?[] args) =>
        Add(descriptor.At(location, args));

    /// <summary>Report with a help text built for this occurrence (e.g. a "did you mean").</summary>
    public void ReportWithHelp(DiagnosticDescriptor descriptor, SourceSpan location, string help, params object?[] args) =>
        Add(descriptor.At(location, args) with { Help = help });

    /// <summary>Diagnostics in file, line, column order, so output reads top to bottom.</summary>
    public IReadOnlyList<Diagnostic> ToList() =>
        [.. _items.OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                  .ThenBy(d => d.Location.Line)
                  .ThenBy(d => d.Location.Column)];
}
