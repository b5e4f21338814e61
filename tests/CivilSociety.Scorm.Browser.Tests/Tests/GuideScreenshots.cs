using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using CivilSociety.Scorm.Cli;
using CivilSociety.Scorm.Cli.Preview;
using FluentAssertions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>
/// The pictures of the README and the guides (docs/images/), taken from the real course and the samples as they are
/// built now: the player in Arabic and English on a desktop and a phone, a checked quiz, a practice check and the
/// blocks' sample, the ending with each outcome's mastery and its certificate, the preview with its call log, a
/// diagnostic in a terminal, the mastery report. Run by <c>bash scripts/screenshots.sh</c>, which
/// names the folder in <see cref="OutputVariable"/>; skipped in the test suite.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class GuideScreenshots(BrowserFixture fixture)
{
    public const string OutputVariable = "CIVIL_SCORM_GUIDE_IMAGES";

    private static string Folder => Environment.GetEnvironmentVariable(OutputVariable)!;

    [MeasurementFact(OutputVariable, "scripts/screenshots.sh")]
    public async Task Take_the_guides_screenshots()
    {
        Directory.CreateDirectory(Folder);
        foreach (var (name, language) in new[] { ("real-course", "ar"), ("minimal-en", "en") })
        {
            var package = await PageStateAccessibilityTests.PackageAsync(fixture, name);
            foreach (var (device, width, height) in new[] { ("desktop", 1280, 800), ("phone", 360, 740) })
            {
                await using var session = await LmsSession.OpenAsync(fixture, package, width: width, height: height);
                var learner = await Learner.InAsync(session.Sco);
                await learner.ExpectShownAsync(learner.Course.Sections[0]);
                await Save(session.Page, $"player-{language}-{device}.png");
            }
        }

        await QuizWithFeedback();
        await BlocksAndPracticeCheck();
        await Ending();
        await Preview();
        await DiagnosticInATerminal();
        await MasteryReport();
    }

    /// <summary>
    /// The real course's quiz whose last question is the shortest, checked with that answer wrong: that question with its marks and feedback,
    /// then the quiz's result and "Try again".
    /// </summary>
    private async Task QuizWithFeedback()
    {
        var package = await fixture.RealCourseAsync();
        await using var session = await LmsSession.OpenAsync(fixture, package, width: 1280, height: 1200);
        var learner = await Learner.InAsync(session.Sco);
        var section = learner.Course.SectionsWithQuiz.MinBy(s => s.Quiz!.Questions[^1].Choices.Count)!;
        var last = section.Quiz!.Questions[^1];
        await learner.OpenSectionAsync(section);
        await learner.AnswerQuizAsync(section, q => q == last ? Learner.Wrongly(q) : Learner.Correctly(q));
        var quiz = learner.Quiz(section);
        await SaveAround(session.Page, quiz, "quiz-feedback-ar.png", from: quiz.Locator("fieldset").Last);
    }

    /// <summary>
    /// samples/blocks: its first screen (the course's own colours, logo and cover, the callouts), then its practice
    /// check answered wrongly, with the feedback shown at once.
    /// </summary>
    private async Task BlocksAndPracticeCheck()
    {
        var package = await fixture.CourseAsync(Path.Combine(RepositoryPaths.Root, "samples", "blocks"), "blocks");
        await using var session = await LmsSession.OpenAsync(fixture, package, width: 1280, height: 800);
        var learner = await Learner.InAsync(session.Sco);
        await learner.ExpectShownAsync(learner.Course.Sections[0]);
        await Save(session.Page, "blocks-en-desktop.png");

        var check = learner.Section(learner.Course.Sections[0]).Locator("form[data-check]");
        await check.Locator("input[type=radio]").First.FocusAsync();
        await session.Page.Keyboard.PressAsync("Space");
        await check.Locator(".quiz-submit").ClickAsync();
        await Expect(check.Locator(".question-feedback:not([hidden])")).ToBeVisibleAsync();
        await SaveAround(session.Page, check, "practice-check-en.png");
    }

    /// <summary>
    /// samples/ending-ar after a learner mastered one outcome and not the other: the summary with each outcome's bar,
    /// the section to revisit and the completion message; then the certificate with the LMS's learner name.
    /// </summary>
    private async Task Ending()
    {
        var package = await fixture.CourseAsync(Path.Combine(RepositoryPaths.Root, "samples", "ending-ar"), "ending-ar");
        var launch = LmsLaunch.FirstAttempt(package) with { Values = new Dictionary<string, string> { ["cmi.core.student_name"] = "ليلى حسن" } };
        await using var session = await LmsSession.OpenAsync(fixture, package, launch, width: 1280, height: 1000);
        var learner = await Learner.InAsync(session.Sco);
        await learner.ReadWholeCourseAsync(q => q.Outcomes.Contains("W1") ? Learner.Correctly(q) : Learner.Wrongly(q));
        await learner.OpenSummaryAsync();
        var certificate = session.Sco.Locator(".certificate");
        await Expect(certificate).ToBeVisibleAsync();
        await Expect(session.Sco.Locator(".ending li.outcome")).ToHaveCountAsync(2);
        await SaveAround(session.Page, session.Sco.Locator(".ending li.outcome").Last, "ending-ar.png", from: session.Sco.Locator("[data-slot=summary]"));
        await SaveAround(session.Page, certificate, "certificate-ar.png");
    }

    /// <summary><c>civil-scorm preview</c> on a copy of the real course, after the learner moved on once.</summary>
    private async Task Preview()
    {
        var course = Path.Combine(fixture.WorkRoot, "guide-preview");
        CopyDirectory(RepositoryPaths.Content, course);
        await using var server = await PreviewServer.StartAsync(course, port: 0, TextWriter.Null);
        await using var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.Url.ToString());
        await Expect(page.Locator("#call-log li[data-method='LMSInitialize']")).ToHaveCountAsync(1);
        var frame = page.Frame("sco") ?? page.Frames.Single(f => f != page.MainFrame);
        var learner = await Learner.InAsync(frame);
        await learner.ExpectShownAsync(learner.Course.Sections[0]);
        await learner.NextAsync();
        await Expect(page.Locator("#call-log li[data-method='LMSCommit']").First).ToBeVisibleAsync();
        // The log follows the latest call down the panel. The picture shows both of the panel's parts: the end of the
        // CMI state (the objectives, the saved state) in its upper third, then the calls from LMSInitialize on.
        await page.Locator(".panels").EvaluateAsync("""
            panel => {
                const log = panel.querySelector('#log-heading').getBoundingClientRect().top;
                panel.scrollTop += log - panel.getBoundingClientRect().top - panel.clientHeight / 3;
            }
            """);
        await Save(page, "preview.png");
    }

    /// <summary>A build of the English sample with two newcomer's mistakes, as a terminal shows it.</summary>
    private async Task DiagnosticInATerminal()
    {
        var course = Path.Combine(fixture.WorkRoot, "my-course");
        CopyDirectory(Path.Combine(RepositoryPaths.Root, "samples", "minimal-en"), course);
        var section = Path.Combine(course, "sections", "01-orientation.md");
        var text = File.ReadAllText(section);
        var question = QuestionOutcomes().Match(text);
        question.Success.Should().BeTrue("the sample's first question names its outcomes");
        text = text.Remove(question.Groups[1].Index, question.Groups[1].Length).Insert(question.Groups[1].Index, "L01");
        File.WriteAllText(section, text.Replace("(../media/compass.png)", "(media/compass.png)", StringComparison.Ordinal));

        var output = new StringWriter();
        CliApplication.Run(["build", course, "-o", Path.Combine(fixture.WorkRoot, "my-course.zip")], output, output).Should().Be(1);
        var printed = output.ToString().Replace(course, "my-course", StringComparison.Ordinal);
        await using var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1100, Height = 200 } });
        var page = await context.NewPageAsync();
        await page.SetContentAsync(Terminal("civil-scorm build my-course", printed));
        await page.Locator("pre").ScreenshotAsync(new() { Path = Path.Combine(Folder, "diagnostic-terminal.png") });
    }

    /// <summary>Three learners through the real course in the test LMS, Moodle's Interactions download, then <c>report</c>.</summary>
    private async Task MasteryReport()
    {
        var package = await fixture.RealCourseAsync();
        var answerers = new (string, Func<QuestionData, IReadOnlyList<string>>)[]
        {
            ("ليلى حسن", Learner.Correctly), ("عمر سعيد", q => q.Weight > 1 || q.Id.Sum(c => c) % 3 != 0 ? Learner.Correctly(q) : Learner.Wrongly(q)),
            ("سارة علي", q => q.Id.Length % 2 == 0 ? Learner.Correctly(q) : Learner.Wrongly(q)), ("Daniel Meyer", Learner.Wrongly),
        };
        var learners = await MasteryReportTests.FinishedLearnersAsync(fixture, package, answerers);

        var interactions = Path.Combine(fixture.WorkRoot, "interactions.txt");
        File.WriteAllText(interactions, "\uFEFF" + MasteryReportTests.InteractionsReport(learners, "civil-society-tip"), new UTF8Encoding(false));
        var result = CourseReports.Mastery(new ReportOptions(RepositoryPaths.Content, Path.Combine(fixture.WorkRoot, "report.html")) { MoodleReports = [interactions] });
        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        await using var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(result.OutputPath!).AbsoluteUri);

        // The outcomes' pass rates and the learner × outcome heat map; the table of every question below is left out.
        var heatMap = await page.Locator("table").Nth(1).BoundingBoxAsync() ?? throw new InvalidOperationException("the report has no heat map");
        await page.ScreenshotAsync(new()
        {
            Path = Path.Combine(Folder, "mastery-report.png"),
            FullPage = true,
            Clip = new() { X = 0, Y = 0, Width = 1280, Height = heatMap.Y + heatMap.Height + 24 },
        });
    }

    private static async Task Save(IPage page, string name)
    {
        // No hover left over from a click, and any transition done.
        await page.Mouse.MoveAsync(0, 0);
        await page.WaitForTimeoutAsync(300);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name) });
    }

    /// <summary>
    /// The page around one element of the SCO (its box and a margin; from the top of <paramref name="from"/> when
    /// given), scrolled into view: the element in its place in the player, not cut out of it. The viewport
    /// must be tall enough for the part shown.
    /// </summary>
    private static async Task SaveAround(IPage page, ILocator element, string name, ILocator? from = null, int margin = 24)
    {
        var top = from ?? element;
        await top.EvaluateAsync("(e, m) => { e.style.scrollMarginTop = m + 'px'; e.scrollIntoView({ block: 'start' }); }", margin + 16);
        await page.Mouse.MoveAsync(0, 0);
        await page.WaitForTimeoutAsync(300);
        var box = await element.BoundingBoxAsync() ?? throw new InvalidOperationException($"{name}: the element is not shown");
        var topBox = await top.BoundingBoxAsync() ?? box;
        var viewport = page.ViewportSize!;
        // A narrow margin above and below: the text around the element is not cut in half.
        var (x, y) = (Math.Max(0, Math.Min(box.X, topBox.X) - margin), Math.Max(0, topBox.Y - 10));
        var right = Math.Min(viewport.Width, Math.Max(box.X + box.Width, topBox.X + topBox.Width) + margin);
        (box.Y + box.Height - topBox.Y).Should().BeLessThan(viewport.Height - (2 * margin), $"{name}: the viewport holds the part shown");
        await page.ScreenshotAsync(new()
        {
            Path = Path.Combine(Folder, name),
            Clip = new() { X = x, Y = y, Width = right - x, Height = Math.Min(viewport.Height, box.Y + box.Height + 6) - y },
        });
    }

    /// <summary>What a terminal with colour shows: the command, then its output, diagnostics coloured as the CLI colours them.</summary>
    private static string Terminal(string command, string output)
    {
        var lines = output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(line =>
        {
            var html = WebUtility.HtmlEncode(line);
            return line switch
            {
                _ when Severity().Match(html) is { Success: true } m => html.Replace(m.Value, $"<b class={m.Groups[1].Value}>{m.Value}</b>", StringComparison.Ordinal),
                _ when line.TrimStart().StartsWith("help:", StringComparison.Ordinal) => $"<span class=help>{html}</span>",
                _ when line.Trim() == "^" => $"<span class=caret>{html}</span>",
                _ => html,
            };
        });
        return $$"""
            <!doctype html><meta charset=utf-8>
            <style>
              body { margin: 0; background: #1e1e1e; }
              /* A terminal 120 columns wide: a longer line wraps, as it would there. */
              pre { margin: 0; padding: 16px 20px; width: calc(120ch + 40px); white-space: pre-wrap; box-sizing: border-box; background: #1e1e1e;
                    color: #d4d4d4; font: 14px/1.45 "DejaVu Sans Mono", monospace; }
              .prompt { color: #6a9955; } .error { color: #f14c4c; } .warning { color: #cca700; } .help { color: #23d18b; } .caret { color: #3b8eea; }
            </style>
            <pre><span class=prompt>$</span> {{WebUtility.HtmlEncode(command)}}
            {{string.Join("\n", lines)}}</pre>
            """;
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

    [GeneratedRegex(@"\{#q-\S+ outcomes=""([^""]+)""")]
    private static partial Regex QuestionOutcomes();

    [GeneratedRegex(@"(error|warning) SCO\d{4}")]
    private static partial Regex Severity();
}
