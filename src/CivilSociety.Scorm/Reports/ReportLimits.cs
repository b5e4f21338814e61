using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Reports;

/// <summary>
/// How much of a report download the readers take before they stop: far beyond what Moodle writes for a course of
/// thousands of learners (one row per attempt, four columns per question), far below what exhausts memory. Every file
/// is read row by row (the rows are never all held), so any input within these limits stays within a few hundred MB.
/// </summary>
internal static class ReportLimits
{
    /// <summary>The file on disk.</summary>
    public const long FileBytes = 256L * 1024 * 1024;

    /// <summary>What the XML parts of an ODS or .xlsx file unpack to, together (a zip bomb unpacks to gigabytes).</summary>
    public const long UnpackedBytes = 512L * 1024 * 1024;

    /// <summary>Entries in the zip: an ODS or .xlsx file has about ten.</summary>
    public const int ZipEntries = 1_000;

    /// <summary>Nested XML elements: a sheet nests about ten deep.</summary>
    public const int XmlDepth = 64;

    /// <summary>Rows, as Excel and LibreOffice count them (their sheets end there).</summary>
    public const long Rows = 1_048_576;

    /// <summary>Columns of a row: Excel's last column is XFD.</summary>
    public const int Columns = 16_384;

    /// <summary>Cells of the whole table, empty cells before a filled one included (10,000 learners × 100 questions is 4,000,000).</summary>
    public const long Cells = 20_000_000;

    /// <summary>Characters in one cell (a learner's typed answer is at most 255 in SCORM 1.2; Excel holds 32,767).</summary>
    public const int CellCharacters = 100_000;

    /// <summary>Characters of an .xlsx file's shared strings together (they are held while the sheet is read).</summary>
    public const long SharedCharacters = 64L * 1024 * 1024;
}

/// <summary>A report download that breaks a limit or is not what it claims: the diagnostic, with the file name added as {0}.</summary>
internal sealed class ReportFileException(DiagnosticDescriptor descriptor, params object[] details) : Exception(descriptor.Id)
{
    public DiagnosticDescriptor Descriptor { get; } = descriptor;

    public object[] Details { get; } = details;

    /// <summary>Past a limit of the table: SCO8011 with what was found, the limit and what it counts.</summary>
    public static ReportFileException TooMany(string what, long limit, string unit) => new(DiagnosticCatalog.ReportTableTooLarge, what, limit, unit);

    /// <summary>Past a limit of the file: SCO8010 with what was found, the limit and what it counts.</summary>
    public static ReportFileException TooLarge(string what, long limit, string unit) => new(DiagnosticCatalog.ReportFileTooLarge, what, limit, unit);
}
