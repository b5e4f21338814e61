using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

using SourceSpan = CivilSociety.Scorm.Diagnostics.SourceSpan;

namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// How deeply a parsed document nests. Markdig parses a few hundred levels of emphasis or quotes but its HTML renderer
/// refuses them later without saying where; no real course comes near this limit.
/// </summary>
internal static class MarkdownDepth
{
    public const int Limit = 64;

    /// <summary>
    /// The earliest node in the text nested deeper than <see cref="Limit"/>, or null: where the author should look.
    /// Iterative, so any depth is safe; nothing below a node too deep is visited.
    /// </summary>
    public static MarkdownObject? FirstTooDeep(MarkdownDocument document)
    {
        MarkdownObject? first = null;
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > Limit)
            {
                first = first is null || (node.Line, node.Column).CompareTo((first.Line, first.Column)) < 0 ? node : first;
                continue;
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

        return first;
    }

    /// <summary>
    /// Where Markdig's own depth limit (an exception without a position) is crossed: the first line at which the text
    /// up to it no longer parses, found by halving, and on that line the run of &gt;, [, * or _ past <see cref="Limit"/>.
    /// </summary>
    public static SourceSpan WhereMarkdigGivesUp(string text, MarkdownPipeline pipeline, TextLocator locator)
    {
        var lineEnds = new List<int>();
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            lineEnds.Add(i);
        }

        lineEnds.Add(text.Length);
        int low = 0, high = lineEnds.Count - 1;   // the whole text fails: the first failing prefix ends at a line in [low, high]
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Parses(text[..lineEnds[middle]], pipeline))
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        // The caret goes under the marker past the limit, or, for nesting by indentation, under the line's text.
        var line = locator.LineAt(low);
        var column = line.Length - line.TrimStart().Length + 1;
        for (int c = 0, markers = 0; c < line.Length; c++)
        {
            if (line[c] is '>' or '[' or '*' or '_' && ++markers > Limit)
            {
                column = c + 1;
                break;
            }
        }

        return new SourceSpan(locator.Path, low + 1, column);
    }

    private static bool Parses(string text, MarkdownPipeline pipeline)
    {
        try
        {
            Markdown.Parse(text, pipeline);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
