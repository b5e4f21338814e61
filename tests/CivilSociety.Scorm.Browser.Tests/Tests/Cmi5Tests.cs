using System.Text.Json.Nodes;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.TestTools;
using FluentAssertions;
using Xunit.Abstractions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// The real course built with --target cmi5, launched by the tests' own cmi5 LMS (<see cref="Cmi5Launcher"/>:
/// LMS.LaunchData in the test LRS, a one-time fetch URL, the launch parameters) in Chromium, with the package's
/// Content-Security-Policy in force. What the LRS holds afterwards is checked against the cmi5 rules and validated
/// as xAPI 1.0.3.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class Cmi5Tests(BrowserFixture fixture, LrsFixture lrsFixture, ITestOutputHelper output) : IClassFixture<LrsFixture>
{
    private const string Cmi5Category = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    private const string MoveOnCategory = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    private const string SessionId = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    private static readonly string[] Defined = ["initialized", "completed", "passed", "failed", "terminated"];

    [Fact]
    public async Task A_whole_session_sends_the_cmi5_statements_in_order_and_returns_to_the_lms()
    {
        var (package, launcher) = await SetUpAsync();
        var registration = Guid.NewGuid();
        var returnUrl = fixture.Server.LmsPage + "?returned=cmi5";
        await using var context = await fixture.NewContextAsync(bypassCsp: false);
        var launch = await launcher.LaunchAsync(context, package, registration, returnUrl: returnUrl);
        var learner = await Learner.InAsync(launch.Page.MainFrame);
        var wrong = learner.Course.SectionsWithQuiz.ElementAt(1).Quiz!.Questions;
        await learner.ReadWholeCourseAsync(q => wrong.Contains(q) ? Learner.Wrongly(q) : Learner.Correctly(q));
        await learner.ExitButton.ClickAsync();
        await StatementsAsync(registration, s => s.Any(x => x.Verb == "terminated"));
        for (var i = 0; i < 50 && launch.Page.Url != returnUrl; i++)
        {
            await Task.Delay(100);
        }

        launch.Page.Url.Should().Be(returnUrl, "Exit goes back to LMS.LaunchData's returnURL: {0}", string.Join("; ", launch.PageErrors));
        launch.PageErrors.Should().BeEmpty();

        var statements = await StatementsAsync(registration, s => s.Any(x => x.Verb == "terminated"));
        var log = string.Join(Environment.NewLine, statements);
        ShouldFollowTheCmi5Rules(statements, registration, launch, log);
        statements.Select(s => s.Verb).Where(Defined.Contains).Should().Equal(["initialized", "completed", "passed", "terminated"], log);

        var passed = statements.Single(s => s.Verb == "passed");
        passed.Model.Result!.Score!.Scaled.Should().BeGreaterThanOrEqualTo(0.7m, "passed at LMS.LaunchData's masteryScore");
        passed.Model.Result.Success.Should().BeTrue();
        ((decimal?)passed.Extension("https://w3id.org/xapi/cmi5/context/extensions/masteryscore")).Should().Be(0.7m);

        var answered = statements.Where(s => s.Verb == "answered").ToList();
        answered.Should().HaveCount(learner.Course.Questions.Count(), log);
        answered.Should().OnlyContain(s => !Categories(s).Contains(Cmi5Category), "answered is a cmi5 allowed statement");
        answered.Should().OnlyContain(s => s.Others.Count > 0 && s.Others.All(o => o.Id.Contains("/objectives/", StringComparison.Ordinal)),
            "each answer names the outcomes its question assesses");
        answered.Should().OnlyContain(s => s.Groupings.Contains(launch.AuId), "the template's publisher grouping is kept");
    }

    [Fact]
    public async Task A_relaunch_restores_the_state_from_the_state_document_and_sends_no_second_result()
    {
        var (package, launcher) = await SetUpAsync();
        var registration = Guid.NewGuid();
        CourseData course;
        await using (var context = await fixture.NewContextAsync(bypassCsp: false))
        {
            var first = await launcher.LaunchAsync(context, package, registration);
            var learner = await Learner.InAsync(first.Page.MainFrame);
            course = learner.Course;
            await learner.ReadWholeCourseAsync(Learner.Correctly);
            await learner.OpenSectionAsync(course.Sections[1]);
            await learner.ExitButton.ClickAsync();
            await StatementsAsync(registration, s => s.Any(x => x.Verb == "terminated"));
        }

        var saved = JsonNode.Parse((await launcher.SavedStateAsync(package, registration))!)!;
        ((string?)saved["location"]).Should().Be(course.Sections[1].Id);
        ((bool?)saved["passed"]).Should().BeTrue();

        // Another browser (no localStorage in common): only the State document can bring the learner back.
        await using (var context = await fixture.NewContextAsync(bypassCsp: false))
        {
            var second = await launcher.LaunchAsync(context, package, registration);
            var learner = await Learner.InAsync(second.Page.MainFrame);
            await learner.ExpectShownAsync(course.Sections[1]);
            var section = course.SectionsWithQuiz.First();
            await learner.OpenFromTocAsync(section);
            var question = section.Quiz!.Questions[0];
            (await learner.ReadAnswerAsync(section, question)).Should().Equal(question.RightAnswer, "the answers come back");
            await learner.ExitButton.ClickAsync();
            var statements = await StatementsAsync(registration, s => s.Count(x => x.Verb == "terminated") == 2);
            var log = string.Join(Environment.NewLine, statements);
            ShouldFollowTheCmi5Rules(statements, registration, null, log);
            statements.Select(s => s.Verb).Where(Defined.Contains)
                .Should().Equal(["initialized", "completed", "passed", "terminated", "initialized", "terminated"], log);
            statements.Where(s => s.Verb == "initialized").Select(s => (string?)s.Extension(SessionId)).Should().OnlyHaveUniqueItems("one session id a launch");
            second.PageErrors.Should().BeEmpty();
        }
    }

    [Fact]
    public async Task Browse_mode_sends_no_completed_passed_or_failed()
    {
        var (package, launcher) = await SetUpAsync();
        var registration = Guid.NewGuid();
        await using var context = await fixture.NewContextAsync(bypassCsp: false);
        var launch = await launcher.LaunchAsync(context, package, registration, launchMode: "Browse");
        var learner = await Learner.InAsync(launch.Page.MainFrame);
        await learner.ReadWholeCourseAsync(Learner.Correctly);
        await learner.ExitButton.ClickAsync();

        var statements = await StatementsAsync(registration, s => s.Any(x => x.Verb == "terminated"));
        var log = string.Join(Environment.NewLine, statements);
        ShouldFollowTheCmi5Rules(statements, registration, launch, log);
        statements.Select(s => s.Verb).Where(Defined.Contains).Should().Equal(["initialized", "terminated"], log);
    }

    private async Task<(ScormPackage Package, Cmi5Launcher Launcher)> SetUpAsync()
    {
        var lrs = lrsFixture.Lrs;
        // The endpoint built in only opens the page's Content-Security-Policy to the loopback LRS (http); the
        // runtime takes the endpoint from the launch.
        var package = await fixture.CourseAsync(RepositoryPaths.Content, "real-course-cmi5-" + lrs.Port, options => options with
        {
            Target = PackageTarget.Cmi5,
            XapiEndpoint = lrs.Endpoint.ToString(),
        });
        return (package, new Cmi5Launcher(fixture, lrs));
    }

    private async Task<IReadOnlyList<StoredStatement>> StatementsAsync(Guid registration, Func<IReadOnlyList<StoredStatement>, bool> done)
    {
        var statements = await LrsStatements.WaitForAsync(lrsFixture.Lrs, registration, done, TimeSpan.FromSeconds(30));
        output.WriteLine(string.Join(Environment.NewLine, statements));
        return statements;
    }

    private static List<string> Categories(StoredStatement s) =>
        [.. (s.Json["context"]?["contextActivities"]?["category"]?.AsArray() ?? []).Select(c => (string)c!["id"]!)];

    /// <summary>What every cmi5 session must hold, whatever the learner did.</summary>
    private static void ShouldFollowTheCmi5Rules(IReadOnlyList<StoredStatement> statements, Guid registration, Cmi5Launch? launch, string log)
    {
        var reports = XapiValidator.Validate("[" + string.Join(",", statements.Select(s => s.Json.ToJsonString())) + "]");
        reports.Where(r => r.Problems.Count > 0).Should().BeEmpty("every statement is valid xAPI 1.0.3:{0}{1}", Environment.NewLine, log);

        statements[0].Verb.Should().Be("initialized", log);
        statements[^1].Verb.Should().Be("terminated", "nothing after terminated:{0}{1}", Environment.NewLine, log);
        statements.Should().OnlyContain(s => s.Model.Context!.Registration == registration, "the launch's registration");
        statements.Should().OnlyContain(s => (string?)s.Json["actor"]!["account"]!["name"] == "learner-cmi5", "the launch's actor");
        statements.Should().OnlyContain(s => s.Extension(SessionId) != null, "the session id on every statement");
        if (launch is not null)
        {
            statements.Should().OnlyContain(s => (string?)s.Extension(SessionId) == launch.SessionId, "LMS.LaunchData's session id");
            statements.Where(s => Defined.Contains(s.Verb)).Should().OnlyContain(s => s.ObjectId == launch.AuId, "cmi5-defined statements are about the AU");
        }

        foreach (var s in statements.Where(s => Defined.Contains(s.Verb)))
        {
            Categories(s).Should().Contain(Cmi5Category, "{0} is cmi5-defined", s);
            if (s.Verb is "completed" or "passed" or "failed")
            {
                Categories(s).Should().Contain(MoveOnCategory, "{0} counts towards moveOn", s);
            }

            if (s.Verb is not "initialized")
            {
                s.Model.Result!.Duration.Should().MatchRegex(@"^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$", "{0} has its duration", s);
            }

            if (s.Verb is "passed" or "failed")
            {
                s.Model.Result!.Score!.Scaled.Should().NotBeNull("{0} has its scaled score", s);
            }
        }

        statements.Count(s => s.Verb is "passed" or "failed").Should().BeLessThanOrEqualTo(1, "one passed or failed a registration:{0}{1}", Environment.NewLine, log);
    }
}
