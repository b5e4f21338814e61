using System.Text.Json;
using Microsoft.Playwright;

namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>
/// One learner session: a fresh browser context with the test LMS page, whose iframe runs the package's launch page
/// with <c>window.API</c> = scorm-again's Scorm12API. Reads the LMS state and the call log.
/// </summary>
internal sealed class LmsSession : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly List<string> pageErrors = [];

    private readonly bool ownsContext;

    private LmsSession(BrowserFixture fixture, IBrowserContext context, IPage page, ScormPackage package, bool ownsContext)
    {
        Fixture = fixture;
        Context = context;
        Page = page;
        Package = package;
        this.ownsContext = ownsContext;
        page.PageError += (_, error) => pageErrors.Add(error);
        // What the package sends to an LRS, as it left the browser (before any LRS has seen it).
        page.Request += (_, request) =>
        {
            if (request.Method is "POST" or "PUT" && request.Url.Contains("/statements", StringComparison.Ordinal) && request.PostData is { } body)
            {
                lock (statementRequests)
                {
                    statementRequests.Add(body);
                }
            }
        };
        page.Console += (_, message) =>
        {
            lock (consoleMessages)
            {
                consoleMessages.Add($"{message.Type}: {message.Text}");
            }
        };
    }

    private readonly List<string> consoleMessages = [];
    private readonly List<string> statementRequests = [];

    /// <summary>The bodies of the xAPI statement requests (POST /statements, PUT /statements?statementId=) the page made.</summary>
    public IReadOnlyList<string> StatementRequests
    {
        get
        {
            lock (statementRequests)
            {
                return [.. statementRequests];
            }
        }
    }

    /// <summary>What the LMS page and the SCO wrote to the console (type: text).</summary>
    public IReadOnlyList<string> ConsoleMessages
    {
        get
        {
            lock (consoleMessages)
            {
                return [.. consoleMessages];
            }
        }
    }

    public BrowserFixture Fixture { get; }

    public IBrowserContext Context { get; }

    /// <summary>The LMS page.</summary>
    public IPage Page { get; }

    public ScormPackage Package { get; }

    /// <summary>The SCO's frame (named "sco" by the LMS page).</summary>
    public IFrame Sco => Page.Frame("sco") ?? throw new InvalidOperationException("The LMS page has no frame named 'sco'.");

    /// <summary>Uncaught JavaScript errors in the LMS page or the SCO.</summary>
    public IReadOnlyList<string> PageErrors => pageErrors;

    /// <summary>Opens the LMS page, loads the LMS values, then starts the package's launch page in the frame.</summary>
    /// <param name="query">Launch parameters added to the launch URL (e.g. xAPI's endpoint, auth, actor, registration).</param>
    /// <param name="bypassCsp">False to let the package's Content-Security-Policy apply (true lets tests inject scripts).</param>
    /// <param name="context">A browser context to open the LMS page in (a relaunch in the same browser, with its
    /// localStorage); the session then leaves it open. Without one, a fresh context that the session closes.</param>
    public static async Task<LmsSession> OpenAsync(
        BrowserFixture fixture, ScormPackage package, LmsLaunch? launch = null, int width = 1280, int height = 800,
        IReadOnlyDictionary<string, string>? query = null, bool bypassCsp = true, IBrowserContext? context = null)
    {
        launch ??= LmsLaunch.FirstAttempt(package);
        var ownsContext = context is null;
        context ??= await fixture.NewContextAsync(width, height, bypassCsp);
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var session = new LmsSession(fixture, context, page, package, ownsContext);
        await page.GotoAsync(fixture.Server.LmsPage.ToString());

        var launchUrl = fixture.Server.PackageUrl(package.Name, package.LaunchHref).ToString();
        if (query is { Count: > 0 })
        {
            launchUrl += "?" + string.Join("&", query.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        }

        await page.EvaluateAsync(
            "config => { window.lmsHost.start(config); }",
            new { launch = launchUrl, entry = launch.Entry, masteryScore = launch.MasteryScore, values = launch.Values, standard = launch.Standard });
        await page.WaitForFunctionAsync(
            "url => { const f = document.getElementById('sco'); return f.contentWindow && f.contentWindow.location.href === url && f.contentDocument.readyState === 'complete'; }",
            launchUrl);
        return session;
    }

    /// <summary>The launch page opened on its own, without an LMS (as when someone opens index.html from the zip).</summary>
    public static async Task<(IBrowserContext Context, IPage Page)> OpenWithoutLmsAsync(
        BrowserFixture fixture, ScormPackage package, int width = 1280, int height = 800)
    {
        var context = await fixture.NewContextAsync(width, height);
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Server.PackageUrl(package.Name, package.LaunchHref).ToString());
        return (context, page);
    }

    public async Task<LmsState> StateAsync()
    {
        var json = await Page.EvaluateAsync<string>("() => JSON.stringify(window.lmsHost.state())");
        return JsonSerializer.Deserialize<LmsState>(json, Json)!;
    }

    public async Task<IReadOnlyList<LmsCall>> CallsAsync()
    {
        var json = await Page.EvaluateAsync<string>("() => JSON.stringify(window.lmsHost.calls())");
        return JsonSerializer.Deserialize<List<LmsCall>>(json, Json)!;
    }

    /// <summary>Waits until the SCO has called LMSInitialize.</summary>
    public async Task WaitForInitializedAsync()
    {
        await Page.WaitForFunctionAsync("() => window.lmsHost.state().initialized || window.lmsHost.state().terminated");
        if (await Page.EvaluateAsync<bool>("() => window.lmsHost.state().terminated"))
        {
            return;
        }

        // On a first launch the player initializes, paints the first section, then puts the other sections back a few
        // a task and sets the course up (runtime/src/player/start.js): it is ready once no section waits in a data
        // block and the contents mark the section shown. A page without course data is not the player's.
        await Sco.WaitForFunctionAsync(
            "() => !document.getElementById('course-data') || (!document.querySelector('script[data-section]') && !!document.querySelector('[data-slot=toc] [aria-current]'))");
    }

    /// <summary>Waits until the SCO has called LMSFinish successfully.</summary>
    public Task WaitForTerminatedAsync() =>
        Page.WaitForFunctionAsync("() => window.lmsHost.state().terminated");

    /// <summary>The learner leaves without the exit control: the LMS navigates the SCO frame away (pagehide).</summary>
    public async Task LeaveAsync()
    {
        await Page.EvaluateAsync("() => window.lmsHost.unloadSco()");
        await WaitForTerminatedAsync();
    }

    /// <summary>The course data of the launch page (script#course-data).</summary>
    public Task<CourseData> CourseDataAsync() => ReadCourseDataAsync(Sco);

    public static async Task<CourseData> ReadCourseDataAsync(IFrame frame)
    {
        // The sections kept out of the page (sections.js) are in it once the player has put them back.
        await frame.WaitForFunctionAsync("() => !document.querySelector('script[data-section]')");
        var json = await frame.Locator("script#course-data").TextContentAsync()
            ?? throw new InvalidOperationException("The launch page has no script#course-data.");
        // Their quizzes' course data is in the same file, which the player has read: read it again.
        var sections = await frame.EvaluateAsync<string?>(
            "async () => { const r = await fetch('sections.js').catch(() => null); return r && r.ok ? r.text() : null; }");
        return CourseData.Parse(json, await frame.ContentAsync(), sections);
    }

    /// <summary>A screenshot of the SCO (the whole frame) under the test output's artifacts/ folder.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(RepositoryPaths.Artifacts, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        if (ownsContext)
        {
            await Context.CloseAsync();
        }
        else
        {
            await Page.CloseAsync(new PageCloseOptions { RunBeforeUnload = false });
        }
    }
}
