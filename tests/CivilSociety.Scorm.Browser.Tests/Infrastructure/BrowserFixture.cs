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
