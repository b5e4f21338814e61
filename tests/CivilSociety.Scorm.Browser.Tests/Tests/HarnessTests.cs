using System.Text.RegularExpressions;
using System.Xml.Linq;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using Microsoft.Playwright;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// The harness checks itself with a hand-written SCO, so that a failure in the course tests points at the
/// package, not at the test LMS.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HarnessTests(BrowserFixture fixture)
{
    [Fact]
    public void Launch_href_comes_from_the_default_organizations_first_item_with_its_parameters()
    {
        var manifest = XDocument.Parse("""
            <manifest xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
              <organizations default="b">
                <organization identifier="a"><item identifier="i1" identifierref="r1"/></organization>
                <organization identifier="b">
                  <item identifier="folder"><title>Folder</title>
                    <item identifier="i2" identifierref="r2" parameters="?x=1"><adlcp:masteryscore>70</adlcp:masteryscore></item>
                  </item>
                </organization>
              </organizations>
              <resources>
                <resource identifier="r1" href="one.html"/>
                <resource identifier="r2" href="two/index.html"/>
              </resources>
            </manifest>
            """);

        var (href, mastery) = ScormPackage.FindLaunch(manifest);

        href.Should().Be("two/index.html?x=1");
        mastery.Should().Be("70");
    }

    [Fact]
    public async Task Hand_written_sco_reports_to_the_test_lms_and_every_call_is_logged()
    {
        var package = await fixture.HandWrittenPackageAsync();
        package.LaunchHref.Should().Be("sco.html?from=manifest");
        await using var session = await LmsSession.OpenAsync(fixture, package, LmsLaunch.FirstAttempt(package));
        await session.WaitForInitializedAsync();

        await Assertions.Expect(session.Sco.Locator("#who")).ToHaveTextAsync("Learner, Test / mastery 80 / ?from=manifest");
        await session.Sco.GetByRole(AriaRole.Button, new() { Name = "Finish" }).ClickAsync();
        await session.WaitForTerminatedAsync();

        var state = await session.StateAsync();
        state["cmi.core.lesson_status"].Should().Be("passed");
        state["cmi.core.score.raw"].Should().Be("85");
        state["cmi.core.student_id"].Should().Be("learner-001");
        state["cmi.core.session_time"].Should().MatchRegex(@"^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$");

        var calls = await session.CallsAsync();
        calls.Select(c => c.Method).Should().StartWith(["LMSInitialize", "LMSGetValue", "LMSSetValue", "LMSCommit"]);
        calls.Should().OnlyContain(c => c.Error == "0" && c.Threw == null);
        calls.Where(c => c.Method == "LMSSetValue").Should().OnlyContain(c => c.Result == "true");
        calls[^1].Method.Should().Be("LMSFinish");
        session.PageErrors.Should().BeEmpty();
    }

    [Fact]
    public async Task Call_log_records_refused_calls_with_their_error_codes()
    {
        var package = await fixture.HandWrittenPackageAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.WaitForInitializedAsync();

        await session.Sco.EvaluateAsync("""
            () => {
              window.parent.API.LMSSetValue('cmi.core.lesson_status', 'bogus');
              window.parent.API.LMSSetValue('cmi.core.student_id', 'me');
              window.parent.API.LMSGetValue('cmi.interactions.0.id');
              window.parent.API.LMSGetLastError();
            }
            """);

        var calls = (await session.CallsAsync()).TakeLast(4).ToList();
        calls.Select(c => (c.Method, c.Result, c.Error)).Should().Equal(
            ("LMSSetValue", "false", "405"),
            ("LMSSetValue", "false", "403"),
            ("LMSGetValue", "", "404"),
            ("LMSGetLastError", "404", "404"));
    }

    [Fact]
    public async Task Axe_finds_violations_in_a_broken_page()
    {
        var package = await fixture.HandWrittenPackageAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.Sco.EvaluateAsync("""
            () => {
              document.documentElement.removeAttribute('lang');
              document.querySelector('main').insertAdjacentHTML('beforeend', '<img src="x.png"><input type="text">');
            }
            """);

        var violations = await Axe.RunAsync(session.Sco);

        violations.Select(v => v.Id).Should().Contain(["html-has-lang", "image-alt", "label"]);
    }

    [Fact]
    public async Task Browser_turns_its_omnibox_popup_off_and_keeps_every_feature_playwright_turns_off()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("chrome://version");
        var commandLine = await page.Locator("#command_line").InnerTextAsync();

        // Chromium applies the last --disable-features only: it must hold every name an earlier one (Playwright's) gave.
        var lists = Regex.Matches(commandLine, @"--disable-features=(\S+)").Select(m => m.Groups[1].Value.Split(',')).ToList();
        lists.Should().NotBeEmpty();
        lists.SelectMany(names => names).Distinct().Should().BeSubsetOf(lists[^1],
            "a newer Playwright turns off more features: add them to BrowserFixture.PlaywrightDisabledFeatures");
        lists[^1].Should().Contain(BrowserFixture.BrowserUiFeatures);
    }
}
