using Microsoft.Playwright;

namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>
/// A click as a person makes one, for the click measurements: the pointer comes to rest over the element and a frame is
/// drawn with it there before the click. Playwright's <c>ClickAsync</c> alone moves the pointer onto the element and
/// presses in the same instant, so the hover (the link's <c>:hover</c> style, a forced style and layout, hit tests) is
/// handled in the press's own input task and counted in the click's Event Timing duration: an artefact of synthesized
/// input, as a person's pointer arrives well before the press. The click itself is still Playwright's (its checks, and
/// the press and release sent together), its pointer move now to where the pointer already is. Then the harness leaves
/// the page alone for a moment: whatever it asks of the page next (a check, the next hover) would otherwise run while
/// the click's frame is rastered, on the cores that frame needs.
/// </summary>
internal static class RestingClick
{
    /// <summary>Longer than a click's frame takes to be presented here, even on a loaded machine (~25 to 60 ms).</summary>
    private static readonly TimeSpan FrameDrawn = TimeSpan.FromMilliseconds(150);

    private const string NextFrame = "element => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)))";

    public static async Task ClickAsync(ILocator target)
    {
        await target.HoverAsync();
        await target.EvaluateAsync(NextFrame);
        await target.ClickAsync();
        await Task.Delay(FrameDrawn);
    }
}
