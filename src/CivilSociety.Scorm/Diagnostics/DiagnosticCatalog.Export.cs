namespace CivilSociety.Scorm.Diagnostics;

// Export: question banks and coverage, civil-scorm export-questions and coverage (Export/, Reports/): the SCO7xxx codes.
internal static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor ExportLeftOut = new("SCO7001", Warning,
        "question '{0}' is left out of the {1} file: {2}", "export this question in another format (Moodle XML carries every type), or change it so the format can carry it");
    public static readonly DiagnosticDescriptor ExportLosesFeature = new("SCO7002", Warning,
        "question '{0}' loses {2} in the {1} file", "check the imported question in the LMS and add what is missing there, or export in Moodle XML, which carries the most");
    public static readonly DiagnosticDescriptor ExportLosesDirection = new("SCO7005", Warning,
        "the {0} file loses the course's right-to-left direction: {1}", "check an imported question's layout in the LMS; Moodle XML keeps the direction in each question's HTML");
    public static readonly DiagnosticDescriptor ExportNotWritable = new("SCO7003", Error,
        "cannot write '{0}': {1}; nothing was written", "write to a folder you may write to, with -o FOLDER/NAME");
    public static readonly DiagnosticDescriptor OutcomeAssessedByOneLowWeight = new("SCO7004", Warning,
        "outcome '{0}' is assessed by one question only ('{1}', weight {2}); a single slip decides it", "tag more questions with outcomes=\"{0}\", or give this one a higher weight");
    public static readonly DiagnosticDescriptor OutcomeAssessedOnlyByRecall = new("SCO7020", Warning,
        "outcome '{0}' asks for {1} ('{2}'), but every question that assesses it is level=remember ({3})",
        "add a question that asks the learner to explain, compare or use the idea in a new case, and mark it level={4}");
    public static readonly DiagnosticDescriptor OutcomeAssessedBelowItsLevel = new("SCO7021", Warning,
        "outcome '{0}' asks for {1} ('{2}'), but its questions reach level={3} at most ({4})",
        "add a question at level={5}: a case to work through, not a fact to recognise");
    public static readonly DiagnosticDescriptor OutcomeLevelUnknown = new("SCO7022", Warning,
        "outcome '{0}' asks for {1} ('{2}'), but coverage cannot tell whether it is reached (no level= on {3})",
        "add level=remember|understand|apply|analyze to the questions that assess it");
}
