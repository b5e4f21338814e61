using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// What the accessibility audit advised (issue 25): move buttons named by their item, one announcement per Check,
/// and "Try again" keeping the right answers.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class QuizReviewAccessibilityTests(BrowserFixture fixture)
{
    private Task<ScormPackage> EveryTypeAsync() =>
        fixture.CourseAsync(Path.Combine(RepositoryPaths.Root, "samples", "every-question-type"), "every-question-type");

    private static SectionData SequenceSection(Learner learner) =>
        learner.Course.SectionsWithQuiz.First(s => s.Quiz!.Questions.Any(q => q.Type == "sequencing"));

    [Fact]
    public async Task Each_move_button_of_a_sequence_is_named_by_its_item()
    {
        await using var session = await LmsSession.OpenAsync(fixture, await EveryTypeAsync());
        var learner = await Learner.InAsync(session.Sco);
        var section = SequenceSection(learner);
        await learner.OpenSectionAsync(section);
        var question = learner.Question(section, section.Quiz!.Questions.First(q => q.Type == "sequencing"));

        var names = await question.Locator(".move-up, .move-down").EvaluateAllAsync<string[]>("bs => bs.map(b => b.getAttribute('aria-label'))");
        names.Should().OnlyHaveUniqueItems("every move button says which item it moves").And.HaveCountGreaterThan(2);
        var firstText = (await question.Locator(".sequence-text").First.TextContentAsync())!.Trim();
        var prefix = learner.Course.String("moveUp").Replace("{item}", firstText, StringComparison.Ordinal);
        await Expect(question.Locator(".sequence-item").First.Locator(".move-up")).ToHaveAttributeAsync("aria-label", prefix);
    }

    [Fact]
    public async Task One_check_announces_once_in_a_single_live_region_per_quiz()
    {
        await using var session = await LmsSession.OpenAsync(fixture, await EveryTypeAsync());
        var learner = await Learner.InAsync(session.Sco);
        var section = SequenceSection(learner);
        await learner.OpenSectionAsync(section);

        var live = learner.Quiz(section).Locator("[aria-live], [role=status], [role=alert]");
        await Expect(live).ToHaveCountAsync(1);
        await Expect(live).ToHaveClassAsync("quiz-result");
        await Expect(live).ToHaveAttributeAsync("aria-live", "polite");
    }

    [Fact]
    public async Task Try_again_keeps_the_right_answers_and_clears_the_wrong_ones()
    {
        await using var session = await LmsSession.OpenAsync(fixture, await EveryTypeAsync());
        var learner = await Learner.InAsync(session.Sco);
        var section = SequenceSection(learner);
        var questions = section.Quiz!.Questions;
        var right = questions.First(q => q.IsChoice);
        var wrong = questions.Last(q => q.IsChoice && q != right);
        await learner.OpenSectionAsync(section);
        await learner.AnswerAsync(section, right, Learner.Correctly(right));
        await learner.AnswerAsync(section, wrong, Learner.Wrongly(wrong));
        await learner.CheckAnswersButton(section).ClickAsync();
        await Expect(learner.Question(section, right)).ToHaveAttributeAsync("data-state", "correct");

        await learner.TryAgainButton(section).ClickAsync();

        (await learner.ReadAnswerAsync(section, right)).Should().BeEquivalentTo(Learner.Correctly(right), "a right answer is kept for the next attempt");
        (await learner.ReadAnswerAsync(section, wrong)).Should().BeEmpty("a wrong answer is cleared");
    }

    [Fact]
    public async Task After_check_the_answers_stay_focusable_but_unchangeable_and_a_choice_is_described_by_its_feedback()
    {
        await using var session = await LmsSession.OpenAsync(fixture, await EveryTypeAsync());
        var learner = await Learner.InAsync(session.Sco);
        var section = learner.Course.SectionsWithQuiz.First(s => s.Quiz!.Questions.Any(q => q.Id == "q-clouds"));
        await learner.OpenSectionAsync(section);
        var question = learner.Question(section, section.Quiz!.Questions.First(q => q.Id == "q-clouds"));
        var chosen = question.GetByLabel("Evaporation", new() { Exact = true });
        await chosen.CheckAsync();
        await learner.CheckAnswersButton(section).ClickAsync();
        await Expect(question).ToHaveAttributeAsync("data-state", "incorrect");

        (await chosen.EvaluateAsync<bool>("e => e.disabled")).Should().BeFalse("a reviewed answer stays in the tab order");
        await Expect(chosen).ToHaveAttributeAsync("aria-disabled", "true");
        await chosen.FocusAsync();
        await Expect(chosen).ToBeFocusedAsync();
        await session.Page.Keyboard.PressAsync("ArrowDown");
        await question.GetByText("Collection", new() { Exact = true }).ClickAsync(new() { Force = true });
        await Expect(chosen).ToBeCheckedAsync();
        (await question.Locator("input:checked").CountAsync()).Should().Be(1, "the checked answer cannot be changed");

        var described = await chosen.GetAttributeAsync("aria-describedby");
        described.Should().NotBeNullOrEmpty("the choice's feedback is tied to its input");
        var feedback = question.Locator("#" + described);
        await Expect(feedback).ToBeVisibleAsync();
        await Expect(feedback).ToContainTextAsync("Evaporation turns water into vapour");
    }

    [Fact]
    public async Task After_check_a_matching_list_stays_focusable_but_a_key_press_or_a_click_changes_nothing_until_try_again()
    {
        await using var session = await LmsSession.OpenAsync(fixture, await EveryTypeAsync());
        var learner = await Learner.InAsync(session.Sco);
        var section = learner.Course.SectionsWithQuiz.First(s => s.Quiz!.Questions.Any(q => q.Type == "matching"));
        var matching = section.Quiz!.Questions.First(q => q.Type == "matching");
        await learner.OpenSectionAsync(section);
        await learner.AnswerAsync(section, matching, Learner.Wrongly(matching));
        await learner.CheckAnswersButton(section).ClickAsync();
        var question = learner.Question(section, matching);
        await Expect(question).ToHaveAttributeAsync("data-state", "incorrect");

        // A list whose value is not its last option, so that ArrowDown would pick another one.
        var index = await question.Locator("select[data-item]").EvaluateAllAsync<int>(
            "ss => ss.findIndex(s => s.selectedIndex < s.options.length - 1)");
        index.Should().BeGreaterThanOrEqualTo(0);
        var select = question.Locator("select[data-item]").Nth(index);
        var value = await select.InputValueAsync();
        (await select.EvaluateAsync<bool>("e => e.disabled")).Should().BeFalse("a reviewed answer stays in the tab order");
        await Expect(select).ToHaveAttributeAsync("aria-disabled", "true");
        var recorded = await session.StateAsync();
        await select.FocusAsync();
        await Expect(select).ToBeFocusedAsync();
        await session.Page.Keyboard.PressAsync("ArrowDown");

        await Expect(select).ToHaveValueAsync(value);
        var after = await session.StateAsync();
        after["cmi.suspend_data"].Should().Be(recorded["cmi.suspend_data"], "a refused change is not saved");
        after.Interactions.Select(i => i.GetValueOrDefault("student_response")).Should().Equal(
            recorded.Interactions.Select(i => i.GetValueOrDefault("student_response")), "nor recorded as a response");
        (await UnderThePointerAsync(select)).Should().BeFalse("a click on a checked list reaches nothing that opens it");

        await learner.TryAgainButton(section).ClickAsync();
        await Expect(select).ToHaveAttributeAsync("aria-disabled", "false");
        (await UnderThePointerAsync(select)).Should().BeTrue("after Try again the mouse opens the list");
        var cleared = await select.InputValueAsync(); // the wrong pair is cleared
        await select.FocusAsync();
        await session.Page.Keyboard.PressAsync("ArrowDown");
        await Expect(select).Not.ToHaveValueAsync(cleared);
    }

    /// <summary>Whether a click at the middle of the element reaches it (what the browser hit-tests there).</summary>
    private static async Task<bool> UnderThePointerAsync(ILocator element)
    {
        await element.ScrollIntoViewIfNeededAsync();
        return await element.EvaluateAsync<bool>(
            "e => { const r = e.getBoundingClientRect(); return e.ownerDocument.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === e; }");
    }
}
