using System.Diagnostics;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

// Compiled into each test project that imports XapiTools.targets (a linked file, so there is one copy).
namespace CivilSociety.Scorm.TestTools;

/// <summary>Where the npm-installed xAPI test tools are (tests/xapi-tools, from the build).</summary>
internal static class XapiToolsPaths
{
    public static string Directory { get; } =
        typeof(XapiToolsPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "XapiToolsDirectory")?.Value
        ?? throw new InvalidOperationException("The XapiToolsDirectory assembly metadata is missing (import tests/xapi-tools/XapiTools.targets).");

    /// <summary>Fails clearly when the build did not install the tools.</summary>
    public static string Require(string relativePath)
    {
        var path = Path.Combine(Directory, relativePath);
        return File.Exists(path) || System.IO.Directory.Exists(path)
            ? path
            : throw new InvalidOperationException($"{path} is missing: the test build runs `npm ci` in {Directory}; rebuild the test project.");
    }
}

/// <summary>What the independent validator said about one statement.</summary>
internal sealed record StatementReport(int Index, string? Id, IReadOnlyList<string> Problems)
{
    public override string ToString() => $"#{Index} {Id}: {string.Join("; ", Problems)}";
}

/// <summary>
/// npm <c>@learninglocker/xapi-validation</c> through tests/xapi-tools/validate.mjs: a validator that shares no
/// code with the statements' producers (the C# model, runtime/xapi.js).
/// </summary>
internal static class XapiValidator
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Validates one statement or a JSON array of them; one report per statement.</summary>
    public static IReadOnlyList<StatementReport> Validate(string statementOrArray)
    {
        XapiToolsPaths.Require("node_modules/@learninglocker/xapi-validation/package.json");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = XapiToolsPaths.Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("validate.mjs");
        start.ArgumentList.Add("-");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(statementOrArray);
        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"validate.mjs exited {process.ExitCode}: {error.Result}");
        }

        return JsonSerializer.Deserialize<List<StatementReport>>(output.Result, Json)
            ?? throw new InvalidOperationException("validate.mjs printed nothing.");
    }
}

/// <summary>
/// A real LRS on loopback (tests/xapi-tools/lrs.cjs: Learning Locker's statement service, in memory), one node
/// process per instance, with a full-access and a write-only key. Stopping it closes its standard input, so it
/// also goes away when the test host dies.
/// </summary>
internal sealed class TestLrs : IAsyncDisposable
{
    public const string FullKey = "full-access:full-secret";
    public const string WriteOnlyKey = "write-only:write-secret";

    private readonly Process process;
    private readonly StringBuilder log;
    private readonly HttpClient http;
    private bool disposed;

    private TestLrs(Process process, StringBuilder log, int port, string? stateFile)
    {
        this.process = process;
        this.log = log;
        Port = port;
        StateFile = stateFile;
        Endpoint = new Uri($"http://127.0.0.1:{port}/xAPI/");
        http = new HttpClient { BaseAddress = Endpoint, Timeout = TimeSpan.FromSeconds(20) };
        http.DefaultRequestHeaders.Add("X-Experience-API-Version", "1.0.3");
        http.DefaultRequestHeaders.Authorization = AuthenticationHeaderValue.Parse(FullAuthorization);
    }

    public int Port { get; }

    public Uri Endpoint { get; }

    /// <summary>Where the statements are kept when the LRS stops (a restart on the same file keeps them).</summary>
    public string? StateFile { get; }

    /// <summary>The Authorization header value of the key that may read.</summary>
    public static string FullAuthorization => Basic(FullKey);

    /// <summary>The Authorization header value of the key a package may carry: statements/write only.</summary>
    public static string WriteOnlyAuthorization => Basic(WriteOnlyKey);

    public bool HasExited => process.HasExited;

    /// <summary>Starts an LRS (port 0: a free one) and waits until it answers.</summary>
    public static async Task<TestLrs> StartAsync(int port = 0, string? stateFile = null)
    {
        var script = XapiToolsPaths.Require("lrs.cjs");
        XapiToolsPaths.Require("node_modules/xapi-statements/package.json");
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = XapiToolsPaths.Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { script, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--key", FullKey, "--write-key", WriteOnlyKey })
        {
            start.ArgumentList.Add(argument);
        }

        if (stateFile is not null)
        {
            start.ArgumentList.Add("--state");
            start.ArgumentList.Add(stateFile);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var log = new StringBuilder();
        var ready = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                ready.TrySetException(new InvalidOperationException("The LRS exited before it was ready: " + log));
                return;
            }

            lock (log)
            {
                log.AppendLine(e.Data);
            }

            if (e.Data.StartsWith("{\"ready\":true", StringComparison.Ordinal))
            {
                ready.TrySetResult((int)JsonNode.Parse(e.Data)!["port"]!);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (log)
                {
                    log.AppendLine(e.Data);
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var finished = await Task.WhenAny(ready.Task, Task.Delay(TimeSpan.FromSeconds(60)));
        if (finished != ready.Task)
        {
            process.Kill();
            process.Dispose();
            throw new TimeoutException("The LRS did not start within 60 s: " + log);
        }

        return new TestLrs(process, log, await ready.Task, stateFile);
    }

    /// <summary>Every statement of a registration, in the order the LRS stored them (follows "more" links).</summary>
    public async Task<IReadOnlyList<JsonObject>> StatementsAsync(Guid registration)
    {
        var statements = new List<JsonObject>();
        var next = $"statements?registration={registration}&ascending=true&limit=100";
        while (!string.IsNullOrEmpty(next))
        {
            var page = JsonNode.Parse(await http.GetStringAsync(new Uri(Endpoint, next)))!.AsObject();
            statements.AddRange(page["statements"]!.AsArray().Select(s => s!.AsObject()));
            next = (string?)page["more"];
        }

        return statements;
    }

    /// <summary>Writes a State document (cmi5's LMS.LaunchData, written by the LMS before a launch).</summary>
    public async Task PutStateAsync(string activityId, string agentJson, Guid registration, string stateId, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PutAsync(StateUri(activityId, agentJson, registration, stateId), content);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A State document's text, or null when the LRS has none.</summary>
    public async Task<string?> GetStateAsync(string activityId, string agentJson, Guid registration, string stateId)
    {
        using var response = await http.GetAsync(StateUri(activityId, agentJson, registration, stateId));
        return response.StatusCode == System.Net.HttpStatusCode.NotFound ? null : await response.EnsureSuccessStatusCode().Content.ReadAsStringAsync();
    }

    private Uri StateUri(string activityId, string agentJson, Guid registration, string stateId) =>
        new(Endpoint, $"activities/state?stateId={Uri.EscapeDataString(stateId)}&activityId={Uri.EscapeDataString(activityId)}" +
            $"&agent={Uri.EscapeDataString(agentJson)}&registration={registration}");

    /// <summary>A GET with a given Authorization value, for checking what a key may do.</summary>
    public async Task<int> StatusOfReadAsync(string authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "statements?limit=1");
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        using var response = await http.SendAsync(request);
        return (int)response.StatusCode;
    }

    /// <summary>What the LRS printed (for failure messages).</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    /// <summary>Stops the LRS (it writes its state file first, when it has one) and waits until it is gone.</summary>
    public async Task StopAsync()
    {
        if (!process.HasExited)
        {
            try
            {
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // Already gone.
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
                await process.WaitForExitAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        await StopAsync();
        http.Dispose();
        process.Dispose();
    }

    private static string Basic(string pair) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(pair));
}
