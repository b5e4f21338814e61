using System.Net;
using System.Text.Json;

namespace CivilSociety.Scorm.Cli.Preview;

/// <summary>
/// <c>preview</c>: Kestrel on 127.0.0.1 only. <c>/</c> is the LMS emulator page (our own strict SCORM 1.2 API,
/// embedded in this assembly), <c>/course/...</c> the package built from the course folder, held in memory, and
/// <c>/api/build</c> the current build (its version, or its diagnostics). A change in the folder rebuilds the
/// course after a short quiet time, so one save that touches several files builds once.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>Editors write a file in several steps (temp file, rename, attributes): wait for quiet.</summary>
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    private readonly WebApplication app;
    /// <summary>As the user wrote it, so that diagnostics name paths the way the user sees them.</summary>
    private readonly string courseDirectory;
    /// <summary>Where each build's zip is written for a moment (the system's temp folder).</summary>
    private readonly string scratchDirectory;
    private readonly TextWriter log;
    private readonly FileSystemWatcher watcher;
    private readonly Timer rebuildTimer;
    private readonly Lock buildLock = new();
    private PreviewBuild build;

    private PreviewServer(WebApplication app, string courseDirectory, string scratchDirectory, TextWriter log, PreviewBuild first)
    {
        this.app = app;
        this.courseDirectory = courseDirectory;
        this.scratchDirectory = scratchDirectory;
        this.log = log;
        build = first;
        rebuildTimer = new Timer(_ => Rebuild(), null, Timeout.Infinite, Timeout.Infinite);
        watcher = new FileSystemWatcher(Path.GetFullPath(courseDirectory))
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += OnChange;
        watcher.EnableRaisingEvents = true;
    }

    /// <summary>For example http://127.0.0.1:5500/.</summary>
    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    public PreviewBuild CurrentBuild
    {
        get
        {
            lock (buildLock)
            {
                return build;
            }
        }
    }

    public static async Task<PreviewServer> StartAsync(string courseDirectory, int port, TextWriter log)
    {
        var directory = Path.GetFullPath(courseDirectory);
        var scratch = Path.GetTempPath();
        var first = PreviewBuild.Run(courseDirectory, 1, scratch);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = directory });
        builder.Logging.ClearProviders();

        // The command owns Ctrl+C and SIGTERM (System.CommandLine cancels the command); the host's console lifetime
        // would swallow them and leave the process running.
        builder.Services.AddSingleton<Microsoft.Extensions.Hosting.IHostLifetime, CommandLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new PreviewServer(app, courseDirectory, scratch, log, first);
        server.MapRoutes();
        try
        {
            await app.StartAsync();
        }
        catch (IOException)
        {
            // The port is taken: leave nothing behind (watcher, scratch folder) before saying so.
            server.watcher.Dispose();
            await server.rebuildTimer.DisposeAsync();
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Url = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        server.Report(first);
        return server;
    }

    /// <summary>Builds again now (the watcher calls this after the quiet time; tests may call it directly).</summary>
    public PreviewBuild Rebuild()
    {
        lock (buildLock)
        {
            build = PreviewBuild.Run(courseDirectory, build.Version + 1, scratchDirectory);
            Report(build);
            return build;
        }
    }

    public async ValueTask DisposeAsync()
    {
        watcher.EnableRaisingEvents = false;
        watcher.Dispose();
        await rebuildTimer.DisposeAsync();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        // Hidden files (editor swap files, .git) do not go into a package: no rebuild for them.
        var relative = Path.GetRelativePath(Path.GetFullPath(courseDirectory), e.FullPath).Replace('\\', '/');
        // Nor for the preview's own scratch folders, should the temp folder lie inside the course folder.
        if (relative.Split('/').Any(segment => segment.StartsWith('.') || segment.EndsWith('~') || segment.StartsWith("civil-scorm-preview-", StringComparison.Ordinal)))
        {
            return;
        }

        rebuildTimer.Change(Debounce, Timeout.InfiniteTimeSpan);
    }

    private void Report(PreviewBuild current)
    {
        lock (log)
        {
            if (current.Succeeded)
            {
                log.WriteLine($"[{current.BuiltAt:HH:mm:ss}] build {current.Version}: ok{(current.Diagnostics.Count > 0 ? $", {current.Diagnostics.Count} warning(s)" : "")}");
            }
            else
            {
                log.Write(current.DiagnosticsText);
                log.WriteLine($"[{current.BuiltAt:HH:mm:ss}] build {current.Version}: failed; the preview page shows the errors");
            }

            log.Flush();
        }
    }

    private void MapRoutes()
    {
        var contentTypes = new FileExtensionContentTypeProvider();
        contentTypes.Mappings[".js"] = "text/javascript; charset=utf-8";
        contentTypes.Mappings[".xsd"] = "application/xml";
        contentTypes.Mappings[".csv"] = "text/csv; charset=utf-8";

        app.Use(async (context, next) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers["X-Content-Type-Options"] = "nosniff";
            await next(context);
        });

        app.MapGet("/", (HttpContext context) => Embedded(context, "emulator.html", "text/html; charset=utf-8"));
        // The page's scripts and style: whatever of wwwroot/ is embedded (a name not embedded is not found).
        app.MapGet("/emulator/{name}", (HttpContext context, string name) => Path.GetExtension(name) switch
        {
            ".js" => Embedded(context, name, "text/javascript; charset=utf-8"),
            ".css" => Embedded(context, name, "text/css; charset=utf-8"),
            _ => Results.NotFound(),
        });
        app.MapGet("/favicon.ico", () => Results.NoContent());   // browsers ask for it; a 404 would look like a broken course
        app.MapGet("/api/build", () =>
        {
            var current = CurrentBuild;
            var state = new PreviewState(
                current.Version,
                current.Succeeded,
                current.Title,
                current.LaunchHref is null ? null : "course/" + current.LaunchHref,
                current.MasteryScore,
                current.BuiltAt,
                current.DiagnosticsText,
                [.. current.Diagnostics.Select(d => new JsonDiagnostic(
                    d.Id, d.Severity == Diagnostics.DiagnosticSeverity.Error ? "error" : "warning", d.Location.Path,
                    d.Location.Line, d.Location.Column, d.Message, d.Help))]);
            return Results.Text(JsonSerializer.Serialize(state, CliJsonContext.Default.PreviewState), "application/json; charset=utf-8");
        });
        app.MapGet("/course/{**path}", (string? path) =>
        {
            var current = CurrentBuild;
            if (current.Files is null || path is null || !current.Files.TryGetValue(path, out var bytes))
            {
                return Results.NotFound();
            }

            return Results.Bytes(bytes, contentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream");
        });
    }

    /// <summary>A host lifetime that leaves signals alone.</summary>
    private sealed class CommandLifetime : Microsoft.Extensions.Hosting.IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>The emulator's files travel inside the CLI, so an installed tool works from any folder.</summary>
    private static IResult Embedded(HttpContext context, string name, string contentType)
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("preview/" + name);
        if (stream is null)
        {
            return Results.NotFound();
        }

        using var memory = new MemoryStream();
        stream.CopyTo(memory);

        // The emulator page is ours: its own script and style only, and frames from this origin only.
        context.Response.Headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";
        return Results.Bytes(memory.ToArray(), contentType);
    }
}
