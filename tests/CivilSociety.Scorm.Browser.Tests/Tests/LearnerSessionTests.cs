using System.Globalization;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using Microsoft.Playwright;
using static CivilSociety.Scorm.Browser.Tests.Infrastructure.CallLogChecks;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>The real course (content/), built by the compiler, taken by a learner inside a SCORM 1.2 LMS.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LearnerSessionTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Learner_who_reads_everything_and_answers_all_correctly_passes_with_100()
    {
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);
        var course = learner.Course;
        course.Questions.Should().NotBeEmpty("the real course has quizzes");

        await learner.ReadWholeCourseAsync(Learner.Correctly);
        await learner.ExitButton.ClickAsync();
        await session.WaitForTerminatedAsync();
        // Then the LMS closes the SCO (pagehide): no second LMSFinish, nothing after the first.
        await session.Page.EvaluateAsync("() => window.lmsHost.unloadSco()");
        await session.Page.WaitForFunctionAsync("() => document.getElementById('sco').contentWindow.location.href === 'about:blank'");

        var state = await session.StateAsync();
        var calls = await session.CallsAsync();
        var log = Describe(calls);
        ShouldBeCleanFinishedSession(calls);

        state["cmi.core.lesson_status"].Should().Be("passed", log);
        state["cmi.core.score.raw"].Should().Be("100", log);
        state["cmi.core.score.min"].Should().Be("0", log);
        state["cmi.core.score.max"].Should().Be("100", log);
        state["cmi.core.lesson_location"].Should().BeOneOf(course.Sections.Select(s => s.Id), "the bookmark is a section id");
        state["cmi.core.exit"].Should().Be(string.Empty, log);
        state["cmi.suspend_data"].Should().NotBeEmpty().And.Subject.Length.Should().BeLessThanOrEqualTo(4096);
        ValuesSet(calls, "cmi.core.session_time").Should().NotBeEmpty(log)
            .And.OnlyContain(t => Timespan().IsMatch(t), "session_time must be a SCORM 1.2 timespan");
        state["cmi.core.session_time"].Should().MatchRegex(Timespan().ToString());

        // Every section change is committed while the page is alive (Moodle's commit on unload may be lost).
        var locations = calls.Where(c => c.Method == "LMSSetValue" && c.Args[0] == "cmi.core.lesson_location").ToList();
        locations.Should().HaveCountGreaterThanOrEqualTo(course.Sections.Count, log);
        foreach (var (set, next) in locations.Zip(locations.Skip(1).Select(c => c.Seq).Append(calls[^1].Seq)))
        {
            calls.Should().Contain(c => c.Method == "LMSCommit" && c.Seq > set.Seq && c.Seq < next, "{0} is committed before the next section:{1}", set, log);
        }
        ValuesSet(calls, "cmi.core.exit").Should().NotContain("normal", "\"normal\" is SCORM 2004, not 1.2");

        // One objective per learning outcome, each passed when its questions were all answered right.
        var objectives = state.Objectives;
        var assessed = course.Questions.SelectMany(q => q.Outcomes).Distinct().ToList();
        objectives.Select(o => o["id"]).Should().OnlyHaveUniqueItems().And.Contain(assessed, log);
        objectives.Should().OnlyContain(o => Identifier().IsMatch(o["id"]), "objective ids must be CMIIdentifiers:{0}", log);
        objectives.Where(o => assessed.Contains(o["id"])).Should()
            .OnlyContain(o => o["status"] == "passed", "every assessed outcome was answered right:{0}", log);

        // One interaction per checked question, id SECTION.QUESTION, all correct.
        var interactions = state.Interactions;
        var expectedIds = course.SectionsWithQuiz.SelectMany(s => s.Quiz!.Questions.Select(q => $"{s.Id}.{q.Id}")).ToList();
        interactions.Select(i => i["id"]).Should().BeEquivalentTo(expectedIds, log);
        interactions.Should().OnlyContain(i => Identifier().IsMatch(i["id"]), "interaction ids must be printable ASCII without spaces");
        interactions.Should().OnlyContain(i => i["result"] == "correct", log);
        var questionById = course.SectionsWithQuiz.SelectMany(s => s.Quiz!.Questions.Select(q => (Id: $"{s.Id}.{q.Id}", Question: q)))
            .ToDictionary(x => x.Id, x => x.Question);
        foreach (var interaction in interactions)
        {
            var question = questionById[interaction["id"]];
            interaction["type"].Should().Be(question.ScormType ?? "choice", "interaction {0}", interaction["id"]);
            if (question.CorrectPattern is not null)
            {
                interaction["correct_responses.0.pattern"].Should().Be(question.CorrectPattern, "interaction {0}", interaction["id"]);
            }
        }

        session.PageErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task Learner_who_answers_everything_wrong_fails_with_score_0()
    {
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);

        await learner.ReadWholeCourseAsync(Learner.Wrongly);
        await learner.ExitButton.ClickAsync();
        await session.WaitForTerminatedAsync();

        var state = await session.StateAsync();
        var calls = await session.CallsAsync();
        ShouldBeCleanFinishedSession(calls);
        state["cmi.core.lesson_status"].Should().Be("failed", Describe(calls));
        state["cmi.core.score.raw"].Should().Be("0");
        state["cmi.core.exit"].Should().Be(string.Empty);
        state.Interactions.Should().OnlyContain(i => i["result"] == "wrong");
        state.Objectives.Where(o => learner.Course.Questions.SelectMany(q => q.Outcomes).Contains(o["id"]))
            .Should().OnlyContain(o => o["status"] == "failed");
    }

    [Fact]
    public async Task Score_is_the_weighted_share_of_right_answers_and_status_follows_the_mastery_score()
    {
        var package = await fixture.RealCourseAsync();
        // Only the first question of each quiz answered right.
        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);
        var course = learner.Course;
        var right = course.SectionsWithQuiz.SelectMany(s => s.Quiz!.Questions.Take(1)).ToList();
        var expected = 100m * right.Sum(q => q.Weight) / course.Questions.Sum(q => q.Weight);

        await learner.ReadWholeCourseAsync(q => right.Contains(q) ? Learner.Correctly(q) : Learner.Wrongly(q));
        await learner.ExitButton.ClickAsync();
        await session.WaitForTerminatedAsync();

        var state = await session.StateAsync();
        ShouldBeCleanFinishedSession(await session.CallsAsync());
        var raw = decimal.Parse(state["cmi.core.score.raw"], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        raw.Should().BeApproximately(expected, 0.01m, $"{right.Count} of {course.Questions.Count()} questions were right");
        state["cmi.core.score.raw"].Should().MatchRegex(@"^\d{1,3}(\.\d{1,2})?$", "Moodle takes a plain decimal with at most 2 places here");
        var mastery = decimal.Parse(package.MasteryScore ?? course.PassingScore.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        state["cmi.core.lesson_status"].Should().Be(raw >= mastery ? "passed" : "failed");
    }

    [Fact]
    public async Task First_launch_sets_incomplete_and_commits_before_setting_anything_else()
    {
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.WaitForInitializedAsync();
        await session.Page.WaitForFunctionAsync("() => window.lmsHost.calls().some(c => c.method === 'LMSCommit')");

        var calls = await session.CallsAsync();
        var log = Describe(calls);
        calls[0].Method.Should().Be("LMSInitialize", log);
        var firstSet = calls.First(c => c.Method == "LMSSetValue");
        firstSet.Args.Should().Equal(["cmi.core.lesson_status", "incomplete"], "Moodle turns 'not attempted' into 'completed' at LMSFinish:{0}", log);
        var firstCommit = calls.First(c => c.Method == "LMSCommit");
        calls.Where(c => c.Method == "LMSSetValue" && c.Seq < firstCommit.Seq).Should().ContainSingle(
            "the incomplete status is committed before anything else is set:{0}", log);
        calls.Where(c => !c.IsErrorQuery).Should().OnlyContain(c => c.Error == "0", log);
        (await session.StateAsync())["cmi.core.lesson_status"].Should().Be("incomplete");
        calls.Should().NotContain(c => c.Method == "LMSSetValue" && c.Args[0] == "cmi.core.score.raw",
            "no score before the final result (Moodle's mastery override)");
    }

    [Fact]
    public async Task Leaving_with_the_exit_button_before_the_end_suspends_the_attempt()
    {
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);

        await learner.NextAsync();
        await learner.ExitButton.ClickAsync();
        await session.WaitForTerminatedAsync();

        var state = await session.StateAsync();
        var calls = await session.CallsAsync();
        ShouldBeCleanFinishedSession(calls);
        state["cmi.core.exit"].Should().Be("suspend", Describe(calls));
        state["cmi.core.lesson_status"].Should().Be("incomplete");
        state["cmi.core.lesson_location"].Should().Be(learner.Course.Sections[1].Id);
        state["cmi.core.score.raw"].Should().BeEmpty("the course is not finished");
    }

    [Fact]
    public async Task Mastery_score_from_the_lms_overrides_the_courses_passing_score()
    {
        var package = await fixture.RealCourseAsync();
        // The LMS demands 100; the learner gets every question right but the last one.
        await using var session = await LmsSession.OpenAsync(fixture, package, LmsLaunch.FirstAttempt(package) with { MasteryScore = "100" });
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);
        var last = learner.Course.Questions.Last();
        var expected = 100m * (learner.Course.Questions.Sum(q => q.Weight) - last.Weight) / learner.Course.Questions.Sum(q => q.Weight);
        expected.Should().BeGreaterThanOrEqualTo(learner.Course.PassingScore, "the test needs a score that passes the course's own passing score");

        await learner.ReadWholeCourseAsync(q => q == last ? Learner.Wrongly(q) : Learner.Correctly(q));
        await learner.ExitButton.ClickAsync();
        await session.WaitForTerminatedAsync();

        var state = await session.StateAsync();
        ShouldBeCleanFinishedSession(await session.CallsAsync());
        decimal.Parse(state["cmi.core.score.raw"], CultureInfo.InvariantCulture).Should().BeApproximately(expected, 0.01m);
        state["cmi.core.lesson_status"].Should().Be("failed", "cmi.student_data.mastery_score (100) wins over passing_score ({0})", learner.Course.PassingScore);
    }

    [Fact]
    public async Task Trying_a_quiz_again_records_new_interactions_after_the_earlier_ones()
    {
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);
        var section = learner.Course.SectionsWithQuiz.First();
        var count = section.Quiz!.Questions.Count;
        await learner.OpenSectionAsync(section);

        await learner.AnswerQuizAsync(section, Learner.Wrongly);
        await learner.Quiz(section).GetByRole(AriaRole.Button, new() { Name = learner.Course.String("tryAgain"), Exact = true }).ClickAsync();
        await learner.AnswerQuizAsync(section, Learner.Correctly);

        var state = await session.StateAsync();
        var calls = await session.CallsAsync();
        calls.Where(c => !c.IsErrorQuery).Should().OnlyContain(c => c.Error == "0", Describe(calls));
        state.Interactions.Should().HaveCount(2 * count, "each check adds one interaction per question at index _count:{0}", Describe(calls));
        state.Interactions.Take(count).Should().OnlyContain(i => i["result"] == "wrong");
        state.Interactions.Skip(count).Should().OnlyContain(i => i["result"] == "correct");
    }
}
