using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using CivilSociety.Scorm.TestTools;
using FluentAssertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// The report from an LRS: the sample built with xAPI on is taken by two learners in Chromium, its statements go to
/// the test LRS (<see cref="LrsFixture"/>), and <c>report --lrs</c> reads them back with a key that may read.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class XapiMasteryReportTests(BrowserFixture fixture, LrsFixture lrsFixture) : IClassFixture<LrsFixture>
{
    private const string Base = "https://courses.example.org/xapi";
    private static readonly string Sample = Path.Combine(RepositoryPaths.Root, "samples", "every-question-type");

    [Fact]
    public async Task Report_on_the_statements_the_package_sent_gives_each_learners_outcomes()
    {
        var lrs = lrsFixture.Lrs;
        var package = await fixture.CourseAsync(Sample, "every-question-type-xapi-" + lrs.Port, options => options with
        {
            XapiActivityBase = Base,
            XapiEndpoint = lrs.Endpoint.ToString(),
            XapiAuth = TestLrs.WriteOnlyAuthorization,
        });
        foreach (var (id, pick) in new (string, Func<QuestionData, IReadOnlyList<string>>)[] { ("ann", Learner.Correctly), ("bo", Learner.Wrongly) })
        {
            var launch = LmsLaunch.FirstAttempt(package) with { Values = new Dictionary<string, string> { ["cmi.core.student_id"] = id } };
            await using var session = await LmsSession.OpenAsync(fixture, package, launch, bypassCsp: false);
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            await learner.ReadWholeCourseAsync(pick);
            await learner.ExitButton.ClickAsync();
            await session.WaitForTerminatedAsync();
            var registration = LrsStatements.RegistrationIn((await session.StateAsync())["cmi.suspend_data"], learner.Course.Sections.Count);
            await LrsStatements.WaitForAsync(lrs, registration, s => s.Any(x => x.Verb == "terminated"), TimeSpan.FromSeconds(20));
        }

        var result = CourseReports.Mastery(new ReportOptions(Sample, "-") { LrsEndpoint = lrs.Endpoint, LrsAuthorization = TestLrs.FullAuthorization });

        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        var report = result.Report!;
        var ours = report.Learners.Where(l => l.Name is "ann" or "bo").ToList();
        ours.Select(l => l.Name).Should().Equal("ann", "bo");
        ours[0].Outcomes.Should().OnlyContain(c => c.Score == 100m && c.Mastered == true);
        ours[1].Outcomes.Should().OnlyContain(c => c.Score == 0m && c.Mastered == false);
        report.Questions.Single(q => q.Id == "stages.q-match").Answered.Should().BeGreaterThanOrEqualTo(2);
    }
}
