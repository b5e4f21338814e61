using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CivilSociety.Scorm.Validation;

/// <summary>
/// The ending (docs/ending.md): course.yml's completion: message is Markdown the summary shows, so it holds no HTML,
/// links only to what the package can open, and stays short enough to leave the learner's results in sight.
/// </summary>
internal static class EndingRules
{
    public const int MaxCompletionLength = 1000;

    public static void CompletionMessageIsMarkdown(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        if (course.CompletionMessage is not { } message)
        {
            return;
        }

        var location = course.LocationOf("completion");
        var document = Markdown.Parse(message, MarkdownPipelineFactory.Shared);
        var html = document.Descendants<HtmlBlock>().Select(b => message.Substring(b.Span.Start, Math.Min(b.Span.Length, 40)))
            .Concat(document.Descendants<HtmlInline>().Select(i => i.Tag))
            .FirstOrDefault();
        if (html is not null)
        {
            diagnostics.Report(DiagnosticCatalog.CompletionMessageHasHtml, location, html.Trim());
            return;
        }

        foreach (var link in document.Descendants<LinkInline>().Where(l => !string.IsNullOrEmpty(l.Url)))
        {
            LinkRules.CheckUrl(link.Url!, CourseSources.CourseFileName, location, sources, diagnostics);
        }

        if (message.Length > MaxCompletionLength)
        {
            diagnostics.Report(DiagnosticCatalog.CompletionMessageTooLong, location, message.Length, MaxCompletionLength);
        }
    }
}
