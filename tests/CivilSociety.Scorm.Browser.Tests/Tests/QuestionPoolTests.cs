using System.Globalization;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using CivilSociety.Scorm.Model;
using FluentAssertions;
using static CivilSociety.Scorm.Browser.Tests.Infrastructure.CallLogChecks;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// Question pools (docs/question-pools.md) in scorm-again: samples/question-pool's first quiz holds six questions and
/// shows four per attempt (draw=4, two of them one group), balanced over QP1 and QP2.1. Each learner's draw comes
/// from their cmi.core.student_id and the attempt's number: a relaunch shows it again, a retry draws anew, and the
/// interactions, the score and the objectives are those of the questions shown.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class QuestionPoolTests(BrowserFixture fixture)
{
    private const string Sample = "question-pool";

    private Task<ScormPackage> PoolAsync() => fixture.CourseAsync(Path.Combine(RepositoryPaths.Root, "samples", Sample), Sample);

    private static LmsLaunch As(LmsLaunch launch, string learnerId) =>
        launch with { Values = new Dictionary<string, string>(launch.Values) { ["cmi.core.student_id"] = learnerId } };

    private static async Task<IReadOnlyList<string>> ShownAsync(Learner learner, SectionData section) =>
        await learner.Quiz(section).Locator(".question:not([hidden])").EvaluateAllAsync<string[]>("qs => qs.map(q => q.dataset.question)");

    private static QuestionData QuestionOf(SectionData section, string id) => section.Quiz!.Questions.Single(q => q.Id == id);

    /// <summary>The first shown question answered wrong, the others right, then Check.</summary>
    private static async Task AnswerFirstWronglyAndCheckAsync(Learner learner, SectionData section, IReadOnlyList<string> shown)
    {
        foreach (var id in shown)
        {
            var question = QuestionOf(section, id);
            await learner.AnswerAsync(section, question, id == shown[0] ? Learner.Wrongly(question) : Learner.Correctly(question));
        }

        await learner.CheckAnswersButton(section).ClickAsync();
        await Expect(learner.QuizResult(section)).Not.ToBeEmptyAsync();
    }

    [Fact]
    public async Task Four_learners_get_draws_of_four_covering_both_outcomes_and_not_all_the_same()
    {
        var package = await PoolAsync();
        var draws = new List<string>();
        foreach (var learnerId in new[] { "ahmad", "bushra", "carla", "dawit" })
        {
            await using var session = await LmsSession.OpenAsync(fixture, package, As(LmsLaunch.FirstAttempt(package), learnerId));
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            var why = learner.Course.Sections.Single(s => s.Id == "why");
            var how = learner.Course.Sections.Single(s => s.Id == "how");

            var shown = await ShownAsync(learner, why);
            shown.Should().HaveCount(4, learnerId);
            foreach (var outcome in new[] { "QP1", "QP2.1" })
            {
                shown.Should().Contain(id => QuestionOf(why, id).Outcomes.Contains(outcome), $"{learnerId}'s draw covers {outcome}");
            }

            shown.Count(id => id.StartsWith("q-retry-", StringComparison.Ordinal)).Should().BeLessThanOrEqualTo(1, "the two variants are one group");
            var numbers = await learner.Quiz(why).Locator(".question:not([hidden]) .question-number").AllTextContentsAsync();
            numbers.Should().Equal("1.", "2.", "3.", "4.");

            var perOutcome = await ShownAsync(learner, how);
            perOutcome.Select(id => QuestionOf(how, id).Outcomes[0]).Order(StringComparer.Ordinal).Should().Equal("QP2.1", "QP2.2");
            draws.Add(string.Join(' ', shown) + " / " + string.Join(' ', perOutcome));
        }

        draws.Distinct().Should().HaveCountGreaterThan(1, string.Join("\n", draws));
    }

    [Fact]
    public async Task A_relaunch_shows_the_same_draw_a_retry_draws_again_and_the_lms_holds_only_the_shown_questions()
    {
        var package = await PoolAsync();
        const string learnerId = "learner-7";
        LmsState first;
        IReadOnlyList<string> shown;
        SectionData why;
        await using (var session = await LmsSession.OpenAsync(fixture, package, As(LmsLaunch.FirstAttempt(package), learnerId)))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            why = learner.Course.Sections.Single(s => s.Id == "why");
            shown = await ShownAsync(learner, why);
            shown.Should().HaveCount(4);
            await AnswerFirstWronglyAndCheckAsync(learner, why, shown);
            (await learner.QuizResult(why).TextContentAsync()).Should().Contain("3").And.Contain("4");
            await session.LeaveAsync();
            first = await session.StateAsync();
            ShouldBeCleanFinishedSession(await session.CallsAsync());
        }

        // One interaction per shown question, by its stable id, and none for the two not drawn.
        first.Interactions.Select(i => i["id"]).Should().Equal(shown.Select(id => "why." + id));
        first.Interactions.Select(i => i["result"]).Should().Equal(shown.Select(id => id == shown[0] ? "wrong" : "correct"));

        // Each outcome's objective over its shown questions alone.
        foreach (var outcome in new[] { "QP1", "QP2.1" })
        {
            var on = shown.Where(id => QuestionOf(why, id).Outcomes.Contains(outcome)).ToList();
            var expected = Math.Round(100m * on.Count(id => id != shown[0]) / on.Count, 2);
            var objective = first.Objectives.Single(o => o["id"] == outcome);
            decimal.Parse(objective["score.raw"], CultureInfo.InvariantCulture).Should().Be(expected, outcome);
        }

        // The relaunch: the same four, in the same order, checked.
        LmsState second;
        IReadOnlyList<string> retried;
        await using (var session = await LmsSession.OpenAsync(fixture, package, As(LmsLaunch.Resume(package, first), learnerId)))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            await learner.OpenFromTocAsync(why);
            (await ShownAsync(learner, why)).Should().Equal(shown);
            await Expect(learner.Quiz(why)).ToHaveAttributeAsync("data-state", "checked");

            // Try again: attempt 2, a new draw of four.
            await learner.TryAgainButton(why).ClickAsync();
            retried = await ShownAsync(learner, why);
            retried.Should().HaveCount(4);
            retried.Should().NotEqual(shown, "learner-7's second attempt draws other questions");
            foreach (var id in retried)
            {
                await learner.AnswerAsync(why, QuestionOf(why, id), Learner.Correctly(QuestionOf(why, id)));
            }

            await learner.CheckAnswersButton(why).ClickAsync();
            await Expect(learner.QuizResult(why)).Not.ToBeEmptyAsync();
            await session.LeaveAsync();
            second = await session.StateAsync();
        }

        // The second session's interactions (the LMS keeps each session's) are the retried draw's, all right; the objectives are all passed now.
        second.Interactions.Select(i => i["id"]).Should().Equal(retried.Select(id => "why." + id));
        second.Objectives.Single(o => o["id"] == "QP1")["score.raw"].Should().Be("100");

        // A third launch shows the retried draw again.
        await using (var session = await LmsSession.OpenAsync(fixture, package, As(LmsLaunch.Resume(package, second), learnerId)))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            await learner.OpenFromTocAsync(why);
            (await ShownAsync(learner, why)).Should().Equal(retried);
        }
    }

    [Fact]
    public async Task In_scorm_2004_the_interactions_and_objectives_are_the_shown_questions_too()
    {
        var package = await fixture.CourseAsync(Path.Combine(RepositoryPaths.Root, "samples", Sample), Sample + "-2004", o => o with { Target = PackageTarget.Scorm2004 });
        var (launch, _) = LmsLaunch.Moodle2004(package);
        launch = launch with { Values = new Dictionary<string, string>(launch.Values) { ["cmi.learner_id"] = "learner-7" } };
        IReadOnlyList<string> shown;
        SectionData why;
        LmsState state;
        await using (var session = await LmsSession.OpenAsync(fixture, package, launch))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            why = learner.Course.Sections.Single(s => s.Id == "why");
            shown = await ShownAsync(learner, why);
            shown.Should().HaveCount(4);
            await AnswerFirstWronglyAndCheckAsync(learner, why, shown);
            await session.LeaveAsync();
            state = await session.StateAsync();
            session.PageErrors.Should().BeEmpty();
        }

        state.Interactions.Select(i => i["id"]).Should().Equal(shown.Select(id => "why." + id));
        state.Interactions.Select(i => i["result"]).Should().Equal(shown.Select(id => id == shown[0] ? "incorrect" : "correct"));
        var on = shown.Where(id => QuestionOf(why, id).Outcomes.Contains("QP1")).ToList();
        var objective = state.Objectives.Single(o => o["id"] == "QP1");
        decimal.Parse(objective["score.raw"], CultureInfo.InvariantCulture).Should().Be(Math.Round(100m * on.Count(id => id != shown[0]) / on.Count, 2));
    }
}
