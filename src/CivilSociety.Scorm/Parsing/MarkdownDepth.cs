using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// How deeply a parsed document nests. Markdig parses a few hundred levels of emphasis or quotes but its HTML renderer
/// refuses them later without saying where; no real course comes near this limit.
/// </summary>
internal static class MarkdownDepth
{
    public const int Limit = 64;

    /// <summary>The first node nested deeper than <see cref="Limit"/>, or null. Iterative, so any depth is safe.</summary>
    public static MarkdownObject? FirstTooDeep(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > Limit)
            {
                return node;
            }

            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline container:
                    for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
            }
        }

        return null;
    }
}
