using System.Text.Json;
using Microsoft.Playwright;

namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>One axe-core rule violation, with the elements it was found on.</summary>
public sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<string> Nodes)
{
    public override string ToString() => $"{Id} ({Impact}): {Help}{Environment.NewLine}    " + string.Join(Environment.NewLine + "    ", Nodes);
}

/// <summary>Runs axe-core (test-only, from npm) inside a frame: axe does not look into frames it was not loaded in.</summary>
internal static class Axe
{
    /// <summary>WCAG 2.0/2.1/2.2 A and AA plus axe's best practices.</summary>
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    /// <summary>Runs the rules of <see cref="Tags"/>; with <paramref name="allRules"/>, every rule axe enables by default.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> RunAsync(IFrame frame, bool allRules = false)
    {
        if (!await frame.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            // The context bypasses CSP, so this works even under a strict script-src.
            await frame.AddScriptTagAsync(new FrameAddScriptTagOptions { Path = Path.Combine(RepositoryPaths.Web, "axe.min.js") });
        }

        var json = await frame.EvaluateAsync<string>(
            """
            async tags => {
              const options = tags ? { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] } : { resultTypes: ['violations'] };
              const result = await window.axe.run(document, options);
              return JSON.stringify(result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\s+/g, ' '))
              })));
            }
            """,
            allRules ? null : Tags);
        return JsonSerializer.Deserialize<List<AxeViolation>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
