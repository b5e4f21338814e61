using AngleSharp.Dom;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Resources;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// The launch page's shell (packaging/runtime/index.html) as a document of its own, which the page renderer fills.
/// It needs nothing of the course: a build parses it on the thread pool (<see cref="ParseAhead"/>), with AngleSharp's
/// one-time set-up, while its own thread reads the course.
/// </summary>
internal static class PageShell
{
    public static IDocument Parse() => HtmlParsers.Create().ParseDocument(PackagingResources.ReadText(RuntimeContract.Files.Shell));

    /// <summary>The shell, parsed on the thread pool; the document is then the caller's alone.</summary>
    public static Task<IDocument> ParseAhead() => Task.Run(Parse);
}
