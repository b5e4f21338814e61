namespace CivilSociety.Scorm.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
