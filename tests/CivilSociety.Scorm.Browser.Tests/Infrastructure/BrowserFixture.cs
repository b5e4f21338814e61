using Microsoft.Playwright;

namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>
/// One Chromium and one loopback server for the whole test run (an xunit collection fixture), plus the
/// packages under test, each built and unzipped once. Tests take a fresh browser context each.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; override with the CHROMIUM_PATH environment variable.</summary>
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    /// <summary>
    /// The features Playwright 1.64 turns off in Chromium (its chromiumSwitches' <c>--disable-features</c>), repeated
    /// here because Chromium keeps only the last <c>--disable-features</c> switch: ours, which must carry them too.
    /// <see cref="Tests.HarnessTests"/> checks on the running browser that none of Playwright's is lost.
    /// </summary>
    internal static readonly string[] PlaywrightDisabledFeatures =
    [
        "AvoidUnnecessaryBeforeUnloadCheckSync", "DestroyProfileOnBrowserClose", "DialMediaRouteProvider", "GlobalMediaControls",
        "HttpsUpgrades", "LensOverlay", "MediaRouter", "PaintHolding", "ThirdPartyStoragePartitioning",
        "BlockOriginHeaderModificationOnRedirect", "AvoidCorsURLLoaderRestartOnRedirect", "Translate", "AutoDeElevate",
        "OptimizationHints", "NetworkTimeServiceQuerying", "AimEnabled", "msForceBrowserSignIn",
        "msEdgeUpdateLaunchServicesPreferredVersion",
    ];

    /// <summary>
    /// The browser's own omnibox pop-up, a WebUI page (chrome://omnibox-popup.top-chrome) that Chromium loads into a
    /// renderer of its own ("WebUI Top Renderer") for every new browser window, i.e. for every context a test opens.
    /// A learner's browser loaded it once, when it started; here it would load during each measured launch and take
    /// 0 to 300 ms of CPU from the page on a 2-core machine (docs/benchmarks.md, issue 23). No page can reach it.
    /// </summary>
    internal static readonly string[] BrowserUiFeatures = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "WebUIOmniboxFullPopup"];

    private readonly string workRoot = Path.Combine(Path.GetTempPath(), "civil-scorm-browser-tests-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly SemaphoreSlim packageLock = new(1, 1);
    private readonly Dictionary<string, ScormPackage> packages = new(StringComparer.Ordinal);
    private IPlaywright? playwright;
    private IBrowser? browser;
    private LoopbackServer? server;

    internal IBrowser Browser => browser ?? throw new InvalidOperationException("The fixture is not initialized.");

    internal LoopbackServer Server => server ?? throw new InvalidOperationException("The fixture is not initialized.");

    /// <summary>A scratch folder for this run, deleted at the end.</summary>
    internal string WorkRoot => workRoot;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(workRoot, "packages"));
        var web = RepositoryPaths.Web;
        foreach (var required in new[] { "lms.html", "lms-host.js", "scorm12.min.js", "axe.min.js" })
        {
            if (!File.Exists(Path.Combine(web, required)))
            {
                throw new InvalidOperationException(
                    $"{Path.Combine(web, required)} is missing: the build copies it there (npm ci in tests/CivilSociety.Scorm.Browser.Tests). Rebuild the test project.");
            }
        }

        server = await LoopbackServer.StartAsync(web, Path.Combine(workRoot, "packages"));

        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : DefaultChromiumPath;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {chromium}. Install it with `bash scripts/ensure-test-tools.sh` (Debian's chromium package), " +
                "or point CHROMIUM_PATH at a Chromium binary. The tests never download a browser.");
        }

        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args =
            [
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--disable-features=" + string.Join(',', PlaywrightDisabledFeatures.Concat(BrowserUiFeatures)),
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        packageLock.Dispose();
        try
        {
            Directory.Delete(workRoot, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    /// <summary>A new, isolated browser context (no shared storage) that may inject scripts despite a strict CSP.</summary>
    internal Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800, bool bypassCsp = true) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BypassCSP = bypassCsp,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-US",
            TimezoneId = "UTC",
        });

    /// <summary>The real course (content/), compiled with <see cref="CourseCompiler"/> and unzipped; built once per run.</summary>
    internal Task<ScormPackage> RealCourseAsync() =>
        GetOrBuildAsync("real-course", () => CompileCourse(RepositoryPaths.Content, "real-course"));

    /// <summary>Any course folder, compiled and unzipped once per run.</summary>
    internal Task<ScormPackage> CourseAsync(string courseDirectory, string name) =>
        GetOrBuildAsync(name, () => CompileCourse(courseDirectory, name));

    /// <summary>A course compiled with changed options (e.g. xAPI on), unzipped once per run under <paramref name="name"/>.</summary>
    internal Task<ScormPackage> CourseAsync(string courseDirectory, string name, Func<CompileOptions, CompileOptions> configure) =>
        GetOrBuildAsync(name, () => CompileCourse(courseDirectory, name, configure));

    /// <summary>A tiny hand-written SCO: checks the harness itself, independently of the compiler and runtime.</summary>
    internal Task<ScormPackage> HandWrittenPackageAsync() =>
        GetOrBuildAsync("hand-written", () =>
        {
            var directory = Path.Combine(Server.PackagesRoot, "hand-written");
            HandWrittenPackage.WriteTo(directory);
            return ScormPackage.FromDirectory(directory, "hand-written");
        });

    private async Task<ScormPackage> GetOrBuildAsync(string name, Func<ScormPackage> build)
    {
        await packageLock.WaitAsync();
        try
        {
            if (!packages.TryGetValue(name, out var package))
            {
                package = await Task.Run(build);
                packages[name] = package;
            }

            return package;
        }
        finally
        {
            packageLock.Release();
        }
    }

    private ScormPackage CompileCourse(string courseDirectory, string name, Func<CompileOptions, CompileOptions>? configure = null)
    {
        var zip = Path.Combine(workRoot, "zips", name + ".zip");
        Directory.CreateDirectory(Path.GetDirectoryName(zip)!);
        var options = new CompileOptions(courseDirectory, zip);
        var result = CourseCompiler.Compile(configure?.Invoke(options) ?? options);
        if (!result.Succeeded || result.PackagePath is null)
        {
            throw new InvalidOperationException(
                $"Compiling {courseDirectory} failed:{Environment.NewLine}" + string.Join(Environment.NewLine, result.Diagnostics));
        }

        return ScormPackage.Unzip(result.PackagePath, Server.PackagesRoot, name);
    }
}

/// <summary>Every browser test shares the one browser and runs one after another (2-core machines).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
