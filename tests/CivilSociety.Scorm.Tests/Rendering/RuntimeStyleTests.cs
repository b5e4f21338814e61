using System.Text.RegularExpressions;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Resources;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Rendering;

/// <summary>The style sheet a package ships (player.css, minified) mirrors by itself in right to left: no physical left or right anywhere.</summary>
public sealed partial class RuntimeStyleTests
{
    [Fact]
    public void The_stylesheet_uses_logical_properties_only()
    {
        var css = Comment().Replace(PackagingResources.ReadText(RuntimeContract.Files.Style), "");

        var physical = css.Split('\n').Select((line, i) => (Line: i + 1, Text: line.Trim()))
            .Where(l => Physical().IsMatch(l.Text)).Select(l => $"{l.Line}: {l.Text}");

        physical.Should().BeEmpty("use margin-inline-start, inset-inline-end, text-align: start and the like");
    }

    [Fact]
    public void The_stylesheet_respects_reduced_motion_and_prints_every_section_without_the_navigation()
    {
        // The style sheet as packages ship it, minified (packaging/runtime/player.min.css): spaces are not compared.
        var css = Regex.Replace(Comment().Replace(PackagingResources.ReadText(RuntimeContract.Files.Style), ""), @"\s+", "");

        css.Should().Contain("@media(prefers-reduced-motion:reduce)");
        var print = css[css.IndexOf("@mediaprint", StringComparison.Ordinal)..];
        print.Should().Contain(".section[hidden]{display:block!important}");
        print.Should().MatchRegex(@"\.toc,[^{]*\.pager[^{]*\{display:none!important\}");
    }

    // margin-left, padding-right, border-left-color, left:, float: right, text-align: left, clear: left, 
    // border-top-left-radius, translateX(...) (its sign does not follow the direction).
    [GeneratedRegex(@"(?<![\w-])(margin|padding|border|inset|scroll-margin|scroll-padding)-(left|right)\b|(?<![\w-])(left|right)\s*:|:\s*(left|right)\b|-(top|bottom)-(left|right)-radius|translateX|\b(float|clear|text-align|caption-side)\s*:\s*(left|right)")]
    private static partial Regex Physical();

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();
}
