using System.Globalization;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using Microsoft.Playwright;
using static CivilSociety.Scorm.Browser.Tests.Infrastructure.CallLogChecks;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// How answers become scores in the LMS: each outcome's exact share of points (sub-outcomes count toward their
/// parent), every outcome of a question named on its interaction, and typed Arabic answers compared after the
/// Arabic normalisation (diacritics, tatweel, alef and hamza forms, taa marbuta, alef maqsura, spaces).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class QuizScoringTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_mix_of_right_and_wrong_answers_gives_each_outcome_its_exact_share_of_the_points()
    {
        // Given the every-type sample, answered right at every other question
        var package = await fixture.CourseAsync(Path.Combine(RepositoryPaths.Root, "samples", "every-question-type"), "every-question-type");
        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);
        var course = learner.Course;
        var questions = course.Questions.ToList();
        var right = questions.Where((_, i) => i % 2 == 0).ToHashSet();

        // When the learner reads the course and exits
        await learner.ReadWholeCourseAsync(q => right.Contains(q) ? Learner.Correctly(q) : Learner.Wrongly(q));
        await learner.ExitButton.ClickAsync();
        await session.WaitForTerminatedAsync();

        // Then each objective holds the weighted share of its own and its sub-outcomes' questions
        var state = await session.StateAsync();
        var calls = await session.CallsAsync();
        var log = Describe(calls);
        ShouldBeCleanFinishedSession(calls);
        var mastery = decimal.Parse(package.MasteryScore ?? course.PassingScore.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var objectives = state.Objectives.ToDictionary(o => o["id"]);
        objectives.Keys.Should().BeEquivalentTo(course.Outcomes.Select(o => o.Id), log);
        foreach (var outcome in course.Outcomes)
        {
            var assessing = questions.Where(q => q.Outcomes.Any(id => IsWithin(course, id, outcome.Id))).ToList();
            var objective = objectives[outcome.Id];
            if (assessing.Count == 0)
            {
                objective["status"].Should().Be("incomplete", outcome.Id);
                continue;
            }

            var expected = 100m * assessing.Where(right.Contains).Sum(q => q.Weight) / assessing.Sum(q => q.Weight);
            Raw(objective["score.raw"]).Should().BeApproximately(expected, 0.01m, "{0} is assessed by {1}", outcome.Id, string.Join(", ", assessing.Select(q => q.Id)));
            objective["score.min"].Should().Be("0");
            objective["score.max"].Should().Be("100");
            objective["status"].Should().Be(expected >= mastery ? "passed" : "failed", outcome.Id);
        }

        var courseExpected = 100m * right.Sum(q => q.Weight) / questions.Sum(q => q.Weight);
        Raw(state["cmi.core.score.raw"]).Should().BeApproximately(courseExpected, 0.01m, log);
        state["cmi.core.lesson_status"].Should().Be(courseExpected >= mastery ? "passed" : "failed");

        // And every interaction names each outcome its question assesses
        var interactions = state.Interactions.ToDictionary(i => i["id"]);
        foreach (var section in course.SectionsWithQuiz)
        {
            foreach (var question in section.Quiz!.Questions)
            {
                var interaction = interactions[$"{section.Id}.{question.Id}"];
                interaction["result"].Should().Be(right.Contains(question) ? "correct" : "wrong", question.Id);
                question.Outcomes.Select((id, k) => interaction[$"objectives.{k}.id"]).Should().Equal(question.Outcomes, question.Id);
            }
        }
    }

    [Fact]
    public async Task Typed_arabic_answers_match_despite_diacritics_tatweel_hamza_and_letter_variants()
    {
        // Given a quiz of Arabic fill-in questions, each answered in a variant spelling
        var package = await fixture.CourseAsync(Path.Combine(RepositoryPaths.Root, "tests", "CivilSociety.Scorm.Browser.Tests", "TestContent", "courses", "arabic-fill-in"), "arabic-fill-in");
        var typed = new Dictionary<string, (string Text, string Result)>
        {
            ["q-diacritics"] = ("المُلاحَقَةُ القَضائيّة", "correct"),
            ["q-taa-marbuta"] = ("الملاحقه القضائيه", "correct"),
            ["q-tatweel"] = ("الملاحـــقة القضـائية", "correct"),
            ["q-hamza"] = ("اعادة الدمج", "correct"),
            ["q-alef-maqsura"] = ("علي الاقل", "correct"),
            ["q-spaces"] = ("  الوقاية ", "correct"),
            ["q-wrong"] = ("الوقاية", "wrong"),
            ["q-exact"] = ("الملاحقه القضائيه", "wrong"),
        };
        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);
        var section = learner.Course.SectionsWithQuiz.Single();

        // When the learner types them and checks the answers
        await learner.AnswerQuizAsync(section, q => [typed[q.Id].Text]);
        await learner.ExitButton.ClickAsync();
        await session.WaitForTerminatedAsync();

        // Then only the real mistakes are wrong, and the response is sent as typed (spaces trimmed)
        var state = await session.StateAsync();
        ShouldBeCleanFinishedSession(await session.CallsAsync());
        var interactions = state.Interactions.ToDictionary(i => i["id"]);
        foreach (var (question, (text, result)) in typed)
        {
            var interaction = interactions[$"{section.Id}.{question}"];
            interaction["result"].Should().Be(result, "'{0}' typed for {1}", text, question);
            interaction["type"].Should().Be("fill-in");
            interaction["student_response"].Should().Be(text.Trim(), question);
        }
    }

    [Fact]
    public async Task Attempts_used_before_a_relaunch_still_count_and_the_last_one_reveals_the_answers()
    {
        // Given the every-type sample, whose first quiz allows 3 attempts and reveals the answers after the last
        var package = await fixture.CourseAsync(Path.Combine(RepositoryPaths.Root, "samples", "every-question-type"), "every-question-type");
        SectionData section;
        LmsState first;
        await using (var session = await LmsSession.OpenAsync(fixture, package))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            section = learner.Course.SectionsWithQuiz.First();
            section.Quiz!.Attempts.Should().Be(3);

            // When the learner checks wrong answers twice and leaves
            await learner.AnswerQuizAsync(section, Learner.Wrongly);
            await TryAgainButton(learner, section).ClickAsync();
            await learner.AnswerQuizAsync(section, Learner.Wrongly);
            await session.LeaveAsync();
            first = await session.StateAsync();
        }

        LmsState second;
        await using (var session = await LmsSession.OpenAsync(fixture, package, LmsLaunch.Resume(package, first)))
        {
            // Then the relaunched quiz has one attempt left, and using it reveals the correct answers
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            var attemptsLeft = learner.Course.String("attemptsLeft").Replace("{n}", "1", StringComparison.Ordinal);
            await Expect(learner.QuizResult(section)).ToContainTextAsync(attemptsLeft);
            await TryAgainButton(learner, section).ClickAsync();
            await learner.AnswerQuizAsync(section, Learner.Wrongly);
            await Expect(learner.QuizResult(section)).ToContainTextAsync(learner.Course.String("noAttemptsLeft"));
            await Expect(TryAgainButton(learner, section)).ToBeHiddenAsync();
            (await learner.Quiz(section).Locator(".answer-key").CountAsync()).Should().BeGreaterThan(0, "the answers are revealed after the last attempt");
            await session.LeaveAsync();
            second = await session.StateAsync();
            ShouldBeCleanFinishedSession(await session.CallsAsync());
        }

        await using (var session = await LmsSession.OpenAsync(fixture, package, LmsLaunch.Resume(package, second)))
        {
            // And after another relaunch no attempt is left
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            await Expect(learner.QuizResult(section)).ToContainTextAsync(learner.Course.String("noAttemptsLeft"));
            await Expect(TryAgainButton(learner, section)).ToBeHiddenAsync();
            session.PageErrors.Should().BeEmpty();
        }
    }

    [Fact]
    public async Task A_learner_who_passed_and_tries_a_quiz_again_for_practice_stays_passed_with_the_best_score()
    {
        // Given a learner who passed the real course with every answer right
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);
        await learner.ReadWholeCourseAsync(Learner.Correctly);
        var section = learner.Course.SectionsWithQuiz.First();

        // When they try the first quiz again, answer it wrongly, and exit
        await learner.OpenFromTocAsync(section);
        await TryAgainButton(learner, section).ClickAsync();
        await learner.AnswerQuizAsync(section, Learner.Wrongly);
        await learner.ExitButton.ClickAsync();
        await session.WaitForTerminatedAsync();

        // Then the LMS keeps the pass and the score of 100, and still records the practice answers
        var state = await session.StateAsync();
        var calls = await session.CallsAsync();
        ShouldBeCleanFinishedSession(calls);
        state["cmi.core.lesson_status"].Should().Be("passed", Describe(calls));
        state["cmi.core.score.raw"].Should().Be("100");
        ValuesSet(calls, "cmi.core.lesson_status").Should().NotContain("failed");
        state.Interactions.Should().HaveCount(learner.Course.Questions.Count() + section.Quiz!.Questions.Count);
        state.Interactions.TakeLast(section.Quiz.Questions.Count).Should().OnlyContain(i => i["result"] == "wrong");
    }

    [Fact]
    public async Task A_quiz_without_its_own_pass_mark_is_passed_at_the_mastery_score_the_lms_gives()
    {
        // Given an LMS whose mastery score (100) is above the course's passing score (70)
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package, new LmsLaunch { MasteryScore = "100" });
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);
        var section = learner.Course.SectionsWithQuiz.First();
        var questions = section.Quiz!.Questions;

        // When the learner answers all but one question of the first quiz right
        await learner.AnswerQuizAsync(section, q => q == questions[^1] ? Learner.Wrongly(q) : Learner.Correctly(q));

        // Then the quiz says the pass mark is 100%, as the course result will
        var failed = learner.Course.String("quizFailed").Replace("{passing}", "100", StringComparison.Ordinal);
        await Expect(learner.QuizResult(section)).ToContainTextAsync(failed);
    }

    [Fact]
    public async Task A_passed_learner_whose_saved_state_this_version_cannot_read_keeps_the_result_the_lms_holds()
    {
        // Given a relaunch of a passed attempt whose suspend_data came from another package version
        var package = await fixture.RealCourseAsync();
        var launch = new LmsLaunch
        {
            MasteryScore = package.MasteryScore,
            Entry = "resume",
            Values = new Dictionary<string, string>
            {
                ["cmi.core.lesson_status"] = "passed",
                ["cmi.core.score.raw"] = "90",
                ["cmi.core.lesson_location"] = "the-public",
                ["cmi.suspend_data"] = "1|10101|2|old.state",
            },
        };

        // When the learner opens the course and leaves at once
        await using var session = await LmsSession.OpenAsync(fixture, package, launch);
        await session.WaitForInitializedAsync();
        var learner = await Learner.InAsync(session.Sco);
        await learner.ExpectShownAsync(learner.Course.Sections[0]);
        await session.LeaveAsync();

        // Then neither the status, the score nor the objectives were touched
        var calls = await session.CallsAsync();
        ShouldBeCleanFinishedSession(calls);
        var state = await session.StateAsync();
        state["cmi.core.lesson_status"].Should().Be("passed", Describe(calls));
        state["cmi.core.score.raw"].Should().Be("90");
        calls.Should().NotContain(c => c.Method == "LMSSetValue" && c.Args[0].StartsWith("cmi.objectives.", StringComparison.Ordinal), Describe(calls));
    }

    private static ILocator TryAgainButton(Learner learner, SectionData section) =>
        learner.Quiz(section).GetByRole(AriaRole.Button, new() { Name = learner.Course.String("tryAgain"), Exact = true });

    /// <summary>Whether outcome <paramref name="id"/> is <paramref name="ancestor"/> or one of its sub-outcomes.</summary>
    private static bool IsWithin(CourseData course, string id, string ancestor)
    {
        var parents = course.Outcomes.ToDictionary(o => o.Id, o => o.Parent);
        for (string? at = id; at is not null; at = parents.GetValueOrDefault(at))
        {
            if (at == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static decimal Raw(string value) => decimal.Parse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
