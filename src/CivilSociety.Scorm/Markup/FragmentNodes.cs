using AngleSharp.Dom;

namespace CivilSociety.Scorm.Markup;

/// <summary>
/// Rendered Markdown fragments as nodes of the page: copies of the nodes <see cref="MarkdownHtml"/> keeps for each
/// fragment (parsed once, many fragments at a time), never their HTML written out and parsed again. A fragment
/// holding the author's own HTML is parsed from its cleaned HTML, on its own, as its tags could close a wrapper.
/// </summary>
internal sealed class FragmentNodes(IDocument document, MarkdownHtml markdown)
{
    /// <summary>Renders and parses these fragments together, ahead of their use. An optimisation only.</summary>
    public void Prepare(IEnumerable<string> markdownTexts) => markdown.Prepare(markdownTexts);

    /// <summary>Lets go of these fragments' nodes (their plain text stays known): the page holds its copies.</summary>
    public void Release(IEnumerable<string> markdownTexts) => markdown.Release(markdownTexts);

    /// <summary>The fragment's nodes in a new element (not in the page): as if its InnerHtml were the fragment.</summary>
    public IElement Parse(string markdownText)
    {
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
        foreach (var node in holder.ChildNodes.ToList())
        {
            target.AppendChild(node);
        }
    }
}
