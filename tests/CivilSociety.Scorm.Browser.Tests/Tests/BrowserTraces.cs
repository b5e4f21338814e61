using System.Text.Json;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// A measurement, not a test: with CIVIL_SCORM_BROWSER_TRACE naming a folder, writes Chromium traces (the DevTools
/// timeline categories: tasks, style, layout, paint, script, as the Performance panel records them) of the real
/// course (or CIVIL_SCORM_BROWSER_BENCH_COURSE's) in the test LMS, taken the way <see cref="BrowserTimings"/> takes its
/// figures: <c>launch-N.json</c>, a first launch each in a fresh context, and <c>clicks.json</c>, 20 real clicks in the
/// table of contents; <c>clicks.txt</c> lists the Event Timing entries of the slow ones and each click handler's time
/// with the part of it spent inside the LMS's API. Summarise a trace with <c>python3 scripts/trace-summary.py FILE</c>, several launches with the folder
/// (<c>--clicks</c> for the clicks): the main thread's CPU time by kind, its tasks and frames. Traces are for comparing
/// two builds' work on a shared machine, where wall-clock medians mislead.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserTraces(BrowserFixture fixture)
{
    public const string OutputVariable = "CIVIL_SCORM_BROWSER_TRACE";
    private const int Launches = 5;
    private const int Clicks = 20;

    private static readonly string[] Categories =
    [
        "devtools.timeline", "disabled-by-default-devtools.timeline", "disabled-by-default-devtools.timeline.frame",
        "blink.user_timing", "loading", "latencyInfo", "toplevel", "v8.execute", "blink", "fonts",
    ];

    [MeasurementFact(OutputVariable, "a developer (docs/benchmarks.md)")]
    public async Task Writes_traces_of_launches_and_clicks_when_asked()
    {
        var folder = Environment.GetEnvironmentVariable(OutputVariable)!;
        Directory.CreateDirectory(folder);
        var package = Environment.GetEnvironmentVariable(BrowserTimings.CourseVariable) is { Length: > 0 } courseDirectory
            ? await fixture.CourseAsync(courseDirectory, "bench-" + Path.GetFileName(Path.TrimEndingDirectorySeparator(courseDirectory)))
            : await fixture.RealCourseAsync();

        for (var i = 0; i <= Launches; i++)
        {
            // The first launch warms the server and the harness's caches: not written.
            await using var context = await fixture.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync(fixture.Server.LmsPage.ToString());
            var launch = LmsLaunch.FirstAttempt(package);
            var launchUrl = fixture.Server.PackageUrl(package.Name, package.LaunchHref).ToString();
            var trace = i > 0 ? await TraceAsync.StartAsync(fixture.Browser) : null;
            await page.EvaluateAsync(
                "config => { window.lmsHost.start(config); }",
                new { launch = launchUrl, entry = launch.Entry, masteryScore = launch.MasteryScore, values = launch.Values });
            // The set-up after the first paint too (sections put back, the model, the first commit).
            await page.WaitForFunctionAsync("() => window.lmsHost.calls().some(c => c.method === 'LMSCommit')");
            await page.WaitForTimeoutAsync(300);
            if (trace is not null)
            {
                await trace.StopAsync(Path.Combine(folder, $"launch-{i}.json"));
            }
        }

        await using var session = await LmsSession.OpenAsync(fixture, package);
        await session.WaitForInitializedAsync();
        var course = await session.CourseDataAsync();
        await session.Sco.EvaluateAsync("""
            () => {
              window.__events = [];
              new PerformanceObserver(list => {
                for (const e of list.getEntries()) if (e.interactionId) window.__events.push(`${e.name} start ${e.startTime.toFixed(1)} processing ${(e.processingEnd - e.processingStart).toFixed(1)} duration ${e.duration}`);
              }).observe({ type: 'event', durationThreshold: 16 });
              // The click handler's time, and how much of it is spent inside the LMS's API (scorm-again, the host page).
              const api = window.parent.API || window.parent.API_1484_11;
              let inLms = 0, start = 0, lmsAtStart = 0;
              for (const name of Object.keys(api)) {
                const f = api[name];
                if (typeof f !== 'function' || !/^(LMS|Get|Set|Commit)/.test(name)) continue;
                api[name] = function (...a) { const t = performance.now(); try { return f.apply(this, a); } finally { inLms += performance.now() - t; } };
              }
              document.addEventListener('click', () => { start = performance.now(); lmsAtStart = inLms; }, true);
              window.addEventListener('click', () => window.__events.push(`handler ${(performance.now() - start).toFixed(1)} ms, in the LMS API ${(inLms - lmsAtStart).toFixed(1)} ms`));
            }
            """);
        var clicks = await TraceAsync.StartAsync(fixture.Browser);
        for (var i = 1; i <= Clicks; i++)
        {
            var id = course.Sections[i % course.Sections.Count].Id;
            await RestingClick.ClickAsync(session.Sco.Locator($"[data-slot=toc] a[data-section='{id}']"));
            await session.Sco.Locator($"section[data-section='{id}']").WaitForAsync(new() { State = WaitForSelectorState.Visible });
        }

        await session.Sco.EvaluateAsync("() => new Promise(resolve => setTimeout(resolve, 500))");
        await clicks.StopAsync(Path.Combine(folder, "clicks.json"));
        await File.WriteAllLinesAsync(Path.Combine(folder, "clicks.txt"), await session.Sco.EvaluateAsync<string[]>("() => window.__events"));
    }

    /// <summary>Browser-wide tracing over CDP (every process: the renderer's main thread is what matters).</summary>
    private sealed class TraceAsync
    {
        private readonly ICDPSession cdp;
        private readonly List<JsonElement> events = [];
        private readonly TaskCompletionSource complete = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private TraceAsync(ICDPSession cdp)
        {
            this.cdp = cdp;
            cdp.Event("Tracing.dataCollected").OnEvent += (_, data) =>
            {
                if (data is { } value)
                {
                    lock (events)
                    {
                        events.AddRange(value.GetProperty("value").EnumerateArray().Select(e => e.Clone()));
                    }
                }
            };
            cdp.Event("Tracing.tracingComplete").OnEvent += (_, _) => complete.TrySetResult();
        }

        public static async Task<TraceAsync> StartAsync(IBrowser browser)
        {
            var trace = new TraceAsync(await browser.NewBrowserCDPSessionAsync());
            await trace.cdp.SendAsync("Tracing.start", new Dictionary<string, object>
            {
                ["transferMode"] = "ReportEvents",
                ["traceConfig"] = new Dictionary<string, object> { ["includedCategories"] = Categories },
            });
            return trace;
        }

        public async Task StopAsync(string path)
        {
            await cdp.SendAsync("Tracing.end");
            await complete.Task;
            await cdp.DetachAsync();
            await using var file = File.Create(path);
            await using var writer = new Utf8JsonWriter(file);
            writer.WriteStartObject();
            writer.WriteStartArray("traceEvents");
            lock (events)
            {
                foreach (var e in events)
                {
                    e.WriteTo(writer);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
    }
}
