namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// Where in the text an author's YAML mistake is, for the mistakes YamlDotNet reports at another place (the start
/// of the enclosing mapping, or the end of the file). Lines and columns are 1-based.
/// </summary>
internal static class YamlMistakeFinder
{
    /// <summary>The first tab in a line's leading whitespace, if any.</summary>
    public static (int Line, int Column)? TabIndentation(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// The first non-breaking space (U+00A0, what a word processor or a web page puts in pasted text) where YAML needs
    /// an ordinary one: in a line's indentation, or right after a key's colon or a list item's dash.
    /// </summary>
    public static (int Line, int Column)? NonBreakingSpace(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ', '\u00A0', '\t').Length;
            var inIndent = line.IndexOf('\u00A0', 0, indent);
            if (inIndent >= 0)
            {
                return (i + 1, inIndent + 1);
            }

            var rest = line[indent..];
            var dash = rest.StartsWith('-') ? 1 : 0;
            if (dash == 1 && rest.Length > 1 && rest[1] == '\u00A0')
            {
                return (i + 1, indent + 2);
            }

            var colon = rest.IndexOf(":\u00A0", StringComparison.Ordinal);
            if (colon > 0 && rest[dash..colon].Trim(' ', '\u00A0').All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.'))
            {
                return (i + 1, indent + colon + 2);
            }
        }

        return null;
    }

    /// <summary>The first line that opens more [ or { than it closes, at its first opening bracket, if any.</summary>
    public static (int Line, int Column)? UnclosedBracket(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var depth = 0;
            var first = -1;
            foreach (var (c, index) in lines[i].Select((c, index) => (c, index)))
            {
                if (c is '[' or '{')
                {
                    first = depth++ == 0 ? index : first;
                }
                else if (c is ']' or '}')
                {
                    depth--;
                }
            }

            if (depth > 0)
            {
                return (i + 1, first + 1);
            }
        }

        return null;
    }

    /// <summary>The first line whose value opens a " or ' quote it never closes, at the quote, if any.</summary>
    public static (int Line, int Column)? UnclosedQuote(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            var start = colon >= 0 ? colon + 2 : line.TrimStart().StartsWith("- ", StringComparison.Ordinal) ? line.IndexOf("- ", StringComparison.Ordinal) + 2 : -1;
            if (start < 0 || start >= line.Length)
            {
                continue;
            }

            var value = line[start..].TrimStart();
            if (value.Length > 0 && value[0] is '"' or '\'' && value.IndexOf(value[0], 1) < 0)
            {
                return (i + 1, line.Length - value.Length + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// title: Maps: the basics, on the line the parser stopped at: a key, its value, and a second ': ' inside the value.
    /// </summary>
    public static (int Line, int Column, string Key, string Value)? ColonInValue(string text, int line)
    {
        var lines = text.Split('\n');
        if (line < 1 || line > lines.Length)
        {
            return null;
        }

        var source = lines[line - 1].TrimEnd('\r');
        var content = source.TrimStart(' ');
        content = content.StartsWith("- ", StringComparison.Ordinal) ? content[2..].TrimStart(' ') : content;
        var first = content.IndexOf(": ", StringComparison.Ordinal);
        var second = first <= 0 ? -1 : content.IndexOf(": ", first + 2, StringComparison.Ordinal);
        second = second < 0 && first > 0 && content.Length > first + 2 && content.EndsWith(':') ? content.Length - 1 : second;
        if (second < 0)
        {
            return null;
        }

        var value = content[(first + 2)..].Trim();
        var column = source.Length - content.Length + second + 1;
        return (line, column, content[..first].Trim(), value.Replace("\"", "\\\"", StringComparison.Ordinal));
    }
}
