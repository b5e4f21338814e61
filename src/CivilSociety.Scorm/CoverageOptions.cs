using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm;

/// <summary>How <c>coverage</c> writes its table.</summary>
public enum CoverageFormat
{
    /// <summary>An aligned table of outcomes × sections, for reading in a terminal.</summary>
    Text,

    /// <summary>One CSV row per outcome, for spreadsheets.</summary>
    Csv,

    /// <summary>JSON, for tools.</summary>
    Json,
}

/// <summary>Which course the coverage table is of, and where it goes.</summary>
/// <param name="CourseDirectory">The course folder.</param>
/// <param name="OutputPath">The file to write; null or "-" writes none (the content is in the result).</param>
public sealed record CoverageOptions(string CourseDirectory, string? OutputPath = null)
{
    public CoverageFormat Format { get; init; } = CoverageFormat.Text;

    /// <summary>The package the course is built as, whose rules apply; null: none of the saved-state rules.</summary>
    public PackageTarget? Target { get; init; }
}
