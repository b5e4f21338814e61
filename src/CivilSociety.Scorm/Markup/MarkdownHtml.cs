using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CivilSociety.Scorm.Markup;

/// <summary>
/// Markdown to HTML with Markdig, headings shifted below the section title (h2), so the outline stays whole.
/// One instance serves one render (not thread-safe): the same prompt or choice is asked for by the page, the course
/// data, the decoder and xAPI, so fragments and their plain text are made once each.
/// </summary>
internal sealed class MarkdownHtml(MarkdownPipeline pipeline)
{
    /// <summary>The page has the course title (h1) and the section title (h2): body headings start at h3.</summary>
    private const int FirstBodyHeadingLevel = 3;

    /// <summary>One parser for every fragment: a new HtmlParser builds a whole browsing context each time.</summary>
    private readonly HtmlParser _htmlParser = new();
    private IDocument? _scratch;
    private readonly Dictionary<string, (string Html, bool HasRawHtml)> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _plainTexts = new(StringComparer.Ordinal);

    public string Render(MarkdownDocument document)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new ShiftedHeadingRenderer());
        renderer.Render(document);
        writer.Flush();

        // Every piece of rendered Markdown passes the allow-list, whatever validation said about it.
        return HtmlAllowList.Clean(writer.ToString(), _scratch ??= _htmlParser.ParseDocument(""));
    }

    /// <summary>A short piece of Markdown (a prompt, a choice, a feedback), rendered on its own.</summary>
    public string RenderFragment(string markdown) => Fragment(markdown).Html;

    /// <summary>Whether the author wrote HTML into the fragment: all other HTML is Markdig's own, always well formed.</summary>
    public bool HasRawHtml(string markdown) => Fragment(markdown).HasRawHtml;

    private (string Html, bool HasRawHtml) Fragment(string markdown)
    {
        if (!_fragments.TryGetValue(markdown, out var fragment))
        {
            var document = Markdown.Parse(markdown, pipeline);
            fragment = (Render(document), document.Descendants().Any(node => node is HtmlBlock or Markdig.Syntax.Inlines.HtmlInline));
            _fragments.Add(markdown, fragment);
        }

        return fragment;
    }

    /// <summary>A piece of Markdown as plain text (for accepted answers and the teachers' decoder).</summary>
    public string PlainText(string markdown)
    {
        if (!_plainTexts.TryGetValue(markdown, out var text))
        {
            var nodes = _htmlParser.ParseFragment(RenderFragment(markdown), null!);
            text = string.Join(' ', string.Concat(nodes.Select(n => n.TextContent)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            _plainTexts.Add(markdown, text);
        }

        return text;
    }

    private sealed class ShiftedHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
    {
        protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
        {
            var tag = "h" + Math.Clamp(heading.Level + 1, FirstBodyHeadingLevel, 6);
            renderer.EnsureLine();
            renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
            renderer.WriteLeafInline(heading);
            renderer.Write("</").Write(tag).WriteLine(">");
        }
    }
}
