using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Rendering;

/// <summary>
/// The ending as built into the summary panel (docs/ending.md), from samples/ending-ar: the outcome list and its
/// links written at build time in the order of cmi.objectives, the completion message, the certificate's slots, all
/// styled by the player's one style sheet.
/// </summary>
public sealed class EndingRenderingTests
{
    private static readonly string Sample = Path.Combine(Repository.Root, "samples", "ending-ar");

    public static TheoryData<PackageTarget> Targets() => [PackageTarget.Scorm12, PackageTarget.Scorm2004, PackageTarget.Cmi5];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Each_outcome_has_a_bar_its_two_states_in_the_course_language_and_links_to_the_sections_that_assess_it(PackageTarget target)
    {
        using var package = new BuiltPackage(Sample, o => o with { Target = target });
        var page = package.LaunchPage();
        var rows = page.QuerySelectorAll(".summary .ending .outcomes > li.outcome");

        rows.Should().HaveCount(2, "one row per outcome, in the order of the course data (and of cmi.objectives)");
        rows.Select(r => r.QuerySelector(".outcome-text")!.TextContent).Should().Equal("وصف مراحل دورة المياه", "شرح ما يحرك دورة المياه");
        foreach (var row in rows)
        {
            var meter = row.QuerySelector("meter")!;
            (meter.GetAttribute("min"), meter.GetAttribute("max")).Should().Be(("0", "100"));
            page.GetElementById(meter.GetAttribute("aria-labelledby")!).Should().Be(row.QuerySelector(".outcome-text"), "the bar is named by its outcome");
            row.QuerySelector(".outcome-mastered")!.TextContent.Should().Be("متقَن");
            row.QuerySelector(".outcome-not-yet")!.TextContent.Should().Be("لم يُتقَن بعد");
        }

        rows[0].QuerySelectorAll(".outcome-revisit a").Select(a => (a.GetAttribute("href"), a.TextContent)).Should().Equal(("#s-stages", "مراحل دورة المياه"));
        rows[1].QuerySelectorAll(".outcome-revisit a").Select(a => (a.GetAttribute("href"), a.TextContent)).Should().Equal(("#s-energy", "ما الذي يحرك الدورة"));
        package.EntryNames().Should().NotContain("runtime/ending.css", "packaging/runtime/ending.css is minified into runtime/player.css");
        page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")).Should().Equal("runtime/player.css", "runtime/course-theme.css");
    }

    [Fact]
    public void The_completion_message_is_rendered_Markdown()
    {
        using var package = new BuiltPackage(Sample);
        var message = package.LaunchPage().QuerySelector(".ending .completion-message")!;

        message.QuerySelector("strong")!.TextContent.Should().Be("أحسنت!");
        message.QuerySelector("script").Should().BeNull();
    }

    [Fact]
    public void The_certificate_holds_the_title_and_the_slots_the_runtime_fills_name_score_date_in_that_order()
    {
        using var package = new BuiltPackage(Sample);
        var certificate = package.LaunchPage().QuerySelector(".ending > section.certificate")!;

        certificate.QuerySelector(".certificate-title")!.TextContent.Should().Be("شهادة إتمام");
        certificate.QuerySelector(".certificate-course")!.TextContent.Should().Be("دورة المياه في الطبيعة");
        certificate.QuerySelectorAll("[data-slot]").Select(e => e.GetAttribute("data-slot")).Should().Equal("learner-name", "certificate-score", "certificate-date");
        certificate.QuerySelector("[data-slot=learner-name]")!.GetAttribute("dir").Should().Be("auto", "a Latin name in an Arabic certificate keeps its own direction");
        certificate.QuerySelector("button[data-action=print]")!.TextContent.Should().Be("اطبع الشهادة");
        package.LaunchPage().QuerySelector(".ending")!.QuerySelectorAll("[data-slot]").Should().HaveCount(3, "the runtime finds the certificate's slots by their order in the ending");
    }

    [Fact]
    public void A_course_without_a_completion_message_or_certificate_shows_only_its_outcomes()
    {
        using var package = new BuiltPackage(Path.Combine(Repository.Root, "samples", "every-question-type"));
        var page = package.LaunchPage();

        page.QuerySelector(".ending .certificate").Should().BeNull();
        page.QuerySelector(".ending .completion-message").Should().BeNull();
        page.QuerySelectorAll(".ending .outcomes > li.outcome").Should().NotBeEmpty();
    }

    [Fact]
    public void The_contents_end_with_the_summary_link_and_each_section_link_with_a_hidden_seen_marker()
    {
        using var package = new BuiltPackage(Sample);
        var toc = package.LaunchPage().QuerySelector("[data-slot=toc]")!;

        toc.LastElementChild!.ClassName.Should().Be("toc-summary");
        toc.LastElementChild.QuerySelector("a")!.GetAttribute("href").Should().Be("#summary");
        foreach (var link in toc.QuerySelectorAll("a[data-section]"))
        {
            var marker = link.LastElementChild!;
            (marker.ClassName, marker.HasAttribute("hidden"), marker.TextContent).Should().Be(("visually-hidden", true, "(تمت قراءته)"));
        }
    }
}
