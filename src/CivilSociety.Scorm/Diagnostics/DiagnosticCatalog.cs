namespace CivilSociety.Scorm.Diagnostics;

/// <summary>
/// Every diagnostic the tool can report, one file per stage (DiagnosticCatalog.STAGE.cs). The first digit of a code
/// names the stage: 1 Load, 2 Parse, 3 Validate, 5 Package, 6 package check (validate), 7 export and coverage,
/// 8 report; 4 item writing (the quizzes read as a reviewer would). An id is never reused.
/// </summary>
internal static partial class DiagnosticCatalog
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;
}
