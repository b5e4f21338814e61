using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Svg.Dom;

namespace CivilSociety.Scorm.Markup;

/// <summary>
/// Builds a part of the page while it is not in the page yet (a section and its quizzes, before the section is added),
/// the way AngleSharp's own parser builds a tree: a node is linked to its new parent and nothing more. AppendChild and
/// RemoveChild also run the DOM's insertion and removal steps, each a walk over the whole subtree moved (for elements
/// that load once connected, for a &lt;base&gt;, for popovers) with a new iterator and stack: a quiz of ten questions
/// is some 300 inserts, the synthetic course's quizzes 70,000. Those steps matter only in the page, and run once, over
/// the whole part, when it is added to the page with AppendChild. Wherever the shortcut is not sure to be the same
/// (a node in the page, another document's node, a parent or child whose insertion steps do something of their own:
/// a select's options, scripts, styles, links, frames), the node is moved the usual way.
/// </summary>
internal static class DetachedNodes
{
    /// <summary>Appends <paramref name="child"/> to <paramref name="parent"/> and returns it; moved from its parent, if it has one.</summary>
    public static T Append<T>(INode parent, T child) where T : INode
    {
        if (child.Parent is Node from && Plain(from) && Plain(child) && !InDocument(from))
        {
            from.RemoveNode(child.Index(), (Node)(INode)child);
        }

        if (child is Node node && parent is Node to && child is { Parent: null, NodeType: NodeType.Element or NodeType.Text }
            && child.Owner == parent.Owner && Plain(to) && Plain(node) && !InDocument(to))
        {
            to.AddNode(node);
        }
        else
        {
            parent.AppendChild(child);
        }

        return child;
    }

    /// <summary>Takes <paramref name="node"/> out of its parent, which is not in the page either (or the usual way if it is).</summary>
    public static void Remove(INode node)
    {
        if (node.Parent is Node from && Plain(from) && Plain(node) && !InDocument(from))
        {
            from.RemoveNode(node.Index(), (Node)node);
        }
        else
        {
            node.Parent?.RemoveChild(node);
        }
    }

    /// <summary>Whether the node's own insertion and removal steps do nothing (they do for these, in AngleSharp).</summary>
    private static bool Plain(INode node) => node is not (IHtmlSelectElement or IHtmlOptionsGroupElement or IHtmlScriptElement
        or IHtmlStyleElement or IHtmlLinkElement or IHtmlInlineFrameElement or IElement { LocalName: "frame" } or ISvgElement or IDocument);

    private static bool InDocument(INode node)
    {
        var root = node;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        return root is IDocument;
    }
}
