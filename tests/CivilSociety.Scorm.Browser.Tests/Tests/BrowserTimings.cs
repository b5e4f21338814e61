using System.Globalization;
using System.Text.Json;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// A measurement, not a test: scripts/bench.sh runs it with CIVIL_SCORM_BROWSER_BENCH naming the file to write its
/// figures to (and CIVIL_SCORM_BROWSER_BENCH_COURSE, optionally, a course folder instead of the real course); in
/// the test suite it is skipped, as timings on a shared machine make poor assertions. With
/// CIVIL_SCORM_BROWSER_BENCH_LAUNCH_ONLY=1 only the launch is measured (scripts/bench.sh's synthetic course, whose
/// 300 sections would make taking the whole course a long wait). With CIVIL_SCORM_BROWSER_BENCH_TRACE naming a folder,
/// each counted launch also writes a Chromium trace there (launch-N.json: the main thread's tasks, parsing, scripts,
/// layout and paint; `python3 scripts/trace-summary.py FOLDER` sums them up), for a figure the machine's load moves less than
/// wall time; tracing slows the launch a little, so traced launches are compared with traced launches only.
/// <list type="bullet">
/// <item>Launch: from the SCO document's navigation start to the presentation of the first frame that shows a
/// section's title, as the browser reports it (Element Timing).</item>
/// <item>Switch: a table-of-contents click to the first frame produced after it (the task posted from the next
/// animation frame); and real clicks as the browser times them (Event Timing: input to the next frame presented), the
/// pointer resting on the link first, as a person's does (<see cref="RestingClick"/>).</item>
/// <item>LMSCommit calls per learner action over the whole course (<see cref="LearnerActions"/>).</item>
/// </list>
/// Nothing polls while a launch is timed: polling would compete with the page for the same main thread.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserTimings(BrowserFixture fixture)
{
    public const string OutputVariable = "CIVIL_SCORM_BROWSER_BENCH";
    public const string CourseVariable = "CIVIL_SCORM_BROWSER_BENCH_COURSE";
    public const string LaunchOnlyVariable = "CIVIL_SCORM_BROWSER_BENCH_LAUNCH_ONLY";
    public const string TraceVariable = "CIVIL_SCORM_BROWSER_BENCH_TRACE";
    private const int Launches = 15;
    private const int Switches = 40;
    private const int Clicks = 20;

    /// <summary>
    /// Runs in every document before its own scripts. In the SCO it reports the launch's marks in one console message
    /// (<see cref="LaunchReport"/>) once the first shown section's title is painted (Element Timing: the title is tagged
    /// when its section is shown, before any frame can paint it), or, without that report, one second after the frame
    /// following the section being shown. The harness waits for that message rather than evaluating anything in the SCO:
    /// its first evaluation there makes Playwright compile its own helper script in the page, which ran, as soon as the
    /// first frame was committed, on a core the frame's raster needed (1 to 4 ms of the main thread's CPU, traced).
    /// It watches the page only from the end of parsing (<c>readystatechange</c> to <c>interactive</c>): the player is a
    /// deferred script, run after that, and no section is shown before it runs. Watching the parser's every node as well
    /// (as until issue 23) cost 3 ms of the main thread for the real course and 12 ms for the 300-section one, a cost
    /// of the measurement, not of the page; the moment measured is the same.
    /// </summary>
    private const string MarkFirstSectionPainted = """
        (() => {
          if (!location.pathname.startsWith('/packages/')) return;
          const marks = { shownMs: null, paintedMs: null, titlePaintedMs: null };
          let reported = false;
          const finish = () => {
            if (reported) return;
            reported = true;
            const navigation = performance.getEntriesByType('navigation')[0];
            const fcp = performance.getEntriesByName('first-contentful-paint')[0];
            console.debug('bench-launch ' + JSON.stringify({
              responseEnd: navigation.responseEnd, domContentLoaded: navigation.domContentLoadedEventEnd,
              shown: marks.shownMs, painted: marks.paintedMs, fcp: fcp ? fcp.startTime : -1,
              titlePainted: marks.titlePaintedMs === null ? -1 : marks.titlePaintedMs,
            }));
          };
          new PerformanceObserver(list => {
            for (const entry of list.getEntries()) {
              if (entry.identifier === 'bench-section-title' && marks.titlePaintedMs === null) {
                marks.titlePaintedMs = entry.renderTime || entry.loadTime;
                if (marks.paintedMs !== null) finish();
              }
            }
          }).observe({ type: 'element', buffered: true });
          // A section parsed with the page or put back by the player (its title comes inside it), once shown.
          const markShown = () => {
            const title = document.querySelector('section[data-section]:not([hidden]) > h2');
            if (!title) return false;
            title.setAttribute('elementtiming', 'bench-section-title');
            marks.shownMs = performance.now();
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => {
                marks.paintedMs = performance.now();
                if (marks.titlePaintedMs !== null) finish(); else setTimeout(finish, 1000);
              };
              channel.port2.postMessage(0);
            });
            return true;
          };
          document.addEventListener('readystatechange', () => {
            if (document.readyState !== 'interactive' || markShown()) return;
            const observer = new MutationObserver(() => { if (markShown()) observer.disconnect(); });
            observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] });
          });
        })();
        """;

    /// <summary>The start of the SCO's console message that carries the launch's marks, as JSON.</summary>
    private const string LaunchReport = "bench-launch ";


    private const string SwitchAndWaitForFrame = """
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

    /// <summary>Event Timing reports interactions from 16 ms on (in steps of 8 ms); faster ones are not reported.</summary>
    private const string ObserveSlowInteractions = """
        () => {
          window.__slowInteractions = new Map();
          new PerformanceObserver(list => {
            for (const entry of list.getEntries()) {
              if (entry.interactionId) window.__slowInteractions.set(entry.interactionId, Math.max(entry.duration, window.__slowInteractions.get(entry.interactionId) || 0));
            }
          }).observe({ type: 'event', durationThreshold: 16 });
        }
        """;

    [MeasurementFact(OutputVariable)]
    public async Task Measures_launch_section_switch_and_commits_when_asked()
    {
        var output = Environment.GetEnvironmentVariable(OutputVariable)!;

        var package = Environment.GetEnvironmentVariable(CourseVariable) is { Length: > 0 } courseDirectory
            ? await fixture.CourseAsync(courseDirectory, "bench-" + Path.GetFileName(Path.TrimEndingDirectorySeparator(courseDirectory)))
            : await fixture.RealCourseAsync();

        // The first launch warms the server and the browser's caches of the harness: not counted.
        var launches = new List<LaunchMarks>();
        for (var i = 0; i <= Launches; i++)
        {
            var marks = await LaunchAsync(package, i > 0 ? TracePath(i) : null);
            if (i > 0)
            {
                launches.Add(marks);
            }
        }

        var launchFigures = new Dictionary<string, double>
        {
            ["launch_ms"] = Percentile([.. launches.Select(l => l.TitlePainted)], 50),
            ["launch_p90_ms"] = Percentile([.. launches.Select(l => l.TitlePainted)], 90),
            ["launch_response_end_ms"] = Percentile([.. launches.Select(l => l.ResponseEnd)], 50),
            ["launch_dom_content_loaded_ms"] = Percentile([.. launches.Select(l => l.DomContentLoaded)], 50),
            ["launch_section_shown_ms"] = Percentile([.. launches.Select(l => l.Shown)], 50),
            ["launch_frame_after_shown_ms"] = Percentile([.. launches.Select(l => l.Painted)], 50),
            ["first_contentful_paint_ms"] = Percentile([.. launches.Select(l => l.FirstContentfulPaint)], 50),
        };
        if (Environment.GetEnvironmentVariable(LaunchOnlyVariable) == "1")
        {
            await WriteAsync(output, launchFigures);
            return;
        }

        var (switches, slowClicks) = await SwitchesAsync(package);
        IReadOnlyList<LearnerAction> actions;
        await using (var session = await LmsSession.OpenAsync(fixture, package))
        {
            await session.WaitForInitializedAsync();
            actions = await LearnerActions.TakeCourseAsync(session, await Learner.InAsync(session.Sco));
        }

        var figures = new Dictionary<string, double>(launchFigures)
        {
            ["switch_ms"] = Percentile(switches, 50),
            ["switch_p90_ms"] = Percentile(switches, 90),
            ["switch_clicks"] = Clicks,
            ["switch_clicks_over_16ms"] = slowClicks.Count,
            ["switch_slowest_click_ms"] = slowClicks.Count == 0 ? 0 : slowClicks.Max(),
            ["commits_per_action_max"] = actions.Max(a => a.Commits),
            ["actions"] = actions.Count,
        };
        await WriteAsync(output, figures);
    }

    private static Task WriteAsync(string output, Dictionary<string, double> figures) =>
        File.WriteAllLinesAsync(output, figures.Select(f => $"{f.Key} {f.Value.ToString("0.#", CultureInfo.InvariantCulture)}"));

    /// <summary>Milliseconds from the SCO document's navigation start.</summary>
    /// <param name="TitlePainted">When the first section's title was presented (Element Timing), else <paramref name="Painted"/>.</param>
    private sealed record LaunchMarks(double ResponseEnd, double DomContentLoaded, double Shown, double Painted, double FirstContentfulPaint, double TitlePainted);

    /// <summary>Where launch <paramref name="i"/>'s trace goes, when traces are asked for.</summary>
    private static string? TracePath(int i) =>
        Environment.GetEnvironmentVariable(TraceVariable) is { Length: > 0 } folder
            ? Path.Combine(Directory.CreateDirectory(folder).FullName, $"launch-{i}.json")
            : null;

    private async Task<LaunchMarks> LaunchAsync(ScormPackage package, string? tracePath = null)
    {
        await using var context = await fixture.NewContextAsync();
        await context.AddInitScriptAsync(MarkFirstSectionPainted);
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Server.LmsPage.ToString());
        var launch = LmsLaunch.FirstAttempt(package);
        var launchUrl = fixture.Server.PackageUrl(package.Name, package.LaunchHref).ToString();
        var report = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Console += (_, message) =>
        {
            if (message.Text.StartsWith(LaunchReport, StringComparison.Ordinal))
            {
                report.TrySetResult(message.Text[LaunchReport.Length..]);
            }
        };
        var trace = tracePath is null ? null : await LaunchTrace.StartAsync(fixture.Browser);

        await page.EvaluateAsync(
            "config => { window.lmsHost.start(config); }",
            new { launch = launchUrl, entry = launch.Entry, masteryScore = launch.MasteryScore, values = launch.Values });
        using var marks = JsonDocument.Parse(await report.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        if (trace is not null)
        {
            // On to the course set up (the contents mark the section shown), so that the trace shows that work too.
            var sco = page.Frame("sco") ?? throw new InvalidOperationException("The LMS page has no frame named 'sco'.");
            await sco.WaitForFunctionAsync("() => !!document.querySelector('[data-slot=toc] [aria-current]')");
            await trace.StopAsync(tracePath!);
        }

        double Mark(string name) => marks.RootElement.GetProperty(name).GetDouble();
        var titlePainted = Mark("titlePainted");
        return new LaunchMarks(Mark("responseEnd"), Mark("domContentLoaded"), Mark("shown"), Mark("painted"), Mark("fcp"),
            titlePainted >= 0 ? titlePainted : Mark("painted"));
    }

    private async Task<(List<double> Switches, List<double> SlowClicks)> SwitchesAsync(ScormPackage package)
    {
        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.WaitForInitializedAsync();
        var course = await session.CourseDataAsync();
        var switches = new List<double>();
        for (var i = 1; i <= Switches; i++)
        {
            var ms = await session.Sco.EvaluateAsync<double>(SwitchAndWaitForFrame, course.Sections[i % course.Sections.Count].Id);
            switches.Add(ms >= 0 ? ms : throw new InvalidOperationException("The section clicked in the table of contents was not shown."));
        }

        await session.Sco.EvaluateAsync(ObserveSlowInteractions);
        for (var i = 1; i <= Clicks; i++)
        {
            var id = course.Sections[i % course.Sections.Count].Id;
            await RestingClick.ClickAsync(session.Sco.Locator($"[data-slot=toc] a[data-section='{id}']"));
            await session.Sco.Locator($"section[data-section='{id}']").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        }

        // Event Timing reports an interaction once its frame is presented.
        await session.Sco.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 500))");
        return (switches, [.. await session.Sco.EvaluateAsync<double[]>("() => [...window.__slowInteractions.values()]")]);
    }

    /// <summary>A Chromium trace over the browser's CDP session (Playwright .NET has no tracing of its own for it).</summary>
    private sealed class LaunchTrace
    {
        private static readonly string[] Categories =
            ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing", "loading", "toplevel", "v8.execute"];

        private readonly List<JsonElement> events = [];
        private readonly TaskCompletionSource complete = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private ICDPSession? session;

        public static async Task<LaunchTrace> StartAsync(IBrowser browser)
        {
            var trace = new LaunchTrace { session = await browser.NewBrowserCDPSessionAsync() };
            trace.session.Event("Tracing.dataCollected").OnEvent += (_, e) =>
            {
                lock (trace.events)
                {
                    trace.events.AddRange(e!.Value.GetProperty("value").EnumerateArray().Select(v => v.Clone()));
                }
            };
            trace.session.Event("Tracing.tracingComplete").OnEvent += (_, _) => trace.complete.TrySetResult();
            await trace.session.SendAsync("Tracing.start", new()
            {
                ["traceConfig"] = new Dictionary<string, object> { ["includedCategories"] = Categories },
                ["transferMode"] = "ReportEvents",
            });
            return trace;
        }

        public async Task StopAsync(string path)
        {
            await session!.SendAsync("Tracing.end");
            await complete.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await session.DetachAsync();
            await using var file = File.Create(path);
            lock (events)
            {
                JsonSerializer.Serialize(file, new Dictionary<string, List<JsonElement>> { ["traceEvents"] = events });
            }
        }
    }

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        var rank = percent / 100.0 * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }
}
