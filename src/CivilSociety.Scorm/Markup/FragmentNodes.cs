using AngleSharp.Dom;

namespace CivilSociety.Scorm.Markup;

/// <summary>
/// Rendered Markdown fragments as nodes of the page: copies of the nodes <see cref="MarkdownHtml"/> keeps for each
/// fragment (parsed once, many fragments at a time), never their HTML written out and parsed again. A fragment
/// holding the author's own HTML is parsed from its cleaned HTML, on its own, as its tags could close a wrapper.
/// </summary>
internal sealed class FragmentNodes(IDocument document, MarkdownHtml markdown)
{
    /// <summary>How many more times each prepared fragment is expected to be asked for (<see cref="Parse"/>).</summary>
    private readonly Dictionary<string, int> _usesLeft = new(StringComparer.Ordinal);

    /// <summary>
    /// Renders and parses these fragments together, ahead of their use, one entry for each time it will be asked
    /// for: the last time, the page is given the fragment's own nodes rather than a copy (most are used once; a
    /// copy was as many nodes again for the collector to move). An optimisation only: a fragment asked for more
    /// often than listed is made again, one asked for less often is copied.
    /// </summary>
    public void Prepare(IEnumerable<string> markdownTexts)
    {
        var texts = markdownTexts as IReadOnlyList<string> ?? [.. markdownTexts];
        foreach (var text in texts)
        {
            _usesLeft[text] = _usesLeft.GetValueOrDefault(text) + 1;
        }

        markdown.Prepare(texts);
    }

    /// <summary>Lets go of these fragments' nodes (their plain text stays known): the page holds its copies.</summary>
    public void Release(IEnumerable<string> markdownTexts)
    {
        var texts = markdownTexts as IReadOnlyList<string> ?? [.. markdownTexts];
        foreach (var text in texts)
        {
            _usesLeft.Remove(text);
        }

        markdown.Release(texts);
    }

    /// <summary>The fragment's nodes in a new element (not in the page): as if its InnerHtml were the fragment.</summary>
    public IElement Parse(string markdownText)
    {
        if (markdown.ParagraphText(markdownText) is { } paragraph)
        {
            return PlainParagraph.Nodes(paragraph, document);   // made here: nothing to copy or adopt
        }

        if (IsLastUse(markdownText) && markdown.TakeNodes(markdownText) is { } own)
        {
            DetachedNodes.Remove(own);   // out of the holder of its batch, which is in no page
            return (IElement)document.Adopt(own);
        }

        if (markdown.NodesOf(markdownText) is { } nodes)
        {
            return (IElement)document.Import(nodes, deep: true);
        }

        var element = document.CreateElement("div");
        markdown.SetInnerHtml(element, markdown.RenderFragment(markdownText));
        return element;
    }

    /// <summary>Appends the fragment's nodes to <paramref name="target"/>.</summary>
    public void AppendTo(IElement target, string markdownText)
    {
        var holder = Parse(markdownText);
        // Each append takes the node out of the holder: no list of them first.
        while (holder.FirstChild is { } node)
        {
            DetachedNodes.Append(target, node);
        }
    }

    private bool IsLastUse(string markdownText)
    {
        if (!_usesLeft.TryGetValue(markdownText, out var left))
        {
            return false;
        }

        if (left > 1)
        {
            _usesLeft[markdownText] = left - 1;
            return false;
        }

        _usesLeft.Remove(markdownText);
        return true;
    }
}
