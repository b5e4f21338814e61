using System.Globalization;
using System.Text.RegularExpressions;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// The ending (docs/ending.md) of samples/ending-ar in scorm-again: after a session with one outcome mastered and one
/// not, the summary shows what the runtime wrote to cmi.objectives, links back to the section to revisit, and a
/// certificate with the LMS's learner name as text, which prints on one A4 page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class EndingTests(BrowserFixture fixture)
{
    // A learner name with HTML in it: the LMS's text, shown as text.
    private const string HostileName = "<img src=x onerror=\"document.title='owned'\">Doe, Jane";

    private Task<ScormPackage> PackageAsync() =>
        fixture.CourseAsync(Path.Combine(RepositoryPaths.Root, "samples", "ending-ar"), "ending-ar");

    // W1's quiz answered rightly, W2's wrongly: 3 of 4 questions, 75 %, the course's passing score.
    private static async Task<(LmsSession Session, Learner Learner)> FinishedSessionAsync(BrowserFixture fixture, ScormPackage package)
    {
        var launch = LmsLaunch.FirstAttempt(package) with { Values = new Dictionary<string, string> { ["cmi.core.student_name"] = HostileName } };
        var session = await LmsSession.OpenAsync(fixture, package, launch);
        var learner = await Learner.InAsync(session.Sco);
        await learner.ReadWholeCourseAsync(q => q.Outcomes.Contains("W1") ? Learner.Correctly(q) : Learner.Wrongly(q));
        await learner.OpenSummaryAsync();
        return (session, learner);
    }

    [Fact]
    public async Task The_outcome_list_shows_what_cmi_objectives_holds_and_links_to_the_section_to_revisit()
    {
        var package = await PackageAsync();
        var (session, learner) = await FinishedSessionAsync(fixture, package);
        await using var _ = session;
        var state = await session.StateAsync();
        var rows = session.Sco.Locator(".ending li.outcome");

        (await rows.CountAsync()).Should().Be(2);
        for (var n = 0; n < 2; n++)
        {
            var row = rows.Nth(n);
            var id = await row.Locator(".outcome-text").GetAttributeAsync("id");
            id.Should().Be("outcome-" + state[$"cmi.objectives.{n}.id"], "the n-th row is the n-th objective");
            var shown = await row.Locator("meter").EvaluateAsync<double>("m => m.value");
            shown.Should().Be(double.Parse(state[$"cmi.objectives.{n}.score.raw"], CultureInfo.InvariantCulture));
            var mastered = state[$"cmi.objectives.{n}.status"] == "passed";
            await Expect(row.Locator(".outcome-mastered")).ToBeVisibleAsync(new() { Visible = mastered });
            await Expect(row.Locator(".outcome-not-yet")).ToBeVisibleAsync(new() { Visible = !mastered });
            await Expect(row.Locator(".outcome-revisit")).ToBeVisibleAsync(new() { Visible = !mastered });
        }

        (state["cmi.objectives.0.status"], state["cmi.objectives.1.status"]).Should().Be(("passed", "failed"));
        await Expect(session.Sco.Locator(".ending .completion-message")).ToBeVisibleAsync();
        await session.ScreenshotAsync("ending-ar-summary");

        var violations = await Axe.RunAsync(session.Sco);
        violations.Should().BeEmpty(string.Join(Environment.NewLine, violations));

        // Keyboard: the link to revisit W2 is reached with Tab and opens its section with Enter.
        var revisit = rows.Nth(1).Locator(".outcome-revisit a");
        await revisit.FocusAsync();
        await session.Page.Keyboard.PressAsync("Enter");
        await learner.ExpectShownAsync(learner.Course.Sections[1]);
        await Expect(session.Sco.Locator("[data-slot=summary]")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_certificate_shows_the_LMS_learner_name_as_text_and_prints_on_one_A4_page()
    {
        var package = await PackageAsync();
        var (session, _) = await FinishedSessionAsync(fixture, package);
        await using var __ = session;
        var certificate = session.Sco.Locator(".certificate");

        await Expect(certificate).ToBeVisibleAsync();
        // SCORM's "Last, First" printed first name first, the markup still plain text.
        await Expect(certificate.Locator(".certificate-name")).ToHaveTextAsync("Jane <img src=x onerror=\"document.title='owned'\">Doe");
        (await certificate.Locator("img").CountAsync()).Should().Be(0, "the name's HTML is never parsed");
        await Expect(certificate.Locator("[data-slot=certificate-score]")).ToHaveTextAsync("درجتك: 75%");
        (await certificate.Locator("[data-slot=certificate-date]").TextContentAsync()).Should().NotBeNullOrWhiteSpace();
        await Expect(certificate.GetByRole(AriaRole.Button, new() { Name = "اطبع الشهادة" })).ToBeVisibleAsync();
        await session.ScreenshotAsync("ending-ar-certificate");

        // Chromium prints only a top-level page: the SCO's page as it stands (scripts out, so nothing re-renders),
        // opened at the package's own address so that its style sheets load.
        var html = ScriptTag().Replace(await session.Sco.EvaluateAsync<string>("() => document.documentElement.outerHTML"), "");
        var page = await session.Context.NewPageAsync();
        await page.GotoAsync(fixture.Server.PackageUrl(package.Name, package.LaunchHref.Split('?')[0]).ToString());
        await page.SetContentAsync(html);
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        PdfPages().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count.Should().Be(1, "the certificate prints on one A4 page");
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_certificate_dates_the_completion_kept_in_the_saved_state_not_the_day_it_is_shown()
    {
        var package = await PackageAsync();
        var (session, _) = await FinishedSessionAsync(fixture, package);
        LmsState first;
        await using (session)
        {
            await session.LeaveAsync();
            first = await session.StateAsync();
        }

        // The completion day is the saved state's last field, in base 36: make it 1 March 2026, as if the learner had
        // completed the course then and came back today.
        var suspend = first["cmi.suspend_data"];
        var today = (int)(DateTime.Now.Date - DateTime.UnixEpoch).TotalDays;
        suspend.Should().EndWith("|" + ToBase36(today), "the day the course was completed is kept");
        var march = (int)(new DateTime(2026, 3, 1) - DateTime.UnixEpoch).TotalDays;
        var resumed = LmsLaunch.Resume(package, first);
        resumed = resumed with { Values = new Dictionary<string, string>(resumed.Values) { ["cmi.suspend_data"] = suspend[..suspend.LastIndexOf('|')] + "|" + ToBase36(march) } };
        await using var again = await LmsSession.OpenAsync(fixture, package, resumed);
        await (await Learner.InAsync(again.Sco)).OpenSummaryAsync();

        var expected = await again.Sco.EvaluateAsync<string>("() => new Date(Date.UTC(2026, 2, 1)).toLocaleDateString(document.documentElement.lang, { timeZone: 'UTC' })");
        await Expect(again.Sco.Locator(".certificate [data-slot=certificate-date]")).ToHaveTextAsync(expected);
    }

    private static string ToBase36(int value)
    {
        var digits = "";
        for (; value > 0; value /= 36)
        {
            digits = "0123456789abcdefghijklmnopqrstuvwxyz"[value % 36] + digits;
        }

        return digits;
    }

    [GeneratedRegex(@"<script\b[^>]*\bsrc=[^>]*>\s*</script>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"/Type\s*/Page\b(?!s)")]
    private static partial Regex PdfPages();
}
