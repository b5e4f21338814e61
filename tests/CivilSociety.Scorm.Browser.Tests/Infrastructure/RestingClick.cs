using Microsoft.Playwright;

namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>
/// A click as a person makes one, for the click measurements: the pointer comes to rest over the element and a frame is
/// drawn with it there before the click. Playwright's <c>ClickAsync</c> alone moves the pointer onto the element and
/// presses in the same instant, so the hover (the link's <c>:hover</c> style, a forced style and layout, hit tests) is
/// handled in the press's own input task and counted in the click's Event Timing duration: an artefact of synthesized
/// input, as a person's pointer arrives well before the press. The click itself is still Playwright's (its checks, and
/// the press and release sent together), its pointer move now to where the pointer already is.
/// </summary>
internal static class RestingClick
{
    private const string NextFrame = "element => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)))";

    public static async Task ClickAsync(ILocator target)
    {
        await target.HoverAsync();
        await target.EvaluateAsync(NextFrame);
        await target.ClickAsync();
    }
}
