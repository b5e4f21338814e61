using System.Text;
using AngleSharp.Dom;

namespace CivilSociety.Scorm.Markup;

/// <summary>
/// Rendered Markdown fragments as nodes of the page. AngleSharp builds a whole document, and fires its load events,
/// for every InnerHtml, and a quiz has a dozen fragments per question: so the fragments of a quiz are parsed in one
/// go, each in a wrapper of its own, and copied out when needed. A fragment holding the author's own HTML is parsed
/// on its own, as its tags could close a wrapper.
/// </summary>
internal sealed class FragmentNodes(IDocument document, MarkdownHtml markdown)
{
    private readonly Dictionary<string, IElement> _parsed = new(StringComparer.Ordinal);

    /// <summary>
    /// Parses these fragments together, in place of the previous batch (kept for one quiz only, so the nodes do not
    /// pile up over a long course). An optimisation only: any fragment may be appended.
    /// </summary>
    public void Prepare(IEnumerable<string> markdownTexts)
    {
        _parsed.Clear();
        var batch = markdownTexts
            .Where(text => !markdown.HasRawHtml(text))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (batch.Count == 0)
        {
            return;
        }

        var html = new StringBuilder();
        foreach (var text in batch)
        {
            html.Append("<div>").Append(markdown.RenderFragment(text)).Append("</div>");
        }

        var scratch = document.CreateElement("div");
        scratch.InnerHtml = html.ToString();
        var wrappers = scratch.Children.ToList();
        if (wrappers.Count != batch.Count)
        {
            return; // Cannot happen with Markdig's well-formed HTML; each fragment is then parsed when appended.
        }

        for (var i = 0; i < batch.Count; i++)
        {
            _parsed[batch[i]] = wrappers[i];
        }
    }

    /// <summary>The fragment's nodes in a new element (not in the page): as if its InnerHtml were the fragment.</summary>
    public IElement Parse(string markdownText)
    {
        if (_parsed.TryGetValue(markdownText, out var wrapper))
        {
            return (IElement)wrapper.Clone(deep: true);
        }

        var element = document.CreateElement("div");
        element.InnerHtml = markdown.RenderFragment(markdownText);
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
