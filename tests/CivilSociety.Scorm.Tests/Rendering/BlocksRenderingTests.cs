using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Rendering;

/// <summary>
/// The designer's blocks as built into the launch page (docs/blocks.md), from samples/blocks: the structure that
/// makes each one accessible without script, the same in every target, styled by the player's one style sheet.
/// </summary>
public sealed class BlocksRenderingTests
{
    private static readonly string Sample = Path.Combine(Repository.Root, "samples", "blocks");

    public static TheoryData<PackageTarget> Targets() => [PackageTarget.Scorm12, PackageTarget.Scorm2004, PackageTarget.Cmi5];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Every_target_carries_the_blocks_styled_by_the_players_style_sheet(PackageTarget target)
    {
        using var package = new BuiltPackage(Sample, o => o with { Target = target });
        var page = package.LaunchPage();

        page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")).Should()
            .Equal(["runtime/player.css", "runtime/course-theme.css"], "the blocks' rules are in the player's sheet; the theme's colours come after it");
        package.ReadText("runtime/player.css").Should().Contain(".tabs-panel{", "packaging/runtime/blocks.css is minified into it");
        page.QuerySelectorAll(".callout[role=note]").Should().HaveCount(6);
        page.QuerySelectorAll(".accordion details").Should().HaveCount(5);
        page.QuerySelectorAll(".tabs [role=radiogroup]").Should().HaveCount(2);
        page.QuerySelectorAll("dl.glossary dt").Should().HaveCount(3);
        page.QuerySelectorAll("video track[kind=captions]").Should().HaveCount(1);
    }

    [Fact]
    public void Every_course_ships_one_style_sheet_with_the_player_the_blocks_and_the_ending()
    {
        using var package = new BuiltPackage(Path.Combine(Repository.Root, "samples", "minimal-en"));

        package.EntryNames().Where(name => name.EndsWith(".css", StringComparison.Ordinal)).Should().Equal("runtime/player.css");
        package.LaunchPage().QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")).Should().Equal("runtime/player.css");
        package.ReadText("runtime/player.css").Should().Contain(".callout{").And.Contain(".certificate{");
    }

    [Fact]
    public void A_callout_is_a_note_named_by_its_visible_label_in_the_section_language()
    {
        using var package = new BuiltPackage(Sample);
        var page = package.LaunchPage();

        foreach (var callout in page.QuerySelectorAll(".callout"))
        {
            var label = page.GetElementById(callout.GetAttribute("aria-labelledby")!);
            label.Should().NotBeNull();
            label!.ParentElement.Should().Be(callout);
            label.TextContent.Should().NotBeEmpty();
        }

        page.QuerySelector("#s-callouts .callout-important .callout-label")!.TextContent.Should().Be("Important: Before the quiz");
        page.QuerySelector("#s-arabic .callout-note .callout-label")!.TextContent.Should().Be("ملاحظة");
    }

    [Fact]
    public void An_accordion_is_one_closed_details_per_heading_the_heading_kept_in_its_summary()
    {
        using var package = new BuiltPackage(Sample);
        var panels = package.LaunchPage().QuerySelectorAll("#s-reveals .accordion > details.accordion-panel");

        panels.Select(p => p.QuerySelector("summary > h4")?.TextContent).Should().Equal(
            "What is an accordion for?", "How does a learner open a panel?", "What does it look like in Markdown?");
        panels.Should().OnlyContain(p => !p.HasAttribute("open"));
        panels[0].QuerySelector(".accordion-body p")!.TextContent.Should().StartWith("Optional detail");
    }

    [Fact]
    public void Tabs_are_a_labelled_radio_group_whose_each_radio_names_its_panel()
    {
        using var package = new BuiltPackage(Sample);
        var page = package.LaunchPage();
        var tabs = page.QuerySelector("#s-reveals .tabs")!;
        var radios = tabs.QuerySelectorAll("input[type=radio]");
        var panels = tabs.QuerySelectorAll(".tabs-panel");

        tabs.QuerySelector("[role=radiogroup]")!.GetAttribute("aria-label").Should().Be("Tabs");
        radios.Should().HaveCount(3);
        radios.Select(r => r.GetAttribute("name")).Distinct().Should().ContainSingle();
        radios.Select(r => r.HasAttribute("checked")).Should().Equal(true, false, false);
        panels.Should().HaveCount(3);
        for (var i = 0; i < 3; i++)
        {
            var label = tabs.QuerySelector($"label[for='{radios[i].Id}']")!;
            panels[i].GetAttribute("aria-labelledby").Should().Be(label.Id);
            panels[i].ClassList.Should().Contain($"tabs-panel-{i + 1}");
        }

        tabs.QuerySelectorAll("label").Select(l => l.TextContent).Should().Equal("Before", "During", "After");
        page.QuerySelector("#s-arabic .tabs [role=radiogroup]")!.GetAttribute("aria-label").Should().Be("علامات التبويب");
    }

    [Fact]
    public void A_glossary_term_is_a_button_that_opens_its_definition_in_a_popover()
    {
        using var package = new BuiltPackage(Sample);
        var page = package.LaunchPage();
        var terms = page.QuerySelectorAll("button.term");

        terms.Select(t => t.TextContent).Should().Equal("block", "caption", "transcript");
        foreach (var term in terms)
        {
            term.GetAttribute("type").Should().Be("button");
            var popover = page.GetElementById(term.GetAttribute("popovertarget")!);
            popover.Should().NotBeNull();
            popover!.HasAttribute("popover").Should().BeTrue();
        }

        page.GetElementById(terms[1].GetAttribute("popovertarget")!)!.TextContent.Should().StartWith("Caption The words of a video");
        page.QuerySelectorAll("a[href^='glossary:']").Should().BeEmpty();
        page.QuerySelectorAll("#s-glossary dl.glossary dt").Select(t => t.TextContent).Should().Equal("Block", "Caption", "Transcript");
    }

    [Fact]
    public void Media_become_players_with_captions_a_transcript_and_visible_captions()
    {
        using var package = new BuiltPackage(Sample);
        var page = package.LaunchPage();
        var video = page.QuerySelector("#s-media figure video")!;
        var track = video.QuerySelector("track")!;
        var audio = page.QuerySelector("#s-media figure audio")!;

        video.HasAttribute("controls").Should().BeTrue();
        video.GetAttribute("aria-label").Should().Be("A short clip about captions");
        video.ParentElement!.QuerySelector("figcaption")!.TextContent.Should().Be("Captions give every learner the words of a video.");
        track.GetAttribute("srclang").Should().Be("en");
        track.HasAttribute("default").Should().BeTrue();
        package.EntryNames().Should().Contain([video.GetAttribute("src")!, track.GetAttribute("src")!]);

        audio.HasAttribute("controls").Should().BeTrue();
        var transcript = audio.ParentElement!.QuerySelector("a.media-transcript")!;
        package.ReadText(transcript.GetAttribute("href")!).Should().Contain("Two strokes of a small bell");

        var card = page.QuerySelector("#s-media a.video-card")!;
        card.GetAttribute("target").Should().Be("_blank");
        card.GetAttribute("rel").Should().Contain("noopener");
        page.QuerySelectorAll("iframe").Should().BeEmpty();
        page.QuerySelector("#s-media figure img + figcaption")!.TextContent.Should().Be("Any picture with a title gets a visible caption too.");
        page.QuerySelectorAll("p > figure").Should().BeEmpty("a figure never stands in a paragraph");
    }

    [Fact]
    public void A_quiz_may_have_its_own_title_and_the_others_keep_the_players()
    {
        using var package = new BuiltPackage(Sample);
        var page = package.LaunchPage();

        page.QuerySelector("#s-callouts form[data-quiz] h3")!.TextContent.Should().Be("Which block?");
        page.QuerySelector("#s-callouts form[data-quiz] h3")!.HasAttribute("data-string").Should().BeFalse();
        page.QuerySelector("#s-reveals form[data-quiz] h3")!.TextContent.Should().Be("Check your understanding");
    }
}
