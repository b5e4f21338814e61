using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace CivilSociety.Scorm.Cli.Preview;

/// <summary>
/// <c>preview</c>: a local server on 127.0.0.1 only (the BCL's HttpListener: no web framework compiled into the
/// native binary). <c>/</c> is the LMS emulator page (our own strict SCORM 1.2 API, embedded in this assembly),
/// <c>/course/...</c> the package built from the course folder, held in memory, and <c>/api/build</c> the current
/// build (its version, or its diagnostics). A change in the folder rebuilds the course after a short quiet time, so
/// one save that touches several files builds once.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>Editors write a file in several steps (temp file, rename, attributes): wait for quiet.</summary>
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    private readonly HttpListener listener;
    private readonly Task serving;
    /// <summary>As the user wrote it, so that diagnostics name paths the way the user sees them.</summary>
    private readonly string courseDirectory;
    /// <summary>Where each build's zip is written for a moment (the system's temp folder).</summary>
    private readonly string scratchDirectory;
    private readonly TextWriter log;
    private readonly FileSystemWatcher watcher;
    private readonly Timer rebuildTimer;
    private readonly Lock buildLock = new();
    private PreviewBuild build;

    private PreviewServer(HttpListener listener, int port, string courseDirectory, string scratchDirectory, TextWriter log, PreviewBuild first)
    {
        this.listener = listener;
        this.courseDirectory = courseDirectory;
        this.scratchDirectory = scratchDirectory;
        this.log = log;
        build = first;
        Url = new Uri($"http://127.0.0.1:{port}/");
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
        serving = Task.Run(ServeAsync);
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
        var (listener, bound) = Listen(port);
        var server = new PreviewServer(listener, bound, courseDirectory, Path.GetTempPath(), log, first);
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
        listener.Close();   // ends the pending GetContextAsync, so ServeAsync returns
        await serving;
    }

    /// <summary>
    /// One answer of the preview, whatever carries it: the status, and the body with its content type. Every answer
    /// is also sent with Cache-Control: no-store (a rebuilt course must never come from the browser's cache) and
    /// X-Content-Type-Options: nosniff.
    /// </summary>
    internal sealed record Reply(int Status, byte[]? Body = null, string? ContentType = null, string? ContentSecurityPolicy = null)
    {
        public static readonly Reply NotFound = new(404);
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

    /// <summary>HttpListener takes no port 0: the system is asked for a free port first, then it is taken (another
    /// program may take it in between, hence a few tries).</summary>
    private static (HttpListener Listener, int Port) Listen(int port)
    {
        for (var attempt = 1; ; attempt++)
        {
            var chosen = port == 0 ? FreePort() : port;
            var listener = new HttpListener { IgnoreWriteExceptions = true };
            listener.Prefixes.Add($"http://127.0.0.1:{chosen}/");
            if (LocalhostIs127())
            {
                listener.Prefixes.Add($"http://localhost:{chosen}/");
            }
            try
            {
                listener.Start();
                return (listener, chosen);
            }
            catch (HttpListenerException) when (port == 0 && attempt < 5)
            {
                listener.Close();
            }
            catch (HttpListenerException ex)
            {
                listener.Close();
                throw new IOException(ex.Message, ex);
            }
        }
    }

    /// <summary>
    /// HttpListener answers only the host names it was given (Kestrel answered any), so http://localhost:N/ is
    /// named too, but only where that name is 127.0.0.1: HttpListener listens on a name's first address, and the
    /// preview on no other address than 127.0.0.1.
    /// </summary>
    private static bool LocalhostIs127()
    {
        try
        {
            return Dns.GetHostAddresses("localhost") is [var first, ..] && first.Equals(IPAddress.Loopback);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;   // the listener was closed: the preview stops
            }

            // Each request on its own: the page, the course's frame and the poll of /api/build come at once.
            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var reply = Answer(context.Request.HttpMethod, context.Request.Url?.AbsolutePath ?? "/");
            response.StatusCode = reply.Status;
            response.Headers["Cache-Control"] = "no-store";
            response.Headers["X-Content-Type-Options"] = "nosniff";
            if (reply.Status == 405)
            {
                response.Headers["Allow"] = "GET";
            }

            if (reply.ContentSecurityPolicy is { } policy)
            {
                response.Headers["Content-Security-Policy"] = policy;
            }

            if (reply.Body is { } body)
            {
                response.ContentType = reply.ContentType;
                response.ContentLength64 = body.Length;
                response.OutputStream.Write(body);
            }

            response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            response.Abort();   // the browser went away, or the preview is stopping
        }
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
