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
