using System.Net;
using System.Net.Sockets;

namespace CivilSociety.Scorm.Cli.Preview;

/// <summary>
/// One answer of the preview, whatever carries it: the status, and the body with its content type. Every answer is
/// also sent with Cache-Control: no-store (a rebuilt course must never come from the browser's cache) and
/// X-Content-Type-Options: nosniff.
/// </summary>
internal sealed record Reply(int Status, byte[]? Body = null, string? ContentType = null, string? ContentSecurityPolicy = null)
{
    public static readonly Reply NotFound = new(404);
}

/// <summary>
/// The preview's HTTP server: the BCL's HttpListener on 127.0.0.1 only (no web framework compiled into the native
/// binary), each request answered by a function of its method and path.
/// </summary>
internal sealed class LoopbackListener : IAsyncDisposable
{
    private readonly HttpListener listener;
    private Task serving = Task.CompletedTask;

    private LoopbackListener(HttpListener listener, int port)
    {
        this.listener = listener;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Listens on 127.0.0.1:<paramref name="port"/> (0: a free port); requests wait for <see cref="Serve"/>.</summary>
    /// <exception cref="IOException">The port is taken (or not ours to take).</exception>
    public static LoopbackListener Start(int port)
    {
        // HttpListener takes no port 0: the system is asked for a free port first, then it is taken (another
        // program may take it in between, hence a few tries).
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
                return new LoopbackListener(listener, chosen);
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

    /// <summary>Answers every request with <paramref name="answer"/>(method, the URL's path still %-encoded).</summary>
    public void Serve(Func<string, string, Reply> answer) => serving = Task.Run(() => ServeAsync(answer));

    public async ValueTask DisposeAsync()
    {
        listener.Close();   // ends the pending GetContextAsync, so ServeAsync returns
        await serving;
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

    private async Task ServeAsync(Func<string, string, Reply> answer)
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
            _ = Task.Run(() => Respond(context, answer));
        }
    }

    private static void Respond(HttpListenerContext context, Func<string, string, Reply> answer)
    {
        var response = context.Response;
        try
        {
            var reply = answer(context.Request.HttpMethod, context.Request.Url?.AbsolutePath ?? "/");
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
}
