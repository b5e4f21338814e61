using CivilSociety.Scorm.Export;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm;

/// <summary>Which course's questions to export, in which question-bank format, and where the file goes.</summary>
/// <param name="CourseDirectory">The folder that holds <c>course.yml</c>.</param>
/// <param name="OutputPath">
/// The file to write; it is replaced only when the export succeeds. By default <c>out/&lt;course id&gt;</c> with the
/// format's ending (<c>.moodle.xml</c>, <c>.gift.txt</c>, <c>.qti21.zip</c>) in the current directory.
/// </param>
public sealed record ExportOptions(string CourseDirectory, QuestionFormat Format, string? OutputPath = null)
{
    /// <summary>Treat every warning (something the format cannot carry) as an error.</summary>
    public bool WarningsAsErrors { get; init; }

    /// <summary>
    /// Write sequencing questions as matching questions (each item matched with its place: 1, 2, 3...), for a Moodle
    /// without the ordering question type (before 4.4, without the plugin) and for GIFT, which has no ordering.
    /// </summary>
    public bool OrderingAsMatching { get; init; }

    /// <summary>The package the course is built as, whose rules apply; null: none of the package's saved-state rules.</summary>
    public PackageTarget? Target { get; init; }
}
