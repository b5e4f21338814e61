using CivilSociety.Scorm.Reports;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Reports;

/// <summary>
/// `report` on two downloads written by hand in Moodle's layout (Downloads/, not by <see cref="MoodleLayout"/>): the
/// interactions report as Moodle's "CSV" (tab-separated, CRLF, fputcsv quoting, s() escaping, "ID number" as a second
/// identity field, attempts sorted as text: 1 before 10) and the objectives report as ODS with "Show objective score"
/// (float cells, repeated filler cells and rows). Four learners: Nour (two attempts; the objectives of the latest
/// count), Sam (results partly missing, numeric results, a question of an older version), Lina (never attempted),
/// Omar (a question answered twice, a neutral result, an empty interaction, a second attempt left without answers).
/// </summary>
public sealed class MoodleDownloadTests
{
    private static readonly string Folder = Path.Combine(Repository.Root, "tests", "CivilSociety.Scorm.Tests", "Reports", "Downloads");

    [Fact]
    public void Each_learner_counts_with_their_latest_attempt_that_recorded_something()
    {
        var result = Run();

        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        var report = result.Report!;
        report.Learners.Select(l => (l.Name, l.Attempt)).Should().Equal(("Nour Haddad", "2"), ("Omar Said", "1"), ("Sam O'Neil", "1"));
        Cells(report, "Nour Haddad").Should().Equal((83m, true, "objective"), (100m, true, "objective"), (75m, true, "objective"), (100m, true, "objective"));
        Cells(report, "Sam O'Neil").Should().Equal((22.22m, false, "answers"), (25m, false, "answers"), (20m, false, "answers"), (0m, false, "objective"));
        Cells(report, "Omar Said").Should().Equal((null, true, "objective"), (50m, false, "answers"), (20m, false, "answers"), (null, null, "none"));
        report.Outcomes.Select(o => (o.Id, o.Assessed, o.Mastered, o.PassRate)).Should().Equal(
            ("WC1", 3, 2, 66.7m), ("WC1.1", 3, 1, 33.3m), ("WC1.2", 3, 1, 33.3m), ("WC2", 2, 1, 50m));
    }

    [Fact]
    public void Responses_without_a_result_are_judged_by_the_course_and_a_neutral_result_by_no_one()
    {
        var report = Run().Report!;

        Question(report, "stages.q-clouds").Should().Be((3, 3), "Sam's empty result is judged right, Omar's second answer replaces his first");
        Question(report, "energy.q-percent").Should().Be((1, 1), "15 lies in 10..20, whatever 'Right answer' says");
        Question(report, "stages.q-name").Should().Be((2, 2), "a result of 1 is right");
        Question(report, "stages.q-match").Should().Be((1, 0), "a result of 0 is wrong");
        Question(report, "stages.q-droplets").Should().Be((1, 1), "Omar's neutral result says neither");
        report.Questions.Single(q => q.Id == "energy.q-gravity").CommonWrongAnswer.Should().Be("The sun's heat");
    }

    [Fact]
    public void The_question_of_an_older_version_is_warned_about_once_and_the_sources_are_counted()
    {
        var result = Run();

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Be(
            "'water-cycle-interactions.txt' records answers to 'old.q-removed', which is no question of this course; they are left out");
        result.Report!.Sources.Should().Equal(
            "water-cycle-interactions.txt: Moodle interactions report, 5 attempt(s)", "water-cycle-objectives.ods: Moodle objectives report, 4 attempt(s)");
    }

    private static ReportResult Run() => CourseReports.Mastery(new ReportOptions(Repository.Sample("every-question-type"), "-")
    {
        MoodleReports = [Path.Combine(Folder, "water-cycle-interactions.txt"), Path.Combine(Folder, "water-cycle-objectives.ods")],
        Format = ReportFormat.Json,
    });

    private static (decimal? Score, bool? Mastered, string Source)[] Cells(MasteryReport report, string name) =>
        [.. report.Learners.Single(l => l.Name == name).Outcomes.Select(c => (c.Score, c.Mastered, c.Source))];

    private static (int Answered, int Correct) Question(MasteryReport report, string id) =>
        report.Questions.Single(q => q.Id == id) is var q ? (q.Answered, q.Correct) : default;
}
