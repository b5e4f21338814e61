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
    public static readonly DiagnosticDescriptor ReportFileTooLarge = new("SCO8010", Error,
        "'{0}' is too large for a report download: {1}, beyond the reader's limit of {2:N0} {3}; it is not read", "Moodle's download of a SCORM report stays far below this: download the report of this activity again; for a very large course, download it per group (the report's group selector) and name each file");
    public static readonly DiagnosticDescriptor ReportTableTooLarge = new("SCO8011", Error,
        "'{0}' holds {1}, beyond the reader's limit of {2:N0} {3}; it is not read", "a Moodle report has one row per attempt and four columns per question: if the file was edited in a spreadsheet, delete what was filled in beyond the table and save it again, or download it again from Moodle");
    public static readonly DiagnosticDescriptor ReportXmlRefused = new("SCO8012", Error,
        "'{0}' is a spreadsheet whose XML is refused: {1}", "open it in LibreOffice Calc or Excel and save it again as .ods or .xlsx, or download it again from Moodle");
    public static readonly DiagnosticDescriptor ReportNotItsKind = new("SCO8013", Error,
        "'{0}' is not {1}: {2}", "download the report from Moodle again (Download: in text, ODS or Excel format) and keep the name it comes with: renaming a file does not change what it holds");
    public static readonly DiagnosticDescriptor ReportNotUtf8 = new("SCO8014", Error,
        "'{0}' is not UTF-8 text as Moodle writes it: line {1} holds the byte 0x{2:X2}, which is no UTF-8", "download the report from Moodle again; from Excel, save it as 'CSV UTF-8 (Comma delimited)' or 'Unicode Text', not as plain 'CSV'");
    public static readonly DiagnosticDescriptor ReportTextBeforeSpreadsheet = new("SCO8015", Warning,
        "'{0}' starts with {1:N0} bytes of other text before the report (Moodle writes its PHP warnings there when debugging messages are displayed); they are skipped", "ask the Moodle administrator to stop displaying debug messages (Site administration > Development > Debugging) and download the report again");
}
