using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using Microsoft.Playwright;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// The real course adapts to the learner's settings: 200% zoom, wider text spacing (WCAG 1.4.12), reduced motion,
/// and print (every section, no navigation chrome; the PDF is kept under artifacts/).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdaptationTests(BrowserFixture fixture)
{
    private const string ScrollsSideways = "() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1";

    [Theory]
    [InlineData(640, 400, false)]
    [InlineData(320, 640, true)]
    public async Task Zoomed_to_200_percent_or_with_wide_text_spacing_nothing_scrolls_sideways(int width, int height, bool wideSpacing)
    {
        // 1280×800 at 200% is a 640×400 CSS viewport; WCAG 1.4.12's spacing is tried on the narrowest phone.
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package, width: width, height: height);
        var learner = await Learner.InAsync(session.Sco);
        await learner.ExpectShownAsync(learner.Course.Sections[0]);
        if (wideSpacing)
        {
            await session.Sco.AddStyleTagAsync(new FrameAddStyleTagOptions
            {
                Content = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }",
            });
        }

        foreach (var section in learner.Course.Sections)
        {
            await learner.OpenSectionAsync(section);
            (await session.Sco.EvaluateAsync<bool>(ScrollsSideways)).Should().BeFalse($"section {section.Id} fits {width} px");
            var clipped = await session.Sco.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('section:not([hidden]) label, section:not([hidden]) legend, .button, .toc-toggle')].filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'hidden').map(e => e.textContent.trim())");
            clipped.Should().BeEmpty("no text is cut off");
        }

        await learner.ExpandTocAsync();
        (await session.Sco.EvaluateAsync<bool>(ScrollsSideways)).Should().BeFalse("the open contents fit too");
    }

    [Fact]
    public async Task With_reduced_motion_nothing_moves()
    {
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package, width: 360, height: 740);
        await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { ReducedMotion = ReducedMotion.Reduce });
        var learner = await Learner.InAsync(session.Sco);
        await learner.ExpectShownAsync(learner.Course.Sections[0]);

        var durations = await session.Sco.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('*')].map(e => getComputedStyle(e)).flatMap(s => [s.transitionDuration, s.animationDuration]).filter(d => d.split(',').some(x => parseFloat(x) > 0))");
        durations.Should().BeEmpty("no transition or animation runs when the learner asked for reduced motion");
    }

    [Fact]
    public async Task Printed_the_course_shows_every_section_and_no_navigation()
    {
        var package = await fixture.RealCourseAsync();
        var (context, page) = await LmsSession.OpenWithoutLmsAsync(fixture, package);
        await using var _ = context;
        var learner = await Learner.InAsync(page.MainFrame);
        await learner.ExpectShownAsync(learner.Course.Sections[0]);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var shown = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('section[data-section]')].filter(s => getComputedStyle(s).display !== 'none').map(s => s.dataset.section)");
        var chrome = await page.EvaluateAsync<string[]>(
            "() => ['.skip-link', '.toc', '.pager', '.masthead-tools', '.quiz-actions', '[data-slot=no-lms-notice]'].filter(s => [...document.querySelectorAll(s)].some(e => getComputedStyle(e).display !== 'none'))");
        var bodySize = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('section p')).fontSize)");

        shown.Should().Equal(learner.Course.Sections.Select(s => s.Id), "every section is printed, in order");
        chrome.Should().BeEmpty("the navigation is not printed");
        bodySize.Should().BeGreaterThanOrEqualTo(14, "printed text stays readable");
        await page.PdfAsync(new PagePdfOptions { Path = Path.Combine(RepositoryPaths.Artifacts, "real-course-print.pdf"), Format = "A4", PrintBackground = true });
    }
}
