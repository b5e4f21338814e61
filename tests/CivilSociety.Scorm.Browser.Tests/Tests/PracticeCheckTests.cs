using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// Practice checks (::: check, docs/blocks.md) in samples/blocks, driven in scorm-again as a learner would: answered
/// wrongly then rightly with the keyboard, the LMS's score, status and interactions untouched, one announcement per
/// Check, axe clean, and the answer back after a relaunch (the sample's checks fit the saved state's room).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PracticeCheckTests(BrowserFixture fixture)
{
    private const string CheckForm = "#s-callouts form[data-check]";

    [Fact]
    public async Task A_check_answered_wrongly_then_rightly_changes_no_score_and_comes_back_after_a_relaunch()
    {
        var package = await fixture.CourseAsync(Path.Combine(RepositoryPaths.Root, "samples", "blocks"), "blocks");
        LmsState first;
        await using (var session = await LmsSession.OpenAsync(fixture, package))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            await learner.ExpectShownAsync(learner.Course.Sections[0]);
            var check = session.Sco.Locator(CheckForm);
            var radios = check.Locator("input[type=radio]");
            var result = check.Locator(".quiz-result");
            var page = session.Page;

            // Keyboard only: Tab into the radio group, the arrow keys choose, Tab to "Check answers", Enter.
            await radios.First.FocusAsync();
            await page.Keyboard.PressAsync("Space");
            await Expect(radios.First).ToBeCheckedAsync();
            await check.Locator(".quiz-submit").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(result).ToContainTextAsync("0 of 1 questions answered correctly");
            await Expect(check.Locator("fieldset")).ToHaveAttributeAsync("data-state", "incorrect");
            await Expect(check.Locator(".question-feedback:not([hidden])")).ToContainTextAsync("Not quite");
            (await Axe.RunAsync(session.Sco, allRules: true)).Should().BeEmpty("a checked practice check is axe clean");

            // "Try again" has the focus; Enter opens the check again, unlimited.
            await Expect(check.Locator(".quiz-retry")).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Enter");
            await radios.Nth(1).FocusAsync();
            await page.Keyboard.PressAsync("Space");
            await check.Locator(".quiz-submit").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(result).ToContainTextAsync("1 of 1 questions answered correctly");
            await Expect(check.Locator(".question-feedback:not([hidden])")).ToContainTextAsync("Yes");
            (await check.Locator("[aria-live]").CountAsync()).Should().Be(1, "one announcement per Check");

            var state = await session.StateAsync();
            state["cmi.core.score.raw"].Should().BeEmpty("a practice answer is no score");
            state["cmi.core.lesson_status"].Should().NotBe("passed").And.NotBe("failed");
            state.Interactions.Should().BeEmpty("practice writes no cmi.interactions");
            (await session.CourseDataAsync()).Sections.Should().NotBeEmpty();

            await session.LeaveAsync();
            first = await session.StateAsync();
            first["cmi.core.score.raw"].Should().BeEmpty();
            first["cmi.suspend_data"].Should().Contain("|", "the sample keeps its checks' answers after the quizzes' state");
            session.PageErrors.Should().BeEmpty();
        }

        await using (var session = await LmsSession.OpenAsync(fixture, package, LmsLaunch.Resume(package, first)))
        {
            await session.WaitForInitializedAsync();
            var learner = await Learner.InAsync(session.Sco);
            await learner.OpenSectionAsync(learner.Course.Sections.Single(s => s.Id == "callouts"));
            var check = session.Sco.Locator(CheckForm);

            await Expect(check.Locator("input[type=radio]").Nth(1)).ToBeCheckedAsync();
            await Expect(check.Locator(".quiz-result")).ToContainTextAsync("1 of 1 questions answered correctly");
            (await session.StateAsync())["cmi.core.score.raw"].Should().BeEmpty();
            session.PageErrors.Should().BeEmpty();
        }
    }
}
