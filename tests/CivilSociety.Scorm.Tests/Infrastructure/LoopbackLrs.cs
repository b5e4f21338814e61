using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CivilSociety.Scorm.Tests.Infrastructure;

/// <summary>One request as the stand-in saw it: the path and query, and the Authorization header (null: none).</summary>
internal sealed record SeenRequest(string PathAndQuery, string? Authorization);

/// <summary>What the stand-in answers: a status, a body (written in chunks, without Content-Length, when <c>Chunked</c>), a Location header.</summary>
internal sealed record LrsAnswer(int Status, string Body, string? Location = null, bool Chunked = false);

/// <summary>
/// An LRS stand-in on a loopback address (HttpListener, in the test process) that answers every request with what
/// the test decides, and records each request with its Authorization header: a test can serve any page an LRS might
/// (a foreign "more", a loop, a malformed page) and check where the report's requests went. <see cref="Origin"/> is
/// http://HOST:PORT/, the xAPI endpoint <see cref="Endpoint"/> is its /xapi/ folder.
/// </summary>
internal sealed class LoopbackLrs : IDisposable
{
    private readonly HttpListener _listener;
    private readonly Func<string, LrsAnswer> _answer;
    private readonly Task _serving;

    private LoopbackLrs(HttpListener listener, Uri origin, Func<string, LrsAnswer> answer)
    {
        _listener = listener;
        Origin = origin;
        _answer = answer;
        _serving = Task.Run(Serve);
    }

    public Uri Origin { get; }

    public Uri Endpoint => new(Origin, "xapi/");

    public ConcurrentQueue<SeenRequest> Requests { get; } = new();

    /// <summary>Starts on HOST (127.0.0.1, 127.0.0.2...) at PORT (0: a free one); <paramref name="answer"/> gets the path and query.</summary>
    public static LoopbackLrs Start(Func<string, LrsAnswer> answer, string host = "127.0.0.1", int port = 0)
    {
        for (var tries = 0; ; tries++)
        {
            var chosen = port != 0 ? port : FreePort(host);
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://{host}:{chosen}/");
            try
            {
                listener.Start();
                return new LoopbackLrs(listener, new Uri($"http://{host}:{chosen}/"), answer);
            }
            catch (HttpListenerException) when (port == 0 && tries < 5)
            {
                listener.Close();   // the port was taken in between: another one
            }
        }
    }

    private static int FreePort(string host)
    {
        using var probe = new TcpListener(IPAddress.Parse(host), 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var path = context.Request.Url!.PathAndQuery;
            Requests.Enqueue(new SeenRequest(path, context.Request.Headers["Authorization"]));
            var answer = _answer(path);
            try
            {
                context.Response.StatusCode = answer.Status;
                context.Response.ContentType = "application/json";
                if (answer.Location is not null)
                {
                    context.Response.RedirectLocation = answer.Location;
                }

                var body = Encoding.UTF8.GetBytes(answer.Body);
                context.Response.SendChunked = answer.Chunked;
                if (!answer.Chunked)
                {
                    context.Response.ContentLength64 = body.Length;
                }

                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The client stopped reading (a page over the limit): nothing to answer.
            }
        }
    }

    public void Dispose()
    {
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
    }
}
