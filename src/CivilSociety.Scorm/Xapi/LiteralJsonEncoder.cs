using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace CivilSociety.Scorm.Xapi;

/// <summary>
/// The JSON encoder of everything that sits in the launch page (course data, seals, xAPI data): it escapes what could
/// end an HTML script element (&lt;, &gt;, &amp;, quotes) but writes Arabic and every other script literally, so the
/// page stays small and readable. One instance for all: making one walks every code point (measured: 1 % of a build
/// of the real course each).
/// </summary>
internal static class LiteralJsonEncoder
{
    public static JavaScriptEncoder Instance { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);
}
