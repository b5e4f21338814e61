using System.Globalization;
using System.Text.Json;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// A measurement, not a test: scripts/bench.sh runs it with CIVIL_SCORM_BROWSER_BENCH naming the file to write its
/// figures to; in the test suite it does nothing (timings on a shared machine make poor assertions).
/// Launch: from the SCO document's navigation start to the first frame painted with a section shown. Switch: from a
/// table-of-contents click to the first frame painted after it. "After paint" is a task posted from
/// requestAnimationFrame, which runs once that frame has been produced.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserTimings(BrowserFixture fixture)
{
    public const string OutputVariable = "CIVIL_SCORM_BROWSER_BENCH";
    private const int Launches = 15;
    private const int Switches = 40;

    /// <summary>Runs in every document before its own scripts; in the SCO, marks the first section painted.</summary>
    private const string MarkFirstSectionPainted = """
        (() => {
          if (!location.pathname.startsWith('/packages/')) return;
          const marks = window.__bench = { shownMs: null, paintedMs: null };
          const check = () => {
            if (marks.shownMs !== null || !document.querySelector('section[data-section]:not([hidden])')) return;
            marks.shownMs = performance.now();
            observer.disconnect();
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => { marks.paintedMs = performance.now(); };
              channel.port2.postMessage(0);
            });
          };
          const observer = new MutationObserver(check);
          observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] });
        })();
        """;

    private const string SwitchAndWaitForPaint = """
        async (id) => {
          const link = document.querySelector(`[data-slot=toc] a[data-section="${id}"]`);
          const start = performance.now();
          link.click();
          await new Promise(resolve => requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = resolve;
            channel.port2.postMessage(0);
          }));
          const shown = !document.querySelector(`section[data-section="${id}"]`).hidden;
          return shown ? performance.now() - start : -1;
        }
        """;

    [Fact]
    public async Task Measures_launch_section_switch_and_commits_when_asked()
    {
        if (Environment.GetEnvironmentVariable(OutputVariable) is not { Length: > 0 } output)
        {
            return;
        }

        var package = await fixture.RealCourseAsync();
        var launches = new List<double>();
        var firstContentfulPaints = new List<double>();
        for (var i = 0; i <= Launches; i++)
        {
            var (painted, fcp) = await LaunchAsync(package);
            if (i > 0)
            {
                // The first launch warms the server and the browser's caches of the harness.
                launches.Add(painted);
                firstContentfulPaints.Add(fcp);
            }
        }

        var switches = new List<double>();
        await using (var session = await LmsSession.OpenAsync(fixture, package))
        {
            await session.WaitForInitializedAsync();
            var course = await session.CourseDataAsync();
            for (var i = 1; i <= Switches; i++)
            {
                var ms = await session.Sco.EvaluateAsync<double>(SwitchAndWaitForPaint, course.Sections[i % course.Sections.Count].Id);
                if (ms < 0)
                {
                    throw new InvalidOperationException("The section clicked in the table of contents was not shown.");
                }

                switches.Add(ms);
            }
        }

        IReadOnlyList<LearnerAction> actions;
        await using (var session = await LmsSession.OpenAsync(fixture, package))
        {
            await session.WaitForInitializedAsync();
            actions = await LearnerActions.TakeCourseAsync(session, await Learner.InAsync(session.Sco));
        }

        var lines = new Dictionary<string, double>
        {
            ["launch_ms"] = Percentile(launches, 50),
            ["launch_p90_ms"] = Percentile(launches, 90),
            ["fcp_ms"] = Percentile(firstContentfulPaints, 50),
            ["switch_ms"] = Percentile(switches, 50),
            ["switch_p90_ms"] = Percentile(switches, 90),
            ["commits_per_action_max"] = actions.Max(a => a.Commits),
            ["actions"] = actions.Count,
        };
        await File.WriteAllLinesAsync(output, lines.Select(l => $"{l.Key} {l.Value.ToString("0.#", CultureInfo.InvariantCulture)}"));
    }

    private async Task<(double PaintedMs, double FirstContentfulPaintMs)> LaunchAsync(ScormPackage package)
    {
        await using var context = await fixture.NewContextAsync();
        await context.AddInitScriptAsync(MarkFirstSectionPainted);
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Server.LmsPage.ToString());
        var launch = LmsLaunch.FirstAttempt(package);
        var launchUrl = fixture.Server.PackageUrl(package.Name, package.LaunchHref).ToString();
        await page.EvaluateAsync(
            "config => { window.lmsHost.start(config); }",
            new { launch = launchUrl, entry = launch.Entry, masteryScore = launch.MasteryScore, values = launch.Values });
        await page.WaitForFunctionAsync(
            "url => { const f = document.getElementById('sco'); return f.contentWindow && f.contentWindow.location.href === url && f.contentDocument.readyState === 'complete'; }",
            launchUrl);
        var sco = page.Frame("sco") ?? throw new InvalidOperationException("The LMS page has no frame named 'sco'.");
        await sco.WaitForFunctionAsync("() => window.__bench && window.__bench.paintedMs !== null", null, new FrameWaitForFunctionOptions { Timeout = 15_000 });
        var json = await sco.EvaluateAsync<string>(
            "() => JSON.stringify({ painted: window.__bench.paintedMs, fcp: (performance.getEntriesByName('first-contentful-paint')[0] || { startTime: -1 }).startTime })");
        using var marks = JsonDocument.Parse(json);
        return (marks.RootElement.GetProperty("painted").GetDouble(), marks.RootElement.GetProperty("fcp").GetDouble());
    }

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        var rank = (percent / 100.0) * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }
}
