using System.Text.Json;

namespace CivilSociety.Scorm.Cli.Preview;

/// <summary>
/// <c>preview</c>: a local server on 127.0.0.1 only (<see cref="LoopbackListener"/>). <c>/</c> is the LMS emulator
/// page (our own strict SCORM 1.2 API, embedded in this assembly), <c>/course/...</c> the package built from the
/// course folder, held in memory, and <c>/api/build</c> the current build (its version, or its diagnostics). A
/// change in the folder rebuilds the course after a short quiet time, so one save that touches several files builds
/// once.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>Editors write a file in several steps (temp file, rename, attributes): wait for quiet.</summary>
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    private readonly LoopbackListener listener;
    /// <summary>As the user wrote it, so that diagnostics name paths the way the user sees them.</summary>
    private readonly string courseDirectory;
    /// <summary>Where each build's zip is written for a moment (the system's temp folder).</summary>
    private readonly string scratchDirectory;
    private readonly TextWriter log;
    private readonly FileSystemWatcher watcher;
    private readonly Timer rebuildTimer;
    private readonly Lock buildLock = new();
    private PreviewBuild build;

    private PreviewServer(LoopbackListener listener, string courseDirectory, string scratchDirectory, TextWriter log, PreviewBuild first)
    {
        this.listener = listener;
        this.courseDirectory = courseDirectory;
        this.scratchDirectory = scratchDirectory;
        this.log = log;
        build = first;
        Url = new Uri($"http://127.0.0.1:{listener.Port}/");
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
        listener.Serve(Answer);
    }

    /// <summary>For example http://127.0.0.1:5500/.</summary>
    public Uri Url { get; }

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

    /// <summary>Builds the course, then listens on 127.0.0.1:<paramref name="port"/> (0: a free port).</summary>
    /// <exception cref="IOException">The port is taken (or not ours to take).</exception>
    public static Task<PreviewServer> StartAsync(string courseDirectory, int port, TextWriter log)
    {
        var first = PreviewBuild.Run(courseDirectory, 1, Path.GetTempPath());
        var server = new PreviewServer(LoopbackListener.Start(port), courseDirectory, Path.GetTempPath(), log, first);
        server.Report(first);
        return Task.FromResult(server);
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
        await listener.DisposeAsync();
    }

    /// <summary>The preview's routes: what a GET of <paramref name="path"/> (the URL's path, still %-encoded) answers.</summary>
    internal Reply Answer(string method, string path)
    {
        if (method != "GET")
        {
            return new Reply(405);
        }

        if (path == "/")
        {
            return Embedded("emulator.html", "text/html; charset=utf-8");
        }

        if (Is(path, "/favicon.ico"))
        {
            return new Reply(204);   // browsers ask for it; a 404 would look like a broken course
        }

        if (Is(path, "/api/build"))
        {
            return new Reply(200, JsonSerializer.SerializeToUtf8Bytes(State(CurrentBuild), CliJsonContext.Default.PreviewState), "application/json; charset=utf-8");
        }

        // The page's scripts and style: whatever of wwwroot/ is embedded (a name not embedded is not found).
        if (Under(path, "/emulator/") is { } name && !name.Contains('/', StringComparison.Ordinal))
        {
            return Path.GetExtension(name) switch
            {
                ".js" => Embedded(name, "text/javascript; charset=utf-8"),
                ".css" => Embedded(name, "text/css; charset=utf-8"),
                _ => Reply.NotFound,
            };
        }

        // The built package, from memory: a name is looked up among the zip's entries, never on disk, so ../ and
        // the like find nothing.
        if (Under(path, "/course/") is { Length: > 0 } file && CurrentBuild.Files is { } files && files.TryGetValue(file, out var bytes))
        {
            return new Reply(200, bytes, ContentTypes.Of(file));
        }

        return Reply.NotFound;
    }

    private static PreviewState State(PreviewBuild current) => new(
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

    /// <summary>A fixed route; like ASP.NET Core's routing, its letters' case and a trailing slash do not matter.</summary>
    private static bool Is(string path, string route) =>
        path.TrimEnd('/').Equals(route, StringComparison.OrdinalIgnoreCase);

    /// <summary>The rest of the path after <paramref name="prefix"/>, %-decoded; null when the path is elsewhere.</summary>
    private static string? Under(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? Uri.UnescapeDataString(path[prefix.Length..]) : null;

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

    /// <summary>The emulator's files travel inside the CLI, so an installed tool works from any folder.</summary>
    private static Reply Embedded(string name, string contentType)
    {
        using var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("preview/" + name);
        if (stream is null)
        {
            return Reply.NotFound;
        }

        using var memory = new MemoryStream();
        stream.CopyTo(memory);

        // The emulator page is ours: its own script and style only, and frames from this origin only.
        return new Reply(200, memory.ToArray(), contentType,
            "default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'");
    }
}
