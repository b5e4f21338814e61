using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using CivilSociety.Scorm.Cli.Preview;
using FluentAssertions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// <c>civil-scorm preview</c>'s server, in-process on a free port, opened in headless Chromium: the course runs
/// in the emulator's frame against its own SCORM 1.2 API, every call is logged, and a change to a file rebuilds
/// the course (or shows the diagnostics when it no longer builds).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PreviewTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Preview_runs_the_course_in_the_emulator_logs_LMSInitialize_and_rebuilds_on_change()
    {
        var course = Path.Combine(fixture.WorkRoot, "preview-course");
        CopyDirectory(Path.Combine(RepositoryPaths.Root, "samples", "minimal-en"), course);
        await using var server = await PreviewServer.StartAsync(course, port: 0, TextWriter.Null);
        server.Url.Host.Should().Be("127.0.0.1");

        // No CSP bypass: the emulator page and the package must work under their own policies.
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        await page.GotoAsync(server.Url.ToString());

        var sco = page.FrameLocator("#sco");
        await Expect(sco.Locator("h1").First).ToContainTextAsync("Reading a Map");
        await Expect(page.Locator("#call-log li[data-method='LMSInitialize']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#call-log li[data-method='LMSInitialize']")).ToContainTextAsync("\"true\"");
        await Expect(page.Locator("#cmi-state tr[data-element='cmi.core.lesson_status'] td").Nth(1)).ToHaveTextAsync("incomplete");
        await Expect(page.Locator("#cmi-state tr[data-element='cmi.student_data.mastery_score'] td").Nth(1)).ToHaveTextAsync("80");

        // A broken save: the page shows the diagnostics instead of the course.
        var section = Path.Combine(course, "sections", "01-orientation.md");
        var original = await File.ReadAllTextAsync(section);
        await File.WriteAllTextAsync(section, original + "\n<script>alert(1)</script>\n");
        await Expect(page.Locator("#diagnostics-text")).ToContainTextAsync("SCO3040", new() { Timeout = 15_000 });
        await Expect(page.Locator("#sco")).ToBeHiddenAsync();

        // Fixed: the course is back, launched again.
        await File.WriteAllTextAsync(section, original);
        await Expect(page.Locator("#build-status")).ToContainTextAsync("ok", new() { Timeout = 15_000 });
        await Expect(sco.Locator("h1").First).ToContainTextAsync("Reading a Map");
        await Expect(page.Locator("#call-log li[data-method='LMSInitialize']")).ToHaveCountAsync(2);

        // Relaunch: the previous session ends (LMSFinish from the course, or the emulator ends it), a new one starts.
        await page.GetByRole(AriaRole.Button, new() { Name = "Relaunch" }).ClickAsync();
        await Expect(page.Locator("#call-log li[data-method='LMSInitialize']")).ToHaveCountAsync(3);
        errors.Should().BeEmpty();
    }

    [Fact]
    public async Task The_emulators_api_is_strict_scorm_12()
    {
        var course = Path.Combine(fixture.WorkRoot, "preview-strict");
        CopyDirectory(Path.Combine(RepositoryPaths.Root, "samples", "minimal-en"), course);
        await using var server = await PreviewServer.StartAsync(course, port: 0, TextWriter.Null);
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.Url.ToString());
        await Expect(page.Locator("#call-log li[data-method='LMSInitialize']")).ToHaveCountAsync(1);

        // The emulator's own API, driven directly: the course's frame emptied first, then a session of our own.
        var results = await page.EvaluateAsync<string[]>("""
            () => {
              const api = window.API, out = [];
              const call = (label, f) => { const r = f(); out.push(label + '=' + r + '/' + api.LMSGetLastError()); };
              return new Promise(resolve => {
                document.getElementById('sco').src = 'about:blank';
                setTimeout(() => {
                  window.civilScormPreview.newSession();
                  {
                    call('get-before-init', () => api.LMSGetValue('cmi.core.lesson_status'));
                    call('init-arg', () => api.LMSInitialize('x'));
                    call('init', () => api.LMSInitialize(''));
                    call('init-twice', () => api.LMSInitialize(''));
                    call('set-read-only', () => api.LMSSetValue('cmi.core.student_id', 'x'));
                    call('get-write-only', () => api.LMSGetValue('cmi.core.exit'));
                    call('bad-vocabulary', () => api.LMSSetValue('cmi.core.lesson_status', 'done'));
                    call('not-attempted', () => api.LMSSetValue('cmi.core.lesson_status', 'not attempted'));
                    call('score-range', () => api.LMSSetValue('cmi.core.score.raw', '101'));
                    call('unknown', () => api.LMSGetValue('cmi.core.nonsense'));
                    call('keyword', () => api.LMSSetValue('cmi.core._children', 'x'));
                    call('no-children', () => api.LMSGetValue('cmi.core.lesson_status._children'));
                    call('long-suspend', () => api.LMSSetValue('cmi.suspend_data', 'x'.repeat(4097)));
                    call('skip-index', () => api.LMSSetValue('cmi.interactions.1.id', 'q1'));
                    call('interaction', () => api.LMSSetValue('cmi.interactions.0.id', 'q1'));
                    call('count', () => api.LMSGetValue('cmi.interactions._count'));
                    call('session-time', () => api.LMSSetValue('cmi.core.session_time', '0000:01:30.5'));
                    call('status', () => api.LMSSetValue('cmi.core.lesson_status', 'passed'));
                    call('finish', () => api.LMSFinish(''));
                    call('after-finish', () => api.LMSGetValue('cmi.core.lesson_status'));
                    call('error-string', () => api.LMSGetErrorString('405'));
                    resolve(out);
                  }
                }, 300);
              });
            }
            """);

        results.Should().Equal(
            "get-before-init=/301", "init-arg=false/201", "init=true/0", "init-twice=false/101",
            "set-read-only=false/403", "get-write-only=/404", "bad-vocabulary=false/405", "not-attempted=false/405",
            "score-range=false/405", "unknown=/201", "keyword=false/402", "no-children=/202", "long-suspend=false/405",
            "skip-index=false/201", "interaction=true/0", "count=1/0", "session-time=true/0", "status=true/0",
            "finish=true/0", "after-finish=/301", "error-string=Incorrect data type/301");
        await Expect(page.Locator("#cmi-state tr[data-element='cmi.core.total_time'] td").Nth(1))
            .ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^0000:01:3\d\.\d\d$"), new() { Timeout = 5_000 });   // + the course's own short session
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
