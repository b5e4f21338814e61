using System.Text.RegularExpressions;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using CivilSociety.Scorm.Model;
using FluentAssertions;
using static CivilSociety.Scorm.Browser.Tests.Infrastructure.CallLogChecks;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// The real course built with --target scorm2004, taken by a learner inside scorm-again's Scorm2004API
/// (window.API_1484_11): the exact data model it leaves, and a relaunch that resumes it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class Scorm2004SessionTests(BrowserFixture fixture)
{
    private Task<ScormPackage> PackageAsync() =>
        fixture.CourseAsync(RepositoryPaths.Content, "real-course-2004", o => o with { Target = PackageTarget.Scorm2004 });

    private static LmsLaunch FirstAttempt => new() { Standard = "2004" };

    [Fact]
    public async Task A_learner_who_reads_everything_and_answers_right_is_completed_and_passed_with_every_objective_and_interaction()
    {
        var package = await PackageAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package, FirstAttempt);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);
        var course = learner.Course;

        await learner.ReadWholeCourseAsync(Learner.Correctly);
        await learner.ExitButton.ClickAsync();
        await session.WaitForTerminatedAsync();

        var state = await session.StateAsync();
        var calls = await session.CallsAsync();
        var log = Describe(calls);
        ShouldBeCleanTerminatedSession(calls);
        state["cmi.completion_status"].Should().Be("completed", log);
        state["cmi.success_status"].Should().Be("passed", log);
        state["cmi.score.scaled"].Should().Be("1", log);
        state["cmi.score.raw"].Should().Be("100", log);
        state["cmi.score.min"].Should().Be("0", log);
        state["cmi.score.max"].Should().Be("100", log);
        state["cmi.exit"].Should().Be("normal", log);
        // scorm-again acts on the request at Terminate (and clears it): what the SCO asked is in the call log.
        SetValues(calls, "adl.nav.request").Should().Equal(["exitAll"], "the learner left a finished course with the exit button");
        calls.Last(c => c.Method == "SetValue").Args[0].Should().Be("adl.nav.request", "the request is the last thing said before Terminate");
        state["cmi.location"].Should().Be(course.Sections[^1].Id);
        state["cmi.suspend_data"].Should().NotBeEmpty();
        SetValues(calls, "cmi.session_time").Should().ContainSingle().Which.Should().MatchRegex(Duration().ToString());

        // One objective per learning outcome, in the course's order, with the manifest's ids.
        state.Objectives.Select(o => o["id"]).Should().Equal(course.Outcomes.Select(o => o.Id), log);
        state.Objectives.Should().OnlyContain(o => o["success_status"] == "passed" && o["completion_status"] == "completed" && o["score.scaled"] == "1", log);

        // One interaction per question, its response and pattern in SCORM 2004 syntax ("a[,]c").
        var questions = course.SectionsWithQuiz.SelectMany(s => s.Quiz!.Questions.Select(q => (Id: $"{s.Id}.{q.Id}", Question: q))).ToList();
        state.Interactions.Select(i => i["id"]).Should().Equal(questions.Select(q => q.Id), log);
        foreach (var (interaction, (id, question)) in state.Interactions.Zip(questions))
        {
            var expected = string.Join("[,]", question.Correct);
            interaction["type"].Should().Be("choice", id);
            interaction["learner_response"].Should().Be(expected, id);
            interaction["correct_responses.0.pattern"].Should().Be(expected, id);
            interaction["result"].Should().Be("correct", id);
            interaction["weighting"].Should().Be(question.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture), id);
            interaction["objectives.0.id"].Should().Be(question.Outcomes[0], id);
            interaction["timestamp"].Should().MatchRegex(Timestamp().ToString(), id);
            interaction["latency"].Should().MatchRegex(Duration().ToString(), id);
            interaction["description"].Should().NotBeNullOrWhiteSpace(id);
        }

        session.PageErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task A_relaunch_after_leaving_midway_resumes_at_the_bookmark_with_the_checked_answers()
    {
        var package = await PackageAsync();
        LmsState first;
        SectionData quizSection, bookmark;
        await using (var session = await LmsSession.OpenAsync(fixture, package, FirstAttempt))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            var course = learner.Course;
            quizSection = course.SectionsWithQuiz.First();
            bookmark = course.Sections[course.Sections.ToList().IndexOf(quizSection) + 1];
            await learner.OpenFromTocAsync(quizSection);
            await learner.AnswerQuizAsync(quizSection, Learner.Correctly);
            await learner.OpenFromTocAsync(bookmark);
            await session.LeaveAsync();

            first = await session.StateAsync();
            var calls = await session.CallsAsync();
            ShouldBeCleanTerminatedSession(calls);
            first["cmi.exit"].Should().Be("suspend", Describe(calls));
            first["cmi.completion_status"].Should().Be("incomplete");
            first["cmi.success_status"].Should().Be("unknown", "a quiz is still unchecked");
            first["cmi.location"].Should().Be(bookmark.Id);
            first["cmi.suspend_data"].Should().NotBeEmpty();
            SetValues(calls, "adl.nav.request").Should().BeEmpty("the LMS, not the learner, closed the course");
        }

        var resume = new LmsLaunch
        {
            Standard = "2004",
            Entry = "resume",
            Values = new Dictionary<string, string>
            {
                ["cmi.location"] = first["cmi.location"],
                ["cmi.suspend_data"] = first["cmi.suspend_data"],
                ["cmi.completion_status"] = first["cmi.completion_status"],
            },
        };
        await using (var session = await LmsSession.OpenAsync(fixture, package, resume))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);

            await learner.ExpectShownAsync(bookmark);
            await learner.OpenFromTocAsync(quizSection);
            foreach (var question in quizSection.Quiz!.Questions)
            {
                (await learner.ReadAnswerAsync(quizSection, question)).Should().Equal(question.RightAnswer, question.Id);
            }

            await Expect(learner.QuizResult(quizSection)).Not.ToBeEmptyAsync();
            var calls = await session.CallsAsync();
            calls.Should().Contain(c => c.Method == "GetValue" && c.Args[0] == "cmi.entry" && c.Result == "resume", Describe(calls));
            calls.Where(c => c.Method is "SetValue" or "Commit").Should().OnlyContain(c => c.Error == "0", Describe(calls));
            (await session.StateAsync())["cmi.completion_status"].Should().Be("incomplete");
            session.PageErrors.Should().BeEmpty();
        }
    }

    /// <summary>
    /// Initialize first and once, Terminate once and last, every Initialize/SetValue/Commit/Terminate "true", no error
    /// but 403 on GetValue (an element the LMS holds no value for yet: SCORM 2004 reports it so).
    /// </summary>
    private static void ShouldBeCleanTerminatedSession(IReadOnlyList<LmsCall> calls)
    {
        var log = Describe(calls);
        calls[0].Method.Should().Be("Initialize", log);
        calls.Count(c => c.Method == "Initialize").Should().Be(1, log);
        calls.Count(c => c.Method == "Terminate").Should().Be(1, log);
        calls.Last(c => !c.IsErrorQuery).Method.Should().Be("Terminate", log);
        calls.Where(c => c.Method is "Initialize" or "Terminate" or "Commit" or "SetValue").Should().OnlyContain(c => c.Result == "true", log);
        calls.Where(c => !c.IsErrorQuery).Should().OnlyContain(c => c.Error == "0" || (c.Method == "GetValue" && c.Error == "403"), log);
        calls.Should().OnlyContain(c => c.Threw == null, log);
    }

    private static List<string> SetValues(IEnumerable<LmsCall> calls, string element) =>
        [.. calls.Where(c => c.Method == "SetValue" && c.Args[0] == element).Select(c => c.Args[1])];

    /// <summary>SCORM 2004 timeinterval (second,10,2): an ISO 8601 duration.</summary>
    [GeneratedRegex(@"^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$")]
    private static partial Regex Duration();

    /// <summary>SCORM 2004 time (second,10,0): ISO 8601, hundredths at most.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2})?(Z|[+-]\d{2}(:\d{2})?)?$")]
    private static partial Regex Timestamp();
}
