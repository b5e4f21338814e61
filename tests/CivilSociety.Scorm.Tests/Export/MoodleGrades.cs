namespace CivilSociety.Scorm.Tests.Export;

/// <summary>
/// The grades Moodle's question importers accept (question_bank::fraction_options_full: these and their negatives),
/// checked as question/format.php's importprocess does with match_grade_options(..., 'error'): within 0.00001.
/// </summary>
internal static class MoodleGrades
{
    private static readonly decimal[] Listed =
        [1m, 0.9m, 0.8333333m, 0.8m, 0.75m, 0.7m, 0.6666667m, 0.6m, 0.5m, 0.4m, 0.3333333m, 0.3m, 0.25m, 0.2m, 0.1666667m, 0.1428571m, 0.125m, 0.1111111m, 0.1m, 0.05m, 0m];

    public static bool IsListed(decimal fraction) => Listed.Any(g => Math.Abs(Math.Abs(fraction) - g) < 0.00001m);
}
