using System.Text;
using CivilSociety.Scorm.Reports;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;
using static CivilSociety.Scorm.Tests.Reports.MoodleLayout;

namespace CivilSociety.Scorm.Tests.Reports;

/// <summary>
/// The report on the sample with every type, from Moodle downloads of three learners: Ann (two attempts, the latest
/// all right), Bo (some wrong; his objectives report says WC1.1 passed), Cy (right on WC2 only), Dee (no attempt).
/// </summary>
public sealed class MasteryReportTests
{
    private static readonly Attempt[] InteractionAttempts =
    [
        new("Ann Lee", "ann@example.org", 1, "0", [("stages.q-clouds", "c", "b", "wrong"), ("energy.q-gravity", "a", "b", "wrong")], []),
        new("Ann Lee", "ann@example.org", 2, "100",
        [
            ("stages.q-clouds", "b", "b", "correct"), ("stages.q-forms", "a,b,d", "a,b,d", "correct"), ("stages.q-droplets", "t", "t", "correct"),
            ("stages.q-name", "Evaporation", "evaporation", "correct"), ("stages.q-count", "4", "4", "correct"),
            ("stages.q-match", "a.1,b.2,c.3,d.4", "a.1,b.2,c.3,d.4", "correct"), ("stages.q-order", "a,b,c,d", "a,b,c,d", "correct"),
            ("energy.q-gravity", "b", "b", "correct"), ("energy.q-percent", "15", "10", "correct"),
        ], []),
        new("Bo \"Bob\" Chen", "bo@example.org", 1, "",
            [("stages.q-clouds", "a", "b", "wrong"), ("stages.q-forms", "a,b,d", "a,b,d", "correct"), ("stages.q-droplets", "f", "t", "wrong"),
             ("energy.q-gravity", "c", "b", "wrong"), ("old.q-gone", "a", "a", "correct")], []),
        new("Cy Díaz", "cy@example.org", 1, "",
            [("stages.q-clouds", "a", "b", "wrong"), ("energy.q-gravity", "b", "b", "correct"), ("energy.q-percent", "12", "10", "correct")], []),
        NoAttempt("Dee Evans", "dee@example.org"),
    ];

    private static readonly Attempt[] ObjectiveAttempts =
    [
        new("Bo \"Bob\" Chen", "bo@example.org", 1, "", [], [("WC1.1", "passed", "100"), ("OLD1", "failed", "0")]),
    ];

    [Fact]
    public void Outcomes_are_computed_per_learner_from_the_latest_attempt()
    {
        var (result, _) = Run(ReportFormat.Json);

        var report = result.Report!;
        report.Learners.Select(l => l.Name).Should().Equal("Ann Lee", "Bo \"Bob\" Chen", "Cy Díaz");
        Cells(report, "Ann Lee").Should().Equal((100m, true), (100m, true), (100m, true), (100m, true));
        Cells(report, "Bo \"Bob\" Chen").Should().Equal((11.11m, false), (100m, true), (20m, false), (0m, false));
        // Cy submitted the stages quiz: its WC1.1 questions count, unanswered as wrong, as the package counts them.
        Cells(report, "Cy Díaz").Should().Equal((0m, false), (0m, false), (0m, false), (100m, true));
        report.Learners.Single(l => l.Name.StartsWith("Bo", StringComparison.Ordinal)).Outcomes[1].Source.Should().Be("objective");

        report.Outcomes.Select(o => (o.Id, o.Assessed, o.Mastered, o.PassRate)).Should().Equal(
            ("WC1", 3, 1, 33.3m), ("WC1.1", 3, 2, 66.7m), ("WC1.2", 3, 1, 33.3m), ("WC2", 3, 2, 66.7m));
    }

    [Fact]
    public void Questions_show_their_facility_and_most_chosen_wrong_answer_in_words()
    {
        var report = Run(ReportFormat.Json).Result.Report!;

        var clouds = report.Questions.Single(q => q.Id == "stages.q-clouds");
        (clouds.Answered, clouds.Correct, clouds.Facility, clouds.CommonWrongResponse, clouds.CommonWrongAnswer, clouds.CommonWrongCount)
            .Should().Be((3, 1, 33.3m, "a", "Evaporation", 2));
        report.Questions.Single(q => q.Id == "stages.q-droplets").CommonWrongAnswer.Should().Be("False");
        report.Questions.Single(q => q.Id == "energy.q-gravity").Facility.Should().Be(66.7m, "Ann's first attempt no longer counts");
        report.Questions.Single(q => q.Id == "stages.q-order").Answered.Should().Be(1);
    }

    [Fact]
    public void Unknown_ids_are_warned_about_once_and_left_out()
    {
        var (result, _) = Run(ReportFormat.Html);

        result.Succeeded.Should().BeTrue();
        result.Diagnostics.Select(d => (d.Id, d.Message)).Should().BeEquivalentTo(new[]
        {
            ("SCO8004", "'interactions.txt' records answers to 'old.q-gone', which is no question of this course; they are left out"),
            ("SCO8005", "'objectives.txt' records the objective 'OLD1', which is no outcome of this course; it is left out"),
        });
        var html = Encoding.UTF8.GetString(result.Content!);
        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<html lang=\"en\" dir=\"ltr\">").And.Contain("Bo \"Bob\" Chen").And.Contain("✓ 100%");
    }

    [Fact]
    public void An_interactions_report_without_the_question_columns_is_an_error_that_says_which_options_to_tick()
    {
        using var temp = new TempDirectory();
        var path = temp.File("responses-only.txt");
        File.WriteAllText(path, "Name\tEmail address\tAttempt\t\"Started on\"\t\"Last accessed on\"\tScore\t\"The course\"\t\"Response 0\"\nAnn\ta@b\t1\tx\ty\t\t\tb\n");

        var result = CourseReports.Mastery(new ReportOptions(Repository.Sample("every-question-type"), "-") { MoodleReports = [path] });

        result.Succeeded.Should().BeFalse();
        result.Diagnostics.Should().Contain(d => d.Id == "SCO8003" && d.Message.Contains("'Question N'"));
    }

    [Fact]
    public void Csv_lists_mastery_outcome_and_question_rows()
    {
        var csv = Encoding.UTF8.GetString(Run(ReportFormat.Csv).Result.Content!).TrimStart('\uFEFF');
        var rows = DelimitedText.Read(csv);

        rows[0].Should().StartWith(["kind", "learner", "learner_name"]);
        rows.Count(r => r[0] == "mastery").Should().Be(12);
        rows.Single(r => r[0] == "outcome" && r[4] == "WC2")[10].Should().Be("66.7");
        rows.Single(r => r[0] == "question" && r[5] == "stages.q-clouds")[12].Should().Be("Evaporation");
    }

    private static (decimal? Score, bool? Mastered)[] Cells(MasteryReport report, string name) =>
        [.. report.Learners.Single(l => l.Name == name).Outcomes.Select(c => (c.Score, c.Mastered))];

    private static (ReportResult Result, string Folder) Run(ReportFormat format)
    {
        using var temp = new TempDirectory();
        var interactions = temp.File("interactions.txt");
        var objectives = temp.File("objectives.txt");
        File.WriteAllText(interactions, "\uFEFF" + Interactions(InteractionAttempts));
        File.WriteAllText(objectives, Objectives(ObjectiveAttempts, withScores: true));
        var result = CourseReports.Mastery(new ReportOptions(Repository.Sample("every-question-type"), "-")
        {
            MoodleReports = [interactions, objectives],
            Format = format,
        });
        return (result, temp.Path);
    }
}
