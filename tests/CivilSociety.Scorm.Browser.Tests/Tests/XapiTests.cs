using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using CivilSociety.Scorm.TestTools;
using CivilSociety.Scorm.Xapi;
using FluentAssertions;
using Xunit.Abstractions;
using static CivilSociety.Scorm.Browser.Tests.Infrastructure.CallLogChecks;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// The real course built with xAPI on, taken by a learner in Chromium, with a real LRS on loopback
/// (<see cref="LrsFixture"/>): what the LRS holds afterwards is read back, decoded with the project's model and
/// checked by an independent validator. The package's Content-Security-Policy applies (no bypass), so the LRS
/// must be allowed by it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class XapiTests(BrowserFixture fixture, LrsFixture lrsFixture, ITestOutputHelper output) : IClassFixture<LrsFixture>
{
    private const string Base = "https://courses.example.org/xapi";
    private const string CourseIri = Base + "/courses/civil-society-tip";
    private const string Learner001 = "learner-001";

    [Fact]
    public async Task A_whole_session_reaches_the_LRS_valid_in_order_and_linked_to_the_outcomes()
    {
        var lrs = lrsFixture.Lrs;
        var package = await XapiPackageAsync(lrs);
        LmsState state;
        CourseData course;
        SectionData failedSection;
        List<JsonObject> sent;
        await using (var session = await LmsSession.OpenAsync(fixture, package, bypassCsp: false))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            course = learner.Course;
            failedSection = course.SectionsWithQuiz.ElementAt(2);
            var wrong = failedSection.Quiz!.Questions;
            await learner.ReadWholeCourseAsync(q => wrong.Contains(q) ? Learner.Wrongly(q) : Learner.Correctly(q));
            await learner.ExitButton.ClickAsync();
            await session.WaitForTerminatedAsync();
            await session.Page.EvaluateAsync("() => window.lmsHost.unloadSco()");
            state = await session.StateAsync();
            sent = SentStatements(session);
            session.PageErrors.Should().BeEmpty();
            session.ConsoleMessages.Should().NotContain(m => m.Contains("Content-Security-Policy", StringComparison.Ordinal));
        }

        state["cmi.core.lesson_status"].Should().Be("passed", "all but the third quiz's two questions right (11 of 13 points) is above the 70% passing score");
        var registration = LrsStatements.RegistrationIn(state["cmi.suspend_data"], (await TakenCourseSectionsAsync()).Count);
        var statements = await LrsStatements.WaitForAsync(lrs, registration, s => s.Any(x => x.Verb == "terminated"), TimeSpan.FromSeconds(20));
        var log = string.Join(Environment.NewLine, statements);
        output.WriteLine(log);

        ShouldAllBeValid(statements);
        ShouldBeOneSession(statements, registration, Learner001);

        // What left the browser is valid as it was sent, arrived whole, and the LRS stored it unchanged.
        XapiValidator.Validate(new JsonArray([.. sent.Select(s => s.DeepClone())]).ToJsonString()).Where(r => r.Problems.Count > 0)
            .Should().BeEmpty("every statement the package sends passes @learninglocker/xapi-validation");
        var sentById = sent.GroupBy(s => (string)s["id"]!).ToDictionary(g => g.Key, g => g.First());
        sentById.Keys.Should().BeEquivalentTo(statements.Select(s => s.Model.Id!.Value.ToString()), "nothing sent is missing from the LRS, nothing else is there");
        foreach (var stored in statements)
        {
            var copy = stored.Json.DeepClone().AsObject();
            copy.Remove("stored");
            copy.Remove("authority");
            copy.Remove("version");
            JsonNode.DeepEquals(copy, sentById[(string)copy["id"]!]).Should().BeTrue("the LRS holds {0} as sent:{1}{2}", stored, Environment.NewLine, copy.ToJsonString());
        }
        statements.Should().OnlyContain(s => (string?)s.Json["authority"]!["mbox"] == "mailto:write-only@lrs.invalid",
            "the package carries the write-only key built in");
        (await lrs.StatusOfReadAsync(TestLrs.WriteOnlyAuthorization)).Should().Be(403, "the key inside the package cannot read anyone's records");

        statements[0].Verb.Should().Be("initialized", log);
        statements[^1].Verb.Should().Be("terminated", log);
        statements.Should().NotContain(s => s.Verb == "suspended", "the course ended final:{0}", log);
        var questionCount = course.Questions.Count();
        statements.Should().HaveCount(1 + course.Sections.Count + (course.Sections.Count - 1) + (course.SectionsWithQuiz.Count() * 2) + questionCount + 2 + 1,
            "initialized, experienced per section, progressed per section change, attempted and passed/failed per quiz, answered per question, " +
            "passed and completed for the course, terminated:{0}{1}", Environment.NewLine, log);

        var index = statements.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        StoredStatement? previousScored = null;
        foreach (var section in course.Sections)
        {
            var sectionIri = $"{CourseIri}/sections/{section.Id}";
            var experienced = statements.Should().ContainSingle(s => s.Verb == "experienced" && s.ObjectId == sectionIri, log).Subject;
            experienced.Parents.Should().Equal(CourseIri);
            experienced.Model.Result!.Duration.Should().MatchRegex(@"^PT(\d+H)?(\d+M)?(\d+(\.\d+)?S)?$");
            if (section.Quiz is not { Questions.Count: > 0 } quiz)
            {
                continue;
            }

            var quizIri = sectionIri + "/quiz";
            var attempted = statements.Should().ContainSingle(s => s.Verb == "attempted" && s.ObjectId == quizIri, log).Subject;
            var answered = statements.Where(s => s.Verb == "answered" && s.Parents.Contains(quizIri)).ToList();
            var scored = statements.Should().ContainSingle(s => (s.Verb == "passed" || s.Verb == "failed") && s.ObjectId == quizIri, log).Subject;
            scored.Verb.Should().Be(section == failedSection ? "failed" : "passed");
            ((int?)scored.Extension(XapiExtensions.AttemptId)).Should().Be(1);
            ((decimal?)scored.Extension(XapiExtensions.MasteryScore)).Should().Be(0.7m);
            scored.Model.Result!.Score!.Max.Should().Be(quiz.Questions.Sum(q => q.Weight));
            scored.Model.Result.Completion.Should().BeTrue();
            scored.Others.Select(o => o.Id).Should().BeEquivalentTo(quiz.Questions.SelectMany(q => q.Outcomes).Distinct().Select(Objective));

            // In order: the attempt, its answers, its result; the section is experienced when the learner leaves it.
            answered.Select(a => a.ObjectId).Should().BeEquivalentTo(quiz.Questions.Select(q => $"{quizIri}/questions/{q.Id}"), log);
            answered.Should().OnlyContain(a => index[a] > index[attempted] && index[a] < index[scored], log);
            index[experienced].Should().BeGreaterThan(index[scored], log);
            if (previousScored is not null)
            {
                index[attempted].Should().BeGreaterThan(index[previousScored], log);
            }

            previousScored = scored;
            foreach (var question in quiz.Questions)
            {
                var answer = answered.Single(a => a.ObjectId.EndsWith("/questions/" + question.Id, StringComparison.Ordinal));
                var definition = answer.Model.Object.Definition!;
                definition.Type.Should().Be(ActivityTypes.Interaction);
                definition.InteractionType.Should().Be("choice");
                definition.CorrectResponsesPattern.Should().ContainSingle().Which.Should().Be(string.Join("[,]", question.Correct));
                definition.Name!.Keys.Should().Equal("ar");
                answer.Model.Result!.Success.Should().Be(section != failedSection, answer.ToString());
                answer.Model.Result.Score!.Raw.Should().Be(section != failedSection ? question.Weight : 0);
                answer.Model.Result.Response.Should().NotBeNullOrEmpty();
                answer.Groupings.Should().Equal(sectionIri, CourseIri);
                answer.Others.Select(o => o.Id).Should().Equal(question.Outcomes.Select(Objective), "the outcomes {0} assesses", question.Id);
                answer.Others.Should().OnlyContain(o => o.Definition!.Type == ActivityTypes.Objective && o.Definition.Name!.ContainsKey("ar"));
            }
        }

        var passed = statements.Should().ContainSingle(s => s.Verb == "passed" && s.ObjectId == CourseIri, log).Subject;
        passed.Model.Result!.Score!.Raw.Should().Be(decimal.Parse(state["cmi.core.score.raw"], System.Globalization.CultureInfo.InvariantCulture));
        passed.Model.Result.Success.Should().BeTrue();
        statements.Should().ContainSingle(s => s.Verb == "completed" && s.ObjectId == CourseIri, log)
            .Which.Model.Result!.Completion.Should().BeTrue();
        statements.Where(s => s.Verb == "progressed").Select(s => (double)s.Model.Result!.Extensions![XapiExtensions.Progress]!)
            .Should().BeInAscendingOrder().And.EndWith(100);
    }

    [Fact]
    public async Task A_relaunch_resumes_the_same_registration_kept_in_suspend_data()
    {
        var lrs = lrsFixture.Lrs;
        var package = await XapiPackageAsync(lrs);
        LmsState first;
        await using (var session = await LmsSession.OpenAsync(fixture, package, bypassCsp: false))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            var section = learner.Course.Sections[0];
            await learner.AnswerQuizAsync(section, Learner.Correctly);
            await learner.NextAsync();
            await session.LeaveAsync();
            first = await session.StateAsync();
        }

        var registration = LrsStatements.RegistrationIn(first["cmi.suspend_data"], (await TakenCourseSectionsAsync()).Count);
        var firstRun = await LrsStatements.WaitForAsync(lrs, registration, s => s.Any(x => x.Verb == "terminated"), TimeSpan.FromSeconds(20));
        firstRun.Select(s => s.Verb).Should().StartWith("initialized").And.EndWith(["suspended", "terminated"]);

        // A new browser context: nothing in localStorage, as on another computer. Only the LMS's data carries over.
        await using (var session = await LmsSession.OpenAsync(fixture, package, LmsLaunch.Resume(package, first), bypassCsp: false))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            await learner.ExpectShownAsync(learner.Course.Sections[1]);
            await session.LeaveAsync();
            LrsStatements.RegistrationIn((await session.StateAsync())["cmi.suspend_data"], learner.Course.Sections.Count).Should().Be(registration);
            session.PageErrors.Should().BeEmpty();
        }

        var statements = await LrsStatements.WaitForAsync(lrs, registration, s => s.Count(x => x.Verb == "terminated") == 2, TimeSpan.FromSeconds(20));
        var second = statements.Skip(firstRun.Count).ToList();
        ShouldAllBeValid(statements);
        second.Select(s => s.Verb).Should().StartWith("resumed").And.EndWith(["suspended", "terminated"]);
        second.Should().OnlyContain(s => s.Model.Context!.Registration == registration);
        ((string?)second[0].Extension(XapiExtensions.SessionId)).Should().NotBe((string?)firstRun[0].Extension(XapiExtensions.SessionId), "a new page load is a new session");
        statements.Select(s => s.Model.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task Launch_parameters_override_the_endpoint_credential_actor_and_registration()
    {
        var lrs = lrsFixture.Lrs;
        var package = await XapiPackageAsync(lrs);
        var registration = Guid.NewGuid();
        var actor = new { objectType = "Agent", name = "طالب", account = new { homePage = "https://lms.example.org", name = "launch-actor-7" } };
        var query = new Dictionary<string, string>
        {
            ["endpoint"] = lrs.Endpoint.ToString(),
            ["auth"] = TestLrs.FullAuthorization,
            ["actor"] = JsonSerializer.Serialize(actor),
            ["registration"] = registration.ToString().ToUpperInvariant(),
            ["activity_id"] = "https://lms.example.org/activities/civil-society-tip-2026",
        };
        await using (var session = await LmsSession.OpenAsync(fixture, package, query: query, bypassCsp: false))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            await learner.AnswerQuizAsync(learner.Course.Sections[0], Learner.Correctly);
            await session.LeaveAsync();
            session.PageErrors.Should().BeEmpty();
        }

        var statements = await LrsStatements.WaitForAsync(lrs, registration, s => s.Any(x => x.Verb == "terminated"), TimeSpan.FromSeconds(20));
        ShouldAllBeValid(statements);
        statements.Select(s => s.Verb).Should().StartWith("initialized").And.Contain("answered").And.EndWith("terminated");
        statements.Should().OnlyContain(s => s.Model.Actor.Account!.Name == "launch-actor-7" && s.Model.Actor.Account.HomePage == "https://lms.example.org");
        statements.Should().OnlyContain(s => (string?)s.Json["authority"]!["mbox"] == "mailto:full-access@lrs.invalid", "the launch's auth replaces the built-in key");
        statements[0].ObjectId.Should().Be(query["activity_id"], "activity_id names the course activity");
        statements.Where(s => s.Verb == "answered").Should().OnlyContain(s => s.Groupings.Contains(query["activity_id"]));
    }

    [Theory]
    [InlineData("csp")]
    [InlineData("401")]
    public async Task An_LRS_the_page_cannot_use_costs_the_learner_nothing_and_loses_nothing(string why)
    {
        var lrs = lrsFixture.Lrs;
        var package = await XapiPackageAsync(lrs);
        var registration = Guid.NewGuid();
        var query = new Dictionary<string, string> { ["registration"] = registration.ToString() };
        if (why == "csp")
        {
            // Another origin over http (localhost, not the 127.0.0.1 built in): the page's CSP does not allow it.
            query["endpoint"] = $"http://localhost:{lrs.Port}/xAPI/";
        }
        else
        {
            query["auth"] = "Basic " + Convert.ToBase64String("nobody:wrong"u8.ToArray());
        }

        await using var session = await LmsSession.OpenAsync(fixture, package, query: query, bypassCsp: false);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);
        await learner.AnswerQuizAsync(learner.Course.Sections[0], Learner.Correctly);
        await learner.NextAsync();

        var queued = await LrsStatements.QueuedAsync(session.Sco, learner.Course.Id);
        queued.Should().BeGreaterThanOrEqualTo(7, "the statements so far (initialized, attempted, 4 answered, passed, experienced) wait in localStorage");
        session.PageErrors.Should().BeEmpty();
        (await session.Sco.Locator("body").InnerTextAsync()).Should().NotContainAny("LRS", "xAPI", "fetch", "Content-Security-Policy");
        var state = await session.StateAsync();
        state["cmi.core.lesson_location"].Should().Be(learner.Course.Sections[1].Id, "SCORM tracking does not depend on the LRS");
        state.Interactions.Should().HaveCount(learner.Course.Sections[0].Quiz!.Questions.Count);
        (await lrs.StatementsAsync(registration)).Should().BeEmpty();
        if (why == "csp")
        {
            session.ConsoleMessages.Should().Contain(m => m.StartsWith("warning: [xapi]", StringComparison.Ordinal) && m.Contains("Content-Security-Policy", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_batch_that_reached_the_LRS_but_whose_answer_was_lost_is_stored_once()
    {
        var lrs = lrsFixture.Lrs;
        var package = await XapiPackageAsync(lrs);
        var registration = Guid.NewGuid();
        var context = await fixture.NewContextAsync(bypassCsp: false);
        await using var closeContext = new ContextCloser(context);
        // The first two statement requests reach the LRS, then the connection drops before the page hears back.
        var lost = 0;
        await context.RouteAsync(new System.Text.RegularExpressions.Regex("/xAPI/statements"), async route =>
        {
            if (route.Request.Method == "POST" && Interlocked.Increment(ref lost) <= 2)
            {
                await using var delivered = await route.FetchAsync();
                delivered.Status.Should().Be(200, "the LRS stored the batch");
                await route.AbortAsync("connectionreset");
                return;
            }

            await route.ContinueAsync();
        });

        await using var session = await LmsSession.OpenAsync(fixture, package, query: new Dictionary<string, string> { ["registration"] = registration.ToString() }, context: context);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);
        var section = learner.Course.Sections[0];
        await learner.AnswerQuizAsync(section, Learner.Correctly);
        await LrsStatements.WaitForEmptyQueueAsync(session.Sco, learner.Course.Id, 30_000);

        var statements = await LrsStatements.ReadAsync(lrs, registration);
        var sent = SentStatements(session);
        sent.Select(s => (string)s["id"]!).Should().Contain(id => sent.Count(o => (string)o["id"]! == id) > 1, "lost answers make the page send again");
        statements.Select(s => s.Model.Id).Should().OnlyHaveUniqueItems();
        statements.Should().ContainSingle(s => s.Verb == "initialized");
        statements.Should().ContainSingle(s => s.Verb == "attempted");
        statements.Count(s => s.Verb == "answered").Should().Be(section.Quiz!.Questions.Count);
        sent.Select(s => (string)s["id"]!).Distinct().Should().BeEquivalentTo(statements.Select(s => s.Model.Id!.Value.ToString()));
        session.PageErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task What_is_queued_when_the_page_goes_leaves_with_keepalive_or_at_the_next_launch()
    {
        var lrs = lrsFixture.Lrs;
        var package = await XapiPackageAsync(lrs);
        var registration = Guid.NewGuid();
        var context = await fixture.NewContextAsync(bypassCsp: false);
        await using var closeContext = new ContextCloser(context);
        // The LRS is out of the page's reach for the whole course, so that everything is still queued at the end.
        var reachable = false;
        await context.RouteAsync(new System.Text.RegularExpressions.Regex("/xAPI/statements"), route =>
            reachable ? route.ContinueAsync() : route.AbortAsync("connectionrefused"));
        var query = new Dictionary<string, string> { ["registration"] = registration.ToString() };

        LmsState first;
        CourseData course;
        await using (var session = await LmsSession.OpenAsync(fixture, package, query: query, context: context))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            course = learner.Course;
            await learner.ReadWholeCourseAsync(Learner.Correctly);
            (await LrsStatements.QueuedAsync(session.Sco, course.Id)).Should().BeGreaterThan(30);

            // The LRS is back just as the learner leaves: the page goes at once, so no retry timer can fire;
            // only the keepalive requests made while it goes can deliver anything.
            reachable = true;
            await learner.ExitButton.ClickAsync();
            await session.WaitForTerminatedAsync();
            await session.Page.EvaluateAsync("() => window.lmsHost.unloadSco()");
            first = await session.StateAsync();
        }

        var expected = 1 + course.Sections.Count + (course.Sections.Count - 1) + (course.SectionsWithQuiz.Count() * 2) + course.Questions.Count() + 2 + 1;
        var delivered = await LrsStatements.WaitForAsync(lrs, registration, s => s.Count >= expected, TimeSpan.FromSeconds(5));
        output.WriteLine($"{delivered.Count} of {expected} statements left with keepalive as the page went");
        delivered.Should().NotBeEmpty("keepalive requests outlive the page");

        await using (var session = await LmsSession.OpenAsync(fixture, package, LmsLaunch.Resume(package, first), query: query, context: context))
        {
            await session.WaitForInitializedAsync();
            await LrsStatements.WaitForEmptyQueueAsync(session.Sco, course.Id, 30_000);
        }

        var statements = await LrsStatements.ReadAsync(lrs, registration);
        var firstSession = (string?)statements[0].Extension(XapiExtensions.SessionId);
        ShouldAllBeValid(statements);
        statements.Select(s => s.Model.Id).Should().OnlyHaveUniqueItems();
        statements.Where(s => (string?)s.Extension(XapiExtensions.SessionId) == firstSession).Should().HaveCount(expected, string.Join(Environment.NewLine, statements));
        statements.Count(s => s.Verb == "answered").Should().Be(course.Questions.Count());
    }

    [Fact]
    public async Task Scorm_results_are_the_same_with_xapi_on_and_off()
    {
        var plain = await fixture.RealCourseAsync();
        var tracked = await XapiPackageAsync(lrsFixture.Lrs);

        var without = await TakeCourseAsync(plain);
        var with = await TakeCourseAsync(tracked);

        // Timing values differ from run to run; the registration is the one thing xAPI adds to suspend_data.
        static bool Timed(string key) => key is "cmi.core.session_time" or "cmi.core.total_time" || key.EndsWith(".latency", StringComparison.Ordinal) || key.EndsWith(".time", StringComparison.Ordinal);
        var a = without.Cmi.Where(p => !Timed(p.Key)).ToDictionary();
        var b = with.Cmi.Where(p => !Timed(p.Key)).ToDictionary();
        var sections = (await TakenCourseSectionsAsync()).Count;
        a["cmi.suspend_data"] = LrsStatements.WithoutRegistration(a["cmi.suspend_data"], sections);
        b["cmi.suspend_data"] = LrsStatements.WithoutRegistration(b["cmi.suspend_data"], sections);
        b.Should().Equal(a);
        a.Keys.Should().Contain(k => k.StartsWith("cmi.interactions.", StringComparison.Ordinal)).And.Contain(k => k.StartsWith("cmi.objectives.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nothing_is_lost_or_duplicated_across_an_LRS_outage_and_a_reload()
    {
        // An LRS of its own, which the test stops and starts again on the same port; it keeps its statements
        // in a file across the restart, as a real LRS keeps its database.
        var stateFile = Path.Combine(fixture.WorkRoot, "outage-lrs-" + Guid.NewGuid().ToString("N")[..8] + ".json");
        var lrs = await TestLrs.StartAsync(stateFile: stateFile);
        try
        {
            var package = await XapiPackageAsync(lrs, "real-course-xapi-outage");
            var context = await fixture.NewContextAsync(bypassCsp: false);
            await using var closeContext = new ContextCloser(context);
            var courseId = "civil-society-tip";
            LmsState first;
            IReadOnlyList<QuestionData> questions;
            CourseData course;

            await using (var session = await LmsSession.OpenAsync(fixture, package, context: context))
            {
                await session.WaitForInitializedAsync();
                var learner = await Learner.InAsync(session.Sco);
                course = learner.Course;
                questions = [.. course.Questions];
                var sections = course.Sections;
                await learner.AnswerQuizAsync(sections[0], Learner.Correctly);
                await LrsStatements.WaitForEmptyQueueAsync(session.Sco, courseId);

                // Outage 1, while the page stays open: the learner goes on, nothing waits, the queue grows.
                await lrs.DisposeAsync();
                var clock = Stopwatch.StartNew();
                await learner.NextAsync();
                await learner.AnswerQuizAsync(sections[1], Learner.Correctly);
                clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "the learner is never held up by the LRS");
                (await LrsStatements.QueuedAsync(session.Sco, courseId)).Should().BeGreaterThan(0, "what could not be sent waits in localStorage");
                await Task.Delay(1500); // a failed try or two: the backoff grows

                // The LRS comes back: the retry delivers without any action of the learner.
                lrs = await TestLrs.StartAsync(lrs.Port, stateFile);
                await LrsStatements.WaitForEmptyQueueAsync(session.Sco, courseId, 30_000);

                // Outage 2, across a reload: the learner goes on, then closes the course while the LRS is down.
                await lrs.DisposeAsync();
                await learner.NextAsync();
                await learner.AnswerQuizAsync(sections[2], Learner.Correctly);
                (await LrsStatements.QueuedAsync(session.Sco, courseId)).Should().BeGreaterThan(0);
                var visible = await session.Sco.Locator("body").InnerTextAsync();
                visible.Should().NotContainAny("LRS", "xAPI", "fetch", "Failed");
                await session.LeaveAsync();
                first = await session.StateAsync();
                session.PageErrors.Should().BeEmpty();
                first["cmi.core.lesson_location"].Should().Be(sections[2].Id, "SCORM tracking went on during the outage");
            }

            lrs = await TestLrs.StartAsync(lrs.Port, stateFile);
            await using (var session = await LmsSession.OpenAsync(fixture, package, LmsLaunch.Resume(package, first), context: context))
            {
                await session.WaitForInitializedAsync();
                var learner = await Learner.InAsync(session.Sco);
                // What the first page could not send goes out at this launch.
                await LrsStatements.WaitForEmptyQueueAsync(session.Sco, courseId, 30_000);
                for (var i = 3; i < course.Sections.Count; i++)
                {
                    await learner.NextAsync();
                    if (course.Sections[i].Quiz is { Questions.Count: > 0 })
                    {
                        await learner.AnswerQuizAsync(course.Sections[i], Learner.Correctly);   // the last section has none
                    }
                }

                await learner.ExitButton.ClickAsync();
                await session.WaitForTerminatedAsync();
                await LrsStatements.WaitForEmptyQueueAsync(session.Sco, courseId);
                session.PageErrors.Should().BeEmpty();
            }

            var registration = LrsStatements.RegistrationIn(first["cmi.suspend_data"], (await TakenCourseSectionsAsync()).Count);
            var statements = await LrsStatements.ReadAsync(lrs, registration);
            var log = string.Join(Environment.NewLine, statements);
            output.WriteLine(log);
            ShouldAllBeValid(statements);
            statements.Select(s => s.Model.Id).Should().OnlyHaveUniqueItems();
            statements.Count(s => s.Verb == "initialized").Should().Be(1, log);
            statements.Count(s => s.Verb == "resumed").Should().Be(1, log);
            statements.Count(s => s.Verb == "suspended").Should().Be(1, log);
            statements.Count(s => s.Verb == "terminated").Should().Be(2, log);
            statements.Where(s => s.Verb == "answered").Select(s => s.ObjectId[(s.ObjectId.LastIndexOf('/') + 1)..])
                .Should().BeEquivalentTo(questions.Select(q => q.Id), "every answer arrives exactly once:{0}{1}", Environment.NewLine, log);
            statements.Where(s => s.Verb == "passed").Should().HaveCount(course.SectionsWithQuiz.Count() + 1, log);
            // Each section once; the one open at the reload in both sessions (left, then reopened at the bookmark).
            statements.Where(s => s.Verb == "experienced").GroupBy(s => s.ObjectId[(s.ObjectId.LastIndexOf('/') + 1)..])
                .ToDictionary(g => g.Key, g => g.Count())
                .Should().Equal(course.Sections.ToDictionary(s => s.Id, s => s == course.Sections[2] ? 2 : 1), log);
            statements.Should().ContainSingle(s => s.Verb == "completed", log);
        }
        finally
        {
            await lrs.DisposeAsync();
        }
    }

    /// <summary>The sections of the real course, as its launch page lists them (the state keeps a bit for each).</summary>
    private async Task<IReadOnlyList<SectionData>> TakenCourseSectionsAsync() => (await fixture.RealCourseAsync()).CourseData().Sections;

    private async Task<LmsState> TakeCourseAsync(ScormPackage package)
    {
        await using var session = await LmsSession.OpenAsync(fixture, package, bypassCsp: false);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);
        var wrong = learner.Course.SectionsWithQuiz.ElementAt(1).Quiz!.Questions;
        await learner.ReadWholeCourseAsync(q => wrong.Contains(q) ? Learner.Wrongly(q) : Learner.Correctly(q));
        await learner.ExitButton.ClickAsync();
        await session.WaitForTerminatedAsync();
        var calls = await session.CallsAsync();
        ShouldBeCleanFinishedSession(calls);
        return await session.StateAsync();
    }

    private Task<ScormPackage> XapiPackageAsync(TestLrs lrs, string name = "real-course-xapi") =>
        fixture.CourseAsync(RepositoryPaths.Content, name + "-" + lrs.Port, options => options with
        {
            XapiActivityBase = Base,
            XapiEndpoint = lrs.Endpoint.ToString(),
            XapiAuth = TestLrs.WriteOnlyAuthorization,
        });

    /// <summary>Every statement in the page's statement requests (a batch is an array, a PUT one statement).</summary>
    private static List<JsonObject> SentStatements(LmsSession session) =>
        [.. session.StatementRequests.SelectMany(body => JsonNode.Parse(body) switch
        {
            JsonArray batch => batch.Select(s => s!.AsObject()),
            JsonObject one => [one],
            _ => [],
        })];

    private static string Objective(string outcome) => $"{CourseIri}/objectives/{outcome}";

    private static void ShouldAllBeValid(IReadOnlyList<StoredStatement> statements)
    {
        statements.Should().NotBeEmpty();
        var reports = XapiValidator.Validate("[" + string.Join(",", statements.Select(s => s.Json.ToJsonString())) + "]");
        reports.Should().HaveCount(statements.Count);
        reports.Where(r => r.Problems.Count > 0).Should().BeEmpty("every statement passes @learninglocker/xapi-validation");
    }

    private static void ShouldBeOneSession(IReadOnlyList<StoredStatement> statements, Guid registration, string learnerId)
    {
        statements.Should().OnlyContain(s => s.Model.Context!.Registration == registration);
        statements.Should().OnlyContain(s => s.Model.Context!.Language == "ar");
        statements.Should().OnlyContain(s => s.Model.Actor.Account!.Name == learnerId && s.Model.Actor.Account.HomePage == XapiSettingsHomePage);
        statements.Select(s => (string?)s.Extension(XapiExtensions.SessionId)).Distinct().Should().ContainSingle();
        statements.Select(s => s.Model.Id).Should().OnlyHaveUniqueItems();
    }

    private const string XapiSettingsHomePage = CivilSociety.Scorm.Model.XapiSettings.DefaultHomePage;

    private sealed class ContextCloser(Microsoft.Playwright.IBrowserContext context) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await context.CloseAsync();
    }
}
