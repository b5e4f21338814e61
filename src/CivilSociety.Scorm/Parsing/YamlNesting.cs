namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// YamlDotNet parses nesting by recursion: thousands of [[[[ or of indentation levels overflow the stack, which no
/// catch can handle. A course needs a handful of levels, so absurd depths are found in the text before parsing.
/// </summary>
internal static class YamlNesting
{
    public const int MaxDepth = 64;

    /// <summary>Where nesting first goes beyond <see cref="MaxDepth"/> levels (flow brackets or indentation steps), if it does.</summary>
    public static (int Line, int Column)? FirstTooDeep(string text)
    {
        var lines = text.Split('\n');
        var flow = 0;
        var indents = new Stack<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var content = line.TrimStart(' ');
            if (content.Length > 0 && !content.StartsWith('#'))
            {
                var indent = line.Length - content.Length;
                while (indents.Count > 0 && indents.Peek() >= indent)
                {
                    indents.Pop();
                }

                indents.Push(indent);
                if (indents.Count > MaxDepth)
                {
                    return (i + 1, indent + 1);
                }
            }

            var quote = '\0';
            for (var c = 0; c < line.Length; c++)
            {
                var ch = line[c];
                if (quote != '\0')
                {
                    quote = ch == quote ? '\0' : quote;
                }
                else if (ch is '"' or '\'')
                {
                    quote = ch;
                }
                else if (ch == '#' && (c == 0 || line[c - 1] == ' '))
                {
                    break;
                }
                else if (ch is '[' or '{' && ++flow > MaxDepth)
                {
                    return (i + 1, c + 1);
                }
                else if (ch is ']' or '}')
                {
                    flow = Math.Max(0, flow - 1);
                }
            }
        }

        return null;
    }
}
