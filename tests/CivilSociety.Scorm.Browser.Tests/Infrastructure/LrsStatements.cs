using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CivilSociety.Scorm.TestTools;
using CivilSociety.Scorm.Xapi;
using Microsoft.Playwright;

namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>A statement as the LRS gave it back: the JSON, and the project's model decoding it.</summary>
internal sealed record StoredStatement(JsonObject Json, Statement Model)
{
    /// <summary>The verb's last IRI segment ("answered").</summary>
    public string Verb => Model.Verb.Id[(Model.Verb.Id.LastIndexOf('/') + 1)..];

    public string ObjectId => Model.Object.Id;

    public IReadOnlyList<string> Parents => Ids(Model.Context?.ContextActivities?.Parent);

    public IReadOnlyList<string> Groupings => Ids(Model.Context?.ContextActivities?.Grouping);

    public IReadOnlyList<Activity> Others => Model.Context?.ContextActivities?.Other ?? [];

    public JsonNode? Extension(string iri) => Model.Context?.Extensions is { } extensions && extensions.TryGetValue(iri, out var value) ? value : null;

    public override string ToString() => $"{Model.Timestamp:HH:mm:ss.fff} {Verb} {ObjectId}";

    private static string[] Ids(IReadOnlyList<Activity>? activities) => [.. (activities ?? []).Select(a => a.Id)];
}

/// <summary>Reading what a package sent: from the LRS, and from the package's own queue in the browser.</summary>
internal static partial class LrsStatements
{
    /// <summary>The queue runtime/xapi.js keeps in localStorage for a course (packaging/contract/runtime.json: storage.prefix + storage.xapiQueue + the course id).</summary>
    public static string QueueKey(string courseId) => "civilsociety-scorm:xapi-queue:" + courseId;

    /// <summary>The registration the player keeps at the end of cmi.suspend_data (docs/runtime-contract.md).</summary>
    public static Guid RegistrationIn(string suspendData)
    {
        var match = RegistrationSuffix().Match(suspendData);
        return match.Success
            ? Guid.ParseExact(match.Groups[1].Value, "N")
            : throw new InvalidOperationException($"suspend_data has no registration: '{suspendData}'");
    }

    /// <summary>suspend_data without the xAPI registration (what a package without xAPI writes).</summary>
    public static string WithoutRegistration(string suspendData) => RegistrationSuffix().Replace(suspendData, string.Empty);

    /// <summary>The statements of a registration, decoded, in the order they were made (timestamp; the LRS's order for ties).</summary>
    public static async Task<IReadOnlyList<StoredStatement>> ReadAsync(TestLrs lrs, Guid registration)
    {
        var json = await lrs.StatementsAsync(registration);
        return [.. json
            .Select(j => new StoredStatement(j, XapiJson.Deserialize(j.ToJsonString()) ?? throw new InvalidOperationException("null statement")))
            .OrderBy(s => s.Model.Timestamp)];
    }

    /// <summary>Polls the LRS until <paramref name="done"/> holds for the statements of a registration.</summary>
    public static async Task<IReadOnlyList<StoredStatement>> WaitForAsync(
        TestLrs lrs, Guid registration, Func<IReadOnlyList<StoredStatement>, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var statements = await ReadAsync(lrs, registration);
            if (done(statements) || DateTime.UtcNow > deadline)
            {
                return statements;
            }

            await Task.Delay(200);
        }
    }

    /// <summary>How many statements wait in the package's queue in this browser (read in the SCO's frame).</summary>
    public static Task<int> QueuedAsync(IFrame sco, string courseId) =>
        sco.EvaluateAsync<int>("key => JSON.parse(localStorage.getItem(key) || '[]').length", QueueKey(courseId));

    /// <summary>Waits until the package's queue is empty: everything was delivered.</summary>
    public static Task WaitForEmptyQueueAsync(IFrame sco, string courseId, float timeoutMs = 20_000) =>
        sco.WaitForFunctionAsync(
            "key => JSON.parse(localStorage.getItem(key) || '[]').length === 0", QueueKey(courseId),
            new FrameWaitForFunctionOptions { Timeout = timeoutMs, PollingInterval = 100 });

    [GeneratedRegex(@"\|([0-9a-f]{32})$")]
    private static partial Regex RegistrationSuffix();
}
