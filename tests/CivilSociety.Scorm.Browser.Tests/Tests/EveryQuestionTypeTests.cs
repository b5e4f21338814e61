using System.Globalization;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using static CivilSociety.Scorm.Browser.Tests.Infrastructure.CallLogChecks;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// samples/every-question-type: single, multiple, true-false, fill-in, numeric, matching and sequencing questions,
/// with shuffled choices and limited attempts, answered through the page's own controls.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EveryQuestionTypeTests(BrowserFixture fixture)
{
    private Task<ScormPackage> SampleAsync() =>
        fixture.CourseAsync(Path.Combine(RepositoryPaths.Root, "samples", "every-question-type"), "every-question-type");

    [Fact]
    public async Task Every_question_type_answered_right_scores_100_and_reports_each_interaction_in_scorm_12_form()
    {
        var package = await SampleAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);
        var course = learner.Course;
        course.Questions.Select(q => q.Type).Distinct().Should().HaveCount(7, "the sample has every question type");

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

    [Fact]
    public async Task Every_question_type_answered_wrong_fails_with_score_0()
    {
        var package = await SampleAsync();
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

    [Fact]
    public async Task Unchecked_answers_of_every_type_come_back_on_relaunch()
    {
        var package = await SampleAsync();
        SectionData section;
        Dictionary<string, IReadOnlyList<string>> given;
        LmsState first;
        await using (var session = await LmsSession.OpenAsync(fixture, package))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            section = learner.Course.SectionsWithQuiz.First();
            // Wrong answers differ from any default; the fill-in text has the characters suspend_data escapes.
            given = section.Quiz!.Questions.ToDictionary(
                q => q.Id, q => q.Type == "fill-in" ? ["50% rain. ~ | snow"] : Learner.Wrongly(q));
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

    [Fact]
    public async Task Quiz_with_every_question_type_has_no_axe_violations_before_and_after_checking()
    {
        var package = await SampleAsync();
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

    /// <summary>The SCORM 1.2 student_response for a right answer given by <see cref="Learner.Correctly"/>.</summary>
    private static string ExpectedResponse(QuestionData question) => question.Type switch
    {
        "fill-in" or "numeric" => question.RightAnswer[0],
        _ => string.Join(",", question.RightAnswer),
    };
}
