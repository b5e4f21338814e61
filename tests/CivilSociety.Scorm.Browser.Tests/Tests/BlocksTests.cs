using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// The designer's blocks (samples/blocks, docs/blocks.md) in Chromium, as a learner meets them: axe-clean with every
/// block open, operated with the keyboard only (Tab, arrows, Enter, Space, Escape), mirrored in the Arabic section,
/// the video's captions on. Screenshots of each block section go to artifacts/ (blocks-*.png).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BlocksTests(BrowserFixture fixture)
{
    private Task<ScormPackage> SampleAsync() =>
        fixture.CourseAsync(Path.Combine(RepositoryPaths.Root, "samples", "blocks"), "blocks");

    private static async Task<(LmsSession Session, Learner Learner)> OpenAsync(BrowserFixture fixture, ScormPackage package, string sectionId, int width = 1280, int height = 800)
    {
        var session = await LmsSession.OpenAsync(fixture, package, width: width, height: height);
        var learner = await Learner.InAsync(session.Sco);
        await learner.ExpectShownAsync(learner.Course.Sections[0]);
        await learner.OpenSectionAsync(learner.Course.Sections.Single(s => s.Id == sectionId));
        return (session, learner);
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(360, 740)]
    public async Task Every_block_section_is_axe_clean_with_its_panels_and_popovers_open(int width, int height)
    {
        var package = await SampleAsync();
        var (session, learner) = await OpenAsync(fixture, package, "callouts", width, height);
        await using var _ = session;
        var found = new List<string>();
        foreach (var section in learner.Course.Sections)
        {
            await learner.OpenSectionAsync(section);
            var shown = learner.Section(section);
            foreach (var details in await shown.Locator("details.accordion-panel").AllAsync())
            {
                await details.Locator("summary").ClickAsync();
            }

            if (await shown.Locator(".tabs-label").CountAsync() > 1)
            {
                await shown.Locator(".tabs-label").Nth(1).ClickAsync();
            }

            found.AddRange((await Axe.RunAsync(session.Sco, allRules: true)).Select(v => $"[{section.Id}] {v}"));
            if (await shown.Locator("button.term").CountAsync() > 0)
            {
                await shown.Locator("button.term").First.ClickAsync();
                found.AddRange((await Axe.RunAsync(session.Sco, allRules: true)).Select(v => $"[{section.Id}, term open] {v}"));
                await session.Page.Keyboard.PressAsync("Escape");
            }

            await session.ScreenshotAsync($"blocks-{section.Id}-{width}x{height}");
        }

        found.Should().BeEmpty();
    }

    [Fact]
    public async Task An_accordion_panel_opens_and_closes_with_Enter_and_Space()
    {
        var package = await SampleAsync();
        var (session, learner) = await OpenAsync(fixture, package, "reveals");
        await using var _ = session;
        var panel = session.Sco.Locator("#s-reveals details.accordion-panel").First;
        var summary = panel.Locator("summary");

        await summary.FocusAsync();
        await Expect(panel.Locator(".accordion-body")).ToBeHiddenAsync();
        await session.Page.Keyboard.PressAsync("Enter");
        await Expect(panel).ToHaveAttributeAsync("open", "");
        await Expect(panel.Locator(".accordion-body")).ToBeVisibleAsync();
        await session.Page.Keyboard.PressAsync(" ");
        await Expect(panel).Not.ToHaveAttributeAsync("open", "");
        await session.Page.Keyboard.PressAsync("Tab");
        (await session.Sco.EvaluateAsync<string>("() => document.activeElement.closest('details') === document.querySelectorAll('#s-reveals details')[1] ? 'next' : document.activeElement.outerHTML"))
            .Should().Be("next", "Tab moves to the next panel's heading");
    }

    [Theory]
    [InlineData("reveals", "ArrowRight")]
    [InlineData("arabic", "ArrowLeft")]
    public async Task Arrow_keys_move_between_tabs_and_show_only_the_chosen_panel(string sectionId, string forward)
    {
        var package = await SampleAsync();
        var (session, _) = await OpenAsync(fixture, package, sectionId);
        await using var __ = session;
        var tabs = session.Sco.Locator($"#s-{sectionId} .tabs");
        var panels = tabs.Locator(".tabs-panel");

        await Expect(panels.Nth(0)).ToBeVisibleAsync();
        await Expect(panels.Nth(1)).ToBeHiddenAsync();
        await tabs.Locator("input[type=radio]").First.FocusAsync();
        await session.Page.Keyboard.PressAsync(forward);

        await Expect(tabs.Locator("input[type=radio]").Nth(1)).ToBeCheckedAsync();
        await Expect(tabs.Locator("input[type=radio]").Nth(1)).ToBeFocusedAsync();
        await Expect(panels.Nth(0)).ToBeHiddenAsync();
        await Expect(panels.Nth(1)).ToBeVisibleAsync();
        var focus = await tabs.Locator(".tabs-label").Nth(1).EvaluateAsync<string>("l => getComputedStyle(l).outlineStyle");
        focus.Should().Be("solid", "the focused tab shows its focus");
    }

    [Fact]
    public async Task A_glossary_term_opens_its_definition_with_Enter_and_closes_with_Escape()
    {
        var package = await SampleAsync();
        var (session, _) = await OpenAsync(fixture, package, "callouts");
        await using var __ = session;
        var term = session.Sco.Locator("#s-callouts button.term").First;
        var popover = session.Sco.Locator("#" + await term.GetAttributeAsync("popovertarget"));

        await term.FocusAsync();
        await session.Page.Keyboard.PressAsync("Enter");
        await Expect(popover).ToBeVisibleAsync();
        await Expect(popover).ToContainTextAsync("A part of a section written between");
        (await term.EvaluateAsync<bool>("b => b.matches(':focus')")).Should().BeTrue();
        await session.Page.Keyboard.PressAsync("Escape");
        await Expect(popover).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_arabic_section_mirrors_its_blocks_and_the_video_shows_captions()
    {
        var package = await SampleAsync();
        var (session, learner) = await OpenAsync(fixture, package, "arabic", 360, 740);
        await using var _ = session;
        var callout = session.Sco.Locator("#s-arabic .callout").First;
        var box = (await callout.BoundingBoxAsync())!;
        var border = await callout.EvaluateAsync<string>("c => getComputedStyle(c).borderRightWidth");

        border.Should().Be("6px", "the callout's coloured edge starts on the right in right-to-left text");
        var labels = session.Sco.Locator("#s-arabic .tabs-label");
        (await labels.Nth(0).BoundingBoxAsync())!.X.Should().BeGreaterThan((await labels.Nth(1).BoundingBoxAsync())!.X, "the first tab is on the right");
        (await session.Sco.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(360);
        box.Width.Should().BeGreaterThan(0);
        await session.ScreenshotAsync("blocks-arabic-rtl-360x740");

        await learner.OpenSectionAsync(learner.Course.Sections.Single(s => s.Id == "media"));
        var mode = await session.Sco.Locator("#s-media video").EvaluateAsync<string>(
            "v => new Promise(done => { const t = v.textTracks[0]; if (t.mode === 'showing') done(t.mode); else setTimeout(() => done(t.mode), 500); })");
        mode.Should().Be("showing", "the captions are on by default");
    }
}
