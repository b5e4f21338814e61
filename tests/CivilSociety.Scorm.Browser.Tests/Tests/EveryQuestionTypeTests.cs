using System.Globalization;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using static CivilSociety.Scorm.Browser.Tests.Infrastructure.CallLogChecks;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// Every sample, and so every question type (samples/every-question-type has the seven of the first release, with
/// shuffled choices and limited attempts; a type added later has its own sample), answered through the page's own
/// controls.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EveryQuestionTypeTests(BrowserFixture fixture)
{
    public static TheoryData<string> Samples => [.. RepositoryPaths.SampleNames];

    private Task<ScormPackage> SampleAsync(string sample) =>
        fixture.CourseAsync(Path.Combine(RepositoryPaths.Root, "samples", sample), sample);

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Every_question_type_answered_right_scores_100_and_reports_each_interaction_in_scorm_12_form(string sample)
    {
        var package = await SampleAsync(sample);
        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);
        var course = learner.Course;
        course.Questions.Should().NotBeEmpty("a sample shows its question types");

        await learner.ReadWholeCourseAsync(Learner.Correctly);
        await learner.ExitButton.ClickAsync();
        await session.WaitForTerminatedAsync();

        var state = await session.StateAsync();
        var calls = await session.CallsAsync();
        var log = Describe(calls);
        ShouldBeCleanFinishedSession(calls);
        state["cmi.core.lesson_status"].Should().Be("passed", log);
        state["cmi.core.score.raw"].Should().Be("100", log);

        var byId = state.Interactions.ToDictionary(i => i["id"]);
        foreach (var section in course.SectionsWithQuiz)
        {
            foreach (var question in section.Quiz!.Questions)
            {
                var id = $"{section.Id}.{question.Id}";
                byId.Should().ContainKey(id, log);
                var interaction = byId[id];
                interaction["type"].Should().Be(question.ScormType, id);
                interaction["result"].Should().Be("correct", id);
                interaction["correct_responses.0.pattern"].Should().Be(question.CorrectPattern, id);
                interaction["weighting"].Should().Be(question.Weight.ToString(CultureInfo.InvariantCulture), id);
                interaction["student_response"].Should().Be(ExpectedResponse(question), id);
                interaction["latency"].Should().MatchRegex(Timespan().ToString(), id);
                interaction["time"].Should().MatchRegex(@"^\d{2}:\d{2}:\d{2}$", id);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Every_question_type_answered_wrong_fails_with_score_0(string sample)
    {
        var package = await SampleAsync(sample);
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
        state.Interactions.Should().HaveCount(learner.Course.Questions.Count())
            .And.OnlyContain(i => i["result"] == "wrong", Describe(calls));
        state.Objectives.Should().OnlyContain(o => o["status"] == "failed");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Unchecked_answers_of_every_type_come_back_on_relaunch(string sample)
    {
        var package = await SampleAsync(sample);
        SectionData section;
        Dictionary<string, IReadOnlyList<string>> given;
        LmsState first;
        await using (var session = await LmsSession.OpenAsync(fixture, package))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            section = learner.Course.SectionsWithQuiz.First();
            // Wrong answers differ from any default; typed words have the characters suspend_data escapes.
            given = section.Quiz!.Questions.ToDictionary(
                q => q.Id, q => q.Controls == AnswerControls.TextBox ? ["50% rain. ~ | snow"] : Learner.Wrongly(q));
            foreach (var question in section.Quiz.Questions)
            {
                await learner.AnswerAsync(section, question, given[question.Id]);
            }

            await session.LeaveAsync();
            first = await session.StateAsync();
            ShouldBeCleanFinishedSession(await session.CallsAsync());
            first["cmi.core.exit"].Should().Be("suspend");
        }

        await using (var session = await LmsSession.OpenAsync(fixture, package, LmsLaunch.Resume(package, first)))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            await learner.ExpectShownAsync(section);

            foreach (var question in section.Quiz!.Questions)
            {
                (await learner.ReadAnswerAsync(section, question)).Should().Equal(
                    given[question.Id], "the {0} answer to {1} is restored (suspend_data {2})", question.Type, question.Id, first["cmi.suspend_data"]);
            }

            await Expect(learner.CheckAnswersButton(section)).ToBeVisibleAsync();
            await Expect(learner.QuizResult(section)).ToBeEmptyAsync();
            session.PageErrors.Should().BeEmpty();
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task Quiz_with_every_question_type_has_no_axe_violations_before_and_after_checking(string sample)
    {
        var package = await SampleAsync(sample);
        await using var session = await LmsSession.OpenAsync(fixture, package);
        var learner = await Learner.InAsync(session.Sco);
        var section = learner.Course.SectionsWithQuiz.First();
        await learner.OpenSectionAsync(section);

        var before = await Axe.RunAsync(session.Sco);
        await learner.AnswerQuizAsync(section, q => q.Weight > 1 ? Learner.Correctly(q) : Learner.Wrongly(q));
        var after = await Axe.RunAsync(session.Sco);

        before.Should().BeEmpty("before checking:" + Environment.NewLine + string.Join(Environment.NewLine, before));
        after.Should().BeEmpty("after checking:" + Environment.NewLine + string.Join(Environment.NewLine, after));
    }

    /// <summary>The SCORM 1.2 student_response for a right answer given by <see cref="Learner.Correctly"/> (a typed one is one text).</summary>
    private static string ExpectedResponse(QuestionData question) => string.Join(",", question.RightAnswer);
}
