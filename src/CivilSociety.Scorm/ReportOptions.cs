using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm;

/// <summary>How <c>report</c> writes the mastery report.</summary>
public enum ReportFormat
{
    /// <summary>One HTML page: pass rates, the learner × outcome heat map, the questions' figures.</summary>
    Html,

    /// <summary>One CSV table (kind = mastery, outcome, question).</summary>
    Csv,

    /// <summary>JSON, for tools.</summary>
    Json,
}

/// <summary>What the mastery report reads (Moodle's report downloads, an LRS) and where it goes.</summary>
/// <param name="CourseDirectory">The course folder: the report matches the records to its questions and outcomes.</param>
/// <param name="OutputPath">The file to write (default out/&lt;course id&gt;.report.html, .csv or .json); "-" writes none (the content is in the result).</param>
public sealed record ReportOptions(string CourseDirectory, string? OutputPath = null)
{
    /// <summary>
    /// Moodle's Interactions and Objectives report downloads: tab-separated text ("CSV"), CSV, ODS or Excel (.xlsx).
    /// A language version's reports are named <c>LANG=FILE</c> (<c>en=reports/en-interactions.csv</c>): every
    /// language version has the course's ids, so their learners are read together, unless <see cref="Language"/> asks
    /// for one. A file named without a language is of the course's own.
    /// </summary>
    public IReadOnlyList<string> MoodleReports { get; init; } = [];

    /// <summary>Only the learners of this language version (docs/translation.md); null: every language together.</summary>
    public string? Language { get; init; }

    /// <summary>"en=reports/en.csv" as ("en", "reports/en.csv"); a file named without a language as (null, the file).</summary>
    public static (string? Language, string Path) LanguageAndFile(string report)
    {
        var equals = report.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && Languages.IsWellFormed(report[..equals]) && !File.Exists(report)
            ? (report[..equals], report[(equals + 1)..])
            : (null, report);
    }

    /// <summary>An LRS's xAPI endpoint (…/xapi/): the course's "answered" statements are read from it.</summary>
    public Uri? LrsEndpoint { get; init; }

    /// <summary>The Authorization header for the LRS (Basic …), from a key that may read statements.</summary>
    public string? LrsAuthorization { get; init; }

    public ReportFormat Format { get; init; } = ReportFormat.Html;

    /// <summary>Statements asked for per page (the LRS may send fewer, and links the next page with "more").</summary>
    internal int LrsPageSize { get; init; } = 500;

    /// <summary>Pages read at most from the LRS: past them the report says it is partial (SCO8033).</summary>
    internal int LrsMaxPages { get; init; } = 20_000;
}
