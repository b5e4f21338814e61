using System.Text.Json.Nodes;
using CivilSociety.Scorm.TestTools;
using Microsoft.Playwright;

namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>
/// The tests' own cmi5 LMS, on loopback: for each launch it writes LMS.LaunchData into the test LRS (State API),
/// offers a fetch URL on the loopback server that answers {"auth-token": …} once, and opens the AU's URL with the
/// cmi5 launch parameters (endpoint, fetch, actor, registration, activityId) in a page of its own.
/// </summary>
internal sealed class Cmi5Launcher(BrowserFixture fixture, TestLrs lrs)
{
    public const string LaunchDataStateId = "LMS.LaunchData";

    /// <summary>The state document the package keeps its saved state in (packaging/contract/runtime.json: cmi5.savedStateId).</summary>
    public const string SavedStateId = "civilsociety-scorm-state";

    public static readonly JsonObject Actor = new()
    {
        ["objectType"] = "Agent",
        ["name"] = "Test Learner",
        ["account"] = new JsonObject { ["homePage"] = "https://lms.example.org", ["name"] = "learner-cmi5" },
    };

    public static string ActorJson => Actor.ToJsonString();

    /// <summary>The AU's id, as the LMS passes it (its id in cmi5.xml).</summary>
    public static string AuId(ScormPackage package) =>
        System.Xml.Linq.XDocument.Load(Path.Combine(package.Directory, "cmi5.xml")).Descendants()
            .First(e => e.Name.LocalName == "au").Attribute("id")!.Value;

    /// <summary>Prepares a launch as an LMS does, then opens the AU in a new page of <paramref name="context"/>.</summary>
    public async Task<Cmi5Launch> LaunchAsync(
        IBrowserContext context, ScormPackage package, Guid registration, string launchMode = "Normal", string? returnUrl = null)
    {
        var session = Guid.NewGuid().ToString();
        var auId = AuId(package);
        var launchData = new JsonObject
        {
            ["contextTemplate"] = new JsonObject
            {
                ["contextActivities"] = new JsonObject { ["grouping"] = new JsonArray(new JsonObject { ["objectType"] = "Activity", ["id"] = auId }) },
                ["extensions"] = new JsonObject { ["https://w3id.org/xapi/cmi5/context/extensions/sessionid"] = session },
            },
            ["launchMode"] = launchMode,
            ["launchMethod"] = "AnyWindow",
            ["moveOn"] = "CompletedAndPassed",
        };
        if (package.MasteryScore is { } mastery)
        {
            launchData["masteryScore"] = decimal.Parse(mastery, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (returnUrl is not null)
        {
            launchData["returnURL"] = returnUrl;
        }

        await lrs.PutStateAsync(auId, ActorJson, registration, LaunchDataStateId, launchData.ToJsonString());

        var fetchId = Guid.NewGuid().ToString("N");
        fixture.Server.FetchTokens[fetchId] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(TestLrs.FullKey));
        var fetchUrl = new Uri(fixture.Server.BaseAddress, "cmi5/fetch/" + fetchId);
        var query = string.Join("&", new[]
        {
            ("endpoint", lrs.Endpoint.ToString()), ("fetch", fetchUrl.ToString()), ("actor", ActorJson),
            ("registration", registration.ToString()), ("activityId", auId),
        }.Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2)));

        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            // The runtime's own warnings ("[xapi] …", "[course] …"); not the browser's note on a 404 (no saved state yet).
            if (message.Type is "error" or "warning" && message.Text.StartsWith('['))
            {
                errors.Add("console: " + message.Text);
            }
        };
        await page.GotoAsync(fixture.Server.PackageUrl(package.Name, package.LaunchHref) + "?" + query);
        return new Cmi5Launch(page, session, auId, errors);
    }

    /// <summary>The package's own State document for the registration (null before the first save).</summary>
    public Task<string?> SavedStateAsync(ScormPackage package, Guid registration) =>
        lrs.GetStateAsync(AuId(package), ActorJson, registration, SavedStateId);
}

/// <summary>One launched AU: its page, the session id the LMS gave it, the AU's id, the page's errors and console warnings.</summary>
internal sealed record Cmi5Launch(IPage Page, string SessionId, string AuId, IReadOnlyList<string> PageErrors);
