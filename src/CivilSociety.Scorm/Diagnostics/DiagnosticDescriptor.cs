namespace CivilSociety.Scorm.Diagnostics;

/// <summary>A kind of problem: its stable id, its default severity, and a message template.</summary>
internal sealed record DiagnosticDescriptor(string Id, DiagnosticSeverity Severity, string MessageFormat, string? Help = null)
{
    public Diagnostic At(SourceSpan location, params object?[] args) =>
        new(Id, Severity, location, Format(MessageFormat, args), Help is null ? null : Format(Help, args));

    private static string Format(string template, object?[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template, args);
}
