using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CivilSociety.Scorm.Rendering;

/// <summary>Markdown to HTML with Markdig, headings shifted below the section title (h2), so the outline stays whole.</summary>
internal sealed class MarkdownHtml(MarkdownPipeline pipeline)
{
    /// <summary>The page has the course title (h1) and the section title (h2): body headings start at h3.</summary>
    private const int FirstBodyHeadingLevel = 3;

    public string Render(MarkdownDocument document)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new ShiftedHeadingRenderer());
        renderer.Render(document);
        writer.Flush();

        // Every piece of rendered Markdown passes the allow-list, whatever validation said about it.
        return HtmlAllowList.Clean(writer.ToString());
    }

    /// <summary>A short piece of Markdown (a prompt, a choice, a feedback), rendered on its own.</summary>
    public string RenderFragment(string markdown) => Render(Markdown.Parse(markdown, pipeline));

    /// <summary>A piece of Markdown as plain text (for accepted answers and the teachers' decoder).</summary>
    public string PlainText(string markdown)
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseFragment(RenderFragment(markdown), null!);
        return string.Join(' ', string.Concat(document.Select(n => n.TextContent)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
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
