namespace CivilSociety.Scorm.Diagnostics;

// Report: the LMS's and the LRS's records, civil-scorm report (Reports/): the SCO8xxx codes.
internal static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor ReportFileUnreadable = new("SCO8001", Error,
        "cannot read the report '{0}': {1}", "download the report from Moodle again (CSV, ODS or Excel) and name that file");
    public static readonly DiagnosticDescriptor ReportLayoutUnknown = new("SCO8002", Error,
        "'{0}' is not a Moodle SCORM interactions or objectives report: {1}", "in Moodle open the SCORM activity, Reports, Interactions report (or Objectives report), and download it in English");
    public static readonly DiagnosticDescriptor InteractionsReportIncomplete = new("SCO8003", Error,
        "the interactions report '{0}' has no {1} columns, so its answers cannot be matched and judged", "in the report's options tick 'Summary of question', 'Summary of responses' and 'Summary of result', then download again");
    public static readonly DiagnosticDescriptor UnknownInteraction = new("SCO8004", Warning,
        "'{0}' records answers to '{1}', which is no question of this course; they are left out", "check that the report is of this course's package, and that the question was not renamed since");
    public static readonly DiagnosticDescriptor UnknownObjective = new("SCO8005", Warning,
        "'{0}' records the objective '{1}', which is no outcome of this course; it is left out", "check that the report is of this course's package, and that the outcome was not renamed since");
    public static readonly DiagnosticDescriptor LrsFailed = new("SCO8006", Error,
        "the LRS at {0} could not be read: {1}", "check --lrs (the xAPI endpoint, as given to the package) and --auth (a key that may read statements)");
    public static readonly DiagnosticDescriptor NoRecordsOfCourse = new("SCO8007", Warning,
        "no answer or objective in the records read belongs to course '{0}'", "name the reports of this course's SCORM activity, or the LRS it sends statements to");

    // The LRS's answers are hostile input: its pages are checked, its links followed only to the endpoint's origin.
    public static readonly DiagnosticDescriptor LrsPageMalformed = new("SCO8030", Error,
        "page {1} from the LRS at {0} is not an xAPI statement result: {2}", "check that --lrs is the LRS's xAPI endpoint (the address ending in /xapi/ that the package sends to); if it is, show this message to the LRS's administrator");
    public static readonly DiagnosticDescriptor LrsMoreElsewhere = new("SCO8031", Error,
        "the LRS at {0} links its next page to '{1}', outside the endpoint's origin {2}; it is not followed (the key goes to the endpoint alone)", "give --lrs as the address the LRS uses in its own 'more' links (the same scheme, host and port), or ask its administrator to set the LRS's public address");
    public static readonly DiagnosticDescriptor LrsMoreRepeated = new("SCO8032", Warning,
        "the LRS at {0} links again to a page already read ('{1}'); reading stopped there, so the report may miss statements", "the report holds the {2} statement(s) read; show this message to the LRS's administrator");
    public static readonly DiagnosticDescriptor LrsPageLimit = new("SCO8033", Warning,
        "the LRS at {0} still had more after {1} pages; reading stopped there, so the report is partial ({2} statement(s) read)", "name xapi.activity_base in course.yml as the package sends it, so that only this course's statements are asked for; or show this message to the LRS's administrator");
    public static readonly DiagnosticDescriptor ObjectivesReportEmpty = new("SCO8034", Warning,
        "'{0}' names the objectives {1} but holds no learner's status or score under them (Moodle 4.5's objectives report leaves them out: its own bug); the figures come from the other reports read", "download the Interactions report too (Summary of question, responses and result ticked) and name it with --moodle: the package's per-outcome results are computed from it as the package computes them");
}
