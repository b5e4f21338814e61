using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Cli;

/// <summary>
/// <c>civil-scorm preview</c> as a process, the way an author runs it: it prints its address, serves the emulator
/// and the course on 127.0.0.1, and stops on SIGTERM (as on Ctrl+C) without leaving anything behind.
/// The browser side is in CivilSociety.Scorm.Browser.Tests (PreviewTests).
/// </summary>
public sealed class PreviewProcessTests
{
    [Fact]
    public async Task Preview_serves_the_emulator_and_the_course_and_stops_on_sigterm()
    {
        using var course = new CourseBuilder();
        var cli = Path.Combine(AppContext.BaseDirectory, "civil-scorm.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { cli, "preview", course.Directory, "--port", "0" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            line.Should().StartWith("preview: http://127.0.0.1:");
            var url = new Uri(line!.Split(' ')[1]);
            using var http = new HttpClient { BaseAddress = url };

            var page = await http.GetStringAsync("/");
            using var build = JsonDocument.Parse(await http.GetStringAsync("/api/build"));
            var launch = build.RootElement.GetProperty("launch").GetString()!;
            var launchPage = await http.GetAsync(launch);
            var outside = await http.GetAsync("/course/../course.yml");
            var scripts = Regex.Matches(page, "<script src=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
            var served = new List<string>();
            foreach (var script in scripts)
            {
                using var response = await http.GetAsync(script);
                served.Add($"{script} {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}");
            }

            page.Should().Contain("LMS calls");
            scripts.Should().Equal(["emulator/scorm12-data-model.js", "emulator/scorm12-api.js", "emulator/emulator.js"], "the data model, the API on it, then the page");
            served.Should().Equal(scripts.Select(script => $"{script} 200 text/javascript"));
            build.RootElement.GetProperty("ok").GetBoolean().Should().BeTrue();
            launchPage.IsSuccessStatusCode.Should().BeTrue();
            (await launchPage.Content.ReadAsStringAsync()).Should().Contain("Content-Security-Policy");
            outside.IsSuccessStatusCode.Should().BeFalse("only the package is served, never the course folder");

            Tools.Run("kill", "-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            (await Task.Run(() => process.WaitForExit(15_000))).Should().BeTrue("SIGTERM stops the preview");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
