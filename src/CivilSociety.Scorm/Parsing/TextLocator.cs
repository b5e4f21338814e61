using Markdig.Syntax;

using SourceSpan = CivilSociety.Scorm.Diagnostics.SourceSpan;

namespace CivilSociety.Scorm.Parsing;

/// <summary>Turns Markdig's zero-based positions into the 1-based spans diagnostics use, in one place.</summary>
internal sealed class TextLocator(string path, string text)
{
    public string Path { get; } = path;

    public SourceSpan Of(MarkdownObject node) => new(Path, node.Line + 1, node.Column + 1);

    public SourceSpan AtLine(int zeroBasedLine) => new(Path, zeroBasedLine + 1, 1);

    /// <summary>The line and column of a character of the text, by its offset.</summary>
    public SourceSpan AtOffset(int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        return new SourceSpan(Path, text.AsSpan(0, lineStart).Count('\n') + 1, offset - lineStart + 1);
    }

    /// <summary>A whole line of the source (0-based), without its line end.</summary>
    public string LineAt(int zeroBasedLine)
    {
        var start = 0;
        for (var line = 0; line < zeroBasedLine && start >= 0; line++)
        {
            start = text.IndexOf('\n', start) is var next && next < 0 ? -1 : next + 1;
        }

        if (start < 0)
        {
            return "";
        }

        var end = text.IndexOf('\n', start);
        return end < 0 ? text[start..] : text[start..end];
    }

    /// <summary>The source text of a node, as the author wrote it.</summary>
    public string SourceOf(MarkdownObject node) => SourceSpanOf(node).ToString();

    /// <summary>The source text of a node, in place: for a look at it that mostly finds nothing to keep.</summary>
    public ReadOnlySpan<char> SourceSpanOf(MarkdownObject node) =>
        node.Span.IsEmpty ? [] : text.AsSpan(node.Span.Start, Math.Min(node.Span.Length, text.Length - node.Span.Start));
}
