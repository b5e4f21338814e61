namespace CivilSociety.Scorm.Diagnostics;

/// <summary>One problem in a course, located, with a hint on how to fix it.</summary>
public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, SourceSpan Location, string Message, string? Help = null)
{
    /// <summary>MSBuild's shape, which editors and CI parse: <c>path(line,col): error ID: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{Location}: {severity} {Id}: {Message}";
    }
}
