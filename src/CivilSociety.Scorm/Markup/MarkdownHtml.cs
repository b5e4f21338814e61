using System.Text;
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
/// data, the decoder and xAPI, so each fragment is rendered and parsed once, and its nodes, HTML and plain text are
/// kept (the nodes until <see cref="Release"/>). AngleSharp builds a whole document for every parse, so the fragments
/// of a quiz are parsed in one go (<see cref="Prepare"/>); Markdig's own HTML is well formed, so each fragment's nodes
/// come out as if parsed alone.
/// </summary>
internal sealed partial class MarkdownHtml(MarkdownPipeline pipeline)
{
    /// <summary>The page has the course title (h1) and the section title (h2): body headings start at h3.</summary>
    private const int FirstBodyHeadingLevel = 3;

    /// <summary>One parser for every fragment: a new HtmlParser builds a whole browsing context each time.</summary>
    private readonly HtmlParser _htmlParser = HtmlParsers.Create();
    private IDocument? _scratch;
    private HtmlWriter? _htmlWriter;
    private readonly Dictionary<string, Fragment> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _plainTexts = new(StringComparer.Ordinal);

    private IDocument Scratch => _scratch ??= _htmlParser.ParseDocument("");

    /// <summary>
    /// Renders <paramref name="document"/> into <paramref name="target"/>: as if its InnerHtml were set to the cleaned
    /// HTML, without writing that HTML out and parsing it again when it is all Markdig's own.
    /// </summary>
    public void RenderInto(IElement target, MarkdownDocument document)
    {
        var html = ToHtml(document);
        if (HasRawHtml(document) || html.IndexOf('<') < 0)
        {
            _htmlParser.SetInnerHtml(target, HtmlAllowList.Clean(html, Scratch, _htmlParser));
            return;
        }

        var container = HtmlAllowList.CleanNodes(html, target.Owner!, _htmlParser);
        while (container.FirstChild is { } node)
        {
            DetachedNodes.Append(target, node);   // out of the container
        }
    }

    /// <summary>As <c>element.InnerHtml = html</c>, with this render's parser (<see cref="HtmlParsers.SetInnerHtml"/>).</summary>
    public void SetInnerHtml(IElement element, string html) => _htmlParser.SetInnerHtml(element, html);

    /// <summary>A short piece of Markdown (a prompt, a choice, a feedback), rendered on its own.</summary>
    public string RenderFragment(string markdown) => FragmentOf(markdown).Html;

    /// <summary>Whether the author wrote HTML into the fragment: all other HTML is Markdig's own, always well formed.</summary>
    public bool HasRawHtml(string markdown) => FragmentOf(markdown).HasRawHtml;

    /// <summary>
    /// The fragment's nodes as the children of an element of the scratch document (copy them: they are shared), or
    /// null when the author wrote HTML into it: that is parsed from <see cref="RenderFragment"/>'s HTML, on its own;
    /// null too for a paragraph of plain text (<see cref="ParagraphText"/>).
    /// </summary>
    public IElement? NodesOf(string markdown) => FragmentOf(markdown).Nodes;

    /// <summary>
    /// The text of a fragment that is a paragraph of plain text, <c>&lt;p&gt;TEXT&lt;/p&gt;</c> (<see cref="PlainParagraph"/>):
    /// its nodes are made where they go, without a parser or a copy; null for any other fragment.
    /// </summary>
    public string? ParagraphText(string markdown) => FragmentOf(markdown).ParagraphText;

    /// <summary>
    /// The fragment's nodes themselves (in their wrapper, still owned by the scratch document), for a page to keep
    /// instead of a copy: the fragment is let go as by <see cref="Release"/>, its plain text kept, so that it is made
    /// again if asked for later. Null when it has no nodes of its own (see <see cref="NodesOf"/>).
    /// </summary>
    public IElement? TakeNodes(string markdown)
    {
        if (FragmentOf(markdown).Nodes is not { } nodes)
        {
            return null;
        }

        _plainTexts[markdown] = PlainText(markdown);
        _fragments.Remove(markdown);
        return nodes;
    }

    /// <summary>Renders these fragments and parses them together, each in a wrapper of its own. An optimisation only.</summary>
    public void Prepare(IEnumerable<string> markdownTexts)
    {
        var texts = markdownTexts as IReadOnlyList<string> ?? [.. markdownTexts];
        var prepared = _ahead?.Take(texts)
            ?? MakeBatch(texts.Where(text => !_fragments.ContainsKey(text)), pipeline, _htmlParser, _htmlWriter ??= new HtmlWriter(pipeline), Scratch);
        foreach (var (text, fragment) in prepared)
        {
            _fragments.TryAdd(text, fragment);   // one known already (the author's HTML, or asked for before) stays
        }
    }

    /// <summary>
    /// The fragments of <paramref name="texts"/>, with their plain text: the author's own HTML and texts without a tag
    /// each on its own, paragraphs of plain text made without the parser (<see cref="PlainParagraph"/>), the rest of
    /// Markdig's HTML parsed in one go into <paramref name="scratch"/>. With a wrapper
    /// count that differs (which Markdig's well-formed HTML never gives), those are left out and parsed when asked.
    /// </summary>
    private static Dictionary<string, Fragment> MakeBatch(IEnumerable<string> texts, MarkdownPipeline pipeline, HtmlParser parser, HtmlWriter htmlWriter, IDocument scratch)
    {
        var made = new Dictionary<string, Fragment>(StringComparer.Ordinal);
        var batch = new List<string>();
        var html = new StringBuilder();
        foreach (var text in texts)
        {
            if (made.ContainsKey(text))
            {
                continue;
            }

            var document = Markdown.Parse(text, pipeline);
            var fragmentHtml = htmlWriter.Write(document);
            if (HasRawHtml(document) || fragmentHtml.IndexOf('<') < 0)
            {
                made.Add(text, Fragment.FromHtml(HtmlAllowList.Clean(fragmentHtml, scratch, parser), HasRawHtml(document)));
                continue;
            }

            if (PlainParagraph.TextOf(fragmentHtml) is { } paragraph)
            {
                made.Add(text, Fragment.FromParagraph(fragmentHtml, paragraph));   // nothing to parse or clean
                continue;
            }

            made.Add(text, null!);   // reserved: a text repeated in the batch is parsed once
            batch.Add(text);
            html.Append("<div>").Append(fragmentHtml).Append("</div>");
        }

        if (batch.Count > 0)
        {
            var holder = scratch.CreateElement("div");
            parser.SetInnerHtml(holder, html.ToString());
            var wrappers = holder.Children.ToList();
            for (var i = 0; i < batch.Count; i++)
            {
                made.Remove(batch[i]);
                if (wrappers.Count == batch.Count)
                {
                    HtmlAllowList.Apply(wrappers[i], report: null);
                    // Its plain text too, here: on the fragments' thread when made ahead, not on the page's.
                    made.Add(batch[i], Fragment.FromNodes(wrappers[i], CollapsedWhitespace.Of(wrappers[i].TextContent)));
                }
            }
        }

        return made;
    }

    /// <summary>
    /// Lets go of these fragments' nodes once the page holds its copies (a quiz rendered), keeping their plain text:
    /// the nodes of every question of a long course would otherwise stay in memory beside the page's own.
    /// </summary>
    public void Release(IEnumerable<string> markdownTexts)
    {
        foreach (var text in markdownTexts)
        {
            if (_fragments.TryGetValue(text, out var fragment) && (fragment.Nodes is not null || fragment.ParagraphText is not null))
            {
                _plainTexts[text] = PlainText(text);
                _fragments.Remove(text);
            }
        }
    }

    /// <summary>
    /// A renderer of its own, for another thread, that knows the plain text of every fragment this one has made so
    /// far: what it makes of a fragment is what this one would (the same pipeline), without the fragments made twice.
    /// </summary>
    public MarkdownHtml ForAnotherThread()
    {
        var other = new MarkdownHtml(pipeline);
        // Sized once: grown entry by entry to every prompt, choice and feedback of a course of 3,000 questions, it left
        // its smaller tables behind.
        other._plainTexts.EnsureCapacity(_plainTexts.Count + _fragments.Count);
        foreach (var (text, plain) in _plainTexts)
        {
            other._plainTexts[text] = plain;
        }

        foreach (var (text, fragment) in _fragments)
        {
            if (fragment?.PlainText is { } plain)
            {
                other._plainTexts[text] = plain;
            }
        }

        return other;
    }

    private Fragment FragmentOf(string markdown)
    {
        if (!_fragments.TryGetValue(markdown, out var fragment))
        {
            var document = Markdown.Parse(markdown, pipeline);
            var html = ToHtml(document);
            fragment = HasRawHtml(document) || html.IndexOf('<') < 0
                ? Fragment.FromHtml(HtmlAllowList.Clean(html, Scratch, _htmlParser), HasRawHtml(document))
                : PlainParagraph.TextOf(html) is { } paragraph
                    ? Fragment.FromParagraph(html, paragraph)
                    : Fragment.FromNodes(HtmlAllowList.CleanNodes(html, Scratch, _htmlParser));
            _fragments.Add(markdown, fragment);
        }

        return fragment;
    }

    /// <summary>A piece of Markdown as plain text (for accepted answers and the teachers' decoder).</summary>
    public string PlainText(string markdown)
    {
        if (_plainTexts.TryGetValue(markdown, out var released))
        {
            return released;
        }

        var fragment = FragmentOf(markdown);
        if (fragment.PlainText is null)
        {
            var text = fragment.Nodes is { } nodes
                ? nodes.TextContent
                : string.Concat(_htmlParser.ParseFragment(fragment.Html, null!).Select(n => n.TextContent));
            fragment.PlainText = CollapsedWhitespace.Of(text);
        }

        return fragment.PlainText;
    }

    private static bool HasRawHtml(MarkdownDocument document) =>
        document.Descendants().Any(node => node is HtmlBlock or Markdig.Syntax.Inlines.HtmlInline);

    private string ToHtml(MarkdownDocument document) => (_htmlWriter ??= new HtmlWriter(pipeline)).Write(document);

    /// <summary>
    /// Markdig's HTML renderer for one thread, kept from one fragment to the next: a new renderer for each fragment
    /// (the pipeline setting up its thirty object renderers every time) was a tenth of what rendering allocated.
    /// </summary>
    private sealed class HtmlWriter
    {
        private readonly StringWriter _writer = new();
        private readonly HtmlRenderer _renderer;

        public HtmlWriter(MarkdownPipeline pipeline)
        {
            _renderer = new HtmlRenderer(_writer);
            pipeline.Setup(_renderer);
            _renderer.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new ShiftedHeadingRenderer());
        }

        public string Write(MarkdownDocument document)
        {
            _renderer.Render(document);
            _writer.Flush();
            var html = _writer.ToString();
            // Back to where a new renderer starts (as if just after a line's end), for the next fragment.
            _renderer.EnsureLine();
            _writer.GetStringBuilder().Clear();
            return html;
        }
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
