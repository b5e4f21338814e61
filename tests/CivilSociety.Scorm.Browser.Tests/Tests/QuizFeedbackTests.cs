using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>Quiz feedback is told in words and icons, not colour alone, and announced to screen readers.</summary>
[Collection(BrowserCollection.Name)]
public sealed class QuizFeedbackTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Correct_incorrect_and_unanswered_questions_each_show_a_word_and_an_icon_and_the_result_is_announced()
    {
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package, width: 360, height: 740);
        var learner = await Learner.InAsync(session.Sco);
        var section = learner.Course.SectionsWithQuiz.First(s => s.Quiz!.Questions.Count >= 3);
        var questions = section.Quiz!.Questions;
        await learner.OpenSectionAsync(section);
        var hiddenRegions = await learner.Quiz(section).EvaluateAsync<int>(
            "form => [...form.querySelectorAll('[aria-live]')].filter(e => getComputedStyle(e).display === 'none' || getComputedStyle(e).visibility === 'hidden').length");
        hiddenRegions.Should().Be(0, "a live region is rendered (empty) before it speaks, or screen readers miss the first message");

        await learner.AnswerQuizAsync(section, q => q == questions[0] ? Learner.Correctly(q) : q == questions[1] ? Learner.Wrongly(q) : []);

        var expected = new[] { ("correct", "correct"), ("incorrect", "incorrect"), ("unanswered", "unanswered") };
        for (var i = 0; i < expected.Length; i++)
        {
            var (state, key) = expected[i];
            var question = learner.Question(section, questions[i]);
            await Expect(question).ToHaveAttributeAsync("data-state", state);
            var status = question.Locator(".question-status");
            await Expect(status).ToHaveTextAsync(learner.Course.String(key));
            var icon = await status.EvaluateAsync<string>("e => getComputedStyle(e, '::before').content");
            icon.Should().NotBe("none", $"a {state} question has an icon besides its colour");
            var border = await question.EvaluateAsync<string>("e => getComputedStyle(e).borderStyle");
            if (state == "unanswered")
            {
                border.Should().Contain("dashed", "an unanswered question is also told apart by its dashed frame");
            }
        }

        var result = learner.QuizResult(section);
        await Expect(result).ToHaveAttributeAsync("role", "status");
        await Expect(result).ToHaveAttributeAsync("aria-live", "polite");
        await Expect(result).ToContainTextAsync(learner.Course.String("quizResult").Replace("{correct}", "1", StringComparison.Ordinal).Replace("{total}", questions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        (await result.EvaluateAsync<string>("e => getComputedStyle(e, '::before').content")).Should().NotBe("none");
    }
}
