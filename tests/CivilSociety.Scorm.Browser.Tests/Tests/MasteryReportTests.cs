using System.Globalization;
using System.Text;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// The loop back from the LMS to the outcomes: the built sample is driven in the test LMS by three learners, the
/// LMS's CMI data is exported as Moodle lays out its Interactions and Objectives report downloads (tab-separated,
/// English headers from mod/scorm/report/*/classes/report.php), <c>report</c> reads them, and its figures agree
/// with the package's own objectives; the HTML page is screenshot in Chromium.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MasteryReportTests(BrowserFixture fixture)
{
    private static readonly string Sample = Path.Combine(RepositoryPaths.Root, "samples", "every-question-type");

    [Fact]
    public async Task Report_on_Moodle_downloads_of_three_learners_gives_each_outcome_as_the_package_recorded_it()
    {
        // Given: Ann answers everything right, Bo everything wrong, Cy only the questions of weight 2 right
        var package = await fixture.CourseAsync(Sample, "every-question-type");
        var learners = await FinishedLearnersAsync(fixture, package,
        [
            ("Ann Lee", Learner.Correctly), ("Bo Chen", Learner.Wrongly), ("Cy Díaz", q => q.Weight > 1 ? Learner.Correctly(q) : Learner.Wrongly(q)),
        ]);

        using var folder = new TemporaryFolder();
        var interactions = Path.Combine(folder.Path, "interactions.txt");
        var objectives = Path.Combine(folder.Path, "objectives.txt");
        File.WriteAllText(interactions, "\uFEFF" + InteractionsReport(learners), new UTF8Encoding(false));
        File.WriteAllText(objectives, ObjectivesReport(learners), new UTF8Encoding(false));

        // When
        var fromBoth = CourseReports.Mastery(new ReportOptions(Sample, "-") { MoodleReports = [interactions, objectives] });
        var fromAnswers = CourseReports.Mastery(new ReportOptions(Sample, Path.Combine(folder.Path, "report.html")) { MoodleReports = [interactions] });

        // Then
        fromBoth.Succeeded.Should().BeTrue(string.Join("\n", fromBoth.Diagnostics));
        fromBoth.Diagnostics.Should().BeEmpty();
        var report = fromBoth.Report!;
        report.Learners.Select(l => l.Name).Should().Equal("Ann Lee", "Bo Chen", "Cy Díaz");
        foreach (var (name, state) in learners)
        {
            var row = report.Learners.Single(l => l.Name == name);
            foreach (var objective in state.Objectives)
            {
                var cell = row.Outcomes.Single(c => c.OutcomeId == objective["id"]);
                (cell.Mastered, cell.Source).Should().Be((objective["status"] == "passed", "objective"), $"{name} {objective["id"]}");
                cell.Score.Should().Be(decimal.Parse(objective["score.raw"], CultureInfo.InvariantCulture));
            }
        }

        report.Outcomes.Select(o => (o.Id, o.Assessed, o.Mastered)).Should().Equal(("WC1", 3, 1), ("WC1.1", 3, 1), ("WC1.2", 3, 1), ("WC2", 3, 1));
        report.Questions.Single(q => q.Id == "stages.q-match").Facility.Should().Be(66.7m, "Ann and Cy matched the pairs");
        report.Questions.Single(q => q.Id == "stages.q-clouds").Facility.Should().Be(33.3m);

        // The report's own computation from the answers alone agrees with the package's objectives.
        fromAnswers.Report!.Learners.Select(l => l.Outcomes.Select(c => c.Mastered).ToList())
            .Should().BeEquivalentTo(report.Learners.Select(l => l.Outcomes.Select(c => c.Mastered).ToList()), o => o.WithStrictOrdering());

        var page = await fixture.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(fromAnswers.OutputPath!).AbsoluteUri);
        (await page.Locator("table").CountAsync()).Should().Be(3);
        (await page.Locator("td.cell").CountAsync()).Should().Be(12);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Artifacts, "mastery-report.png"), FullPage = true });
        await page.CloseAsync();
    }

    private static string[] Fixed(string courseTitle) => ["Name", "Email address", "Attempt", "Started on", "Last accessed on", "Score", courseTitle];

    private static IEnumerable<string> Start(string name, LmsState state) =>
        [name, name.Split(' ')[0].ToLowerInvariant() + "@example.org", "1", "Wednesday, 2 December 2026, 10:00 AM", "Wednesday, 2 December 2026, 10:20 AM",
            state["cmi.core.score.raw"], state["cmi.core.score.raw"] + "/100"];

    /// <summary>Each learner reads the whole course in the test LMS, answering as <c>pick</c> says, and exits; their CMI data.</summary>
    internal static async Task<List<(string Name, LmsState State)>> FinishedLearnersAsync(
        BrowserFixture fixture, ScormPackage package, IEnumerable<(string Name, Func<QuestionData, IReadOnlyList<string>> Pick)> answerers)
    {
        var learners = new List<(string Name, LmsState State)>();
        foreach (var (name, pick) in answerers)
        {
            await using var session = await LmsSession.OpenAsync(fixture, package);
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            await learner.ReadWholeCourseAsync(pick);
            await learner.ExitButton.ClickAsync();
            await session.WaitForTerminatedAsync();
            learners.Add((name, await session.StateAsync()));
        }

        return learners;
    }

    /// <summary>Moodle's Interactions report download (tab-separated) of these learners' LMS data.</summary>
    internal static string InteractionsReport(List<(string Name, LmsState State)> learners, string courseTitle = "The Water Cycle (every question type)")
    {
        var count = learners.Max(l => l.State.Interactions.Count);
        var header = Fixed(courseTitle).Concat(Enumerable.Range(0, count).SelectMany(n => new[] { $"Question {n}", $"Response {n}", $"Right answer {n}", $"Result {n}" }));
        var rows = learners.Select(l => Start(l.Name, l.State).Concat(Enumerable.Range(0, count).SelectMany(n => n < l.State.Interactions.Count
            ? new[] { l.State.Interactions[n]["id"], l.State.Interactions[n]["student_response"], l.State.Interactions[n]["correct_responses.0.pattern"], l.State.Interactions[n]["result"] }
            : ["", "", "", ""])));
        return Tsv(rows.Prepend(header));
    }

    private static string ObjectivesReport(List<(string Name, LmsState State)> learners)
    {
        var ids = learners.SelectMany(l => l.State.Objectives.Select(o => o["id"])).Distinct().Order(StringComparer.Ordinal).ToList();
        var header = Fixed("The Water Cycle (every question type)").Concat(ids.SelectMany(id => new[] { $"{id} status", $"{id} score" }));
        var rows = learners.Select(l => Start(l.Name, l.State).Concat(ids.SelectMany(id =>
            l.State.Objectives.FirstOrDefault(o => o["id"] == id) is { } o ? new[] { o["status"], o["score.raw"] } : ["", ""])));
        return Tsv(rows.Prepend(header));
    }

    /// <summary>csv_export_writer("tab"): PHP's fputcsv quotes a field with a space, tab, quote or line break.</summary>
    private static string Tsv(IEnumerable<IEnumerable<string>> rows) => string.Concat(rows.Select(row =>
        string.Join('\t', row.Select(f => f.IndexOfAny([' ', '\t', '"', '\n']) >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f)) + "\n"));

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("civil-scorm-report-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
