using System.Text.RegularExpressions;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// A mistake in a YAML file, said in an author's words: where it is (1-based), which one (its code), the words that
/// fill the code's message, and the fix for this very line.
/// </summary>
internal sealed record YamlMistake(int Line, int Column, DiagnosticDescriptor Descriptor, string Detail, string Help);

/// <summary>
/// Reads the layout of a YAML file line by line (indentation, keys, list items) the way an author sees it, to name the
/// mistake YamlDotNet stumbled on in the author's terms: a key indented one space too far, a key that left its list
/// item, a list item where a key was expected, "title:Giving". Only the lines up to where the parser stopped are read:
/// the mistake is never after that place.
/// </summary>
internal static partial class YamlLayout
{
    /// <summary>One open level: the keys of a mapping, or the dashes of a list, that start at <paramref name="Indent"/>.</summary>
    private sealed record Level(int Indent, bool IsList, int Line, string Label);

    /// <summary>One line with something on it.</summary>
    private sealed record Line(int Number, int Indent, bool IsItem, int ContentColumn, string Content, string? Key, string? Value)
    {
        /// <summary>A key with nothing after it, or a lone dash: the lines below it, indented further, belong to it.</summary>
        public bool Opens => IsItem ? Content.Length == 0 || (Key is not null && Value is null) : Key is not null && Value is null;

        /// <summary>The column (0-based) of the key, or of the content after the dash.</summary>
        public int KeyColumn => IsItem ? ContentColumn : Indent;

        /// <summary>How an author names the line: its key with the colon, or its text.</summary>
        public string Label => Key is not null ? Key + ":" : (IsItem ? "- " : "") + Content;
    }

    /// <param name="errorLine">The line (of <paramref name="text"/>) where the parser stopped.</param>
    /// <param name="lineOffset">The file's line number before the text's first line (front matter): every line named is the file's.</param>
    public static YamlMistake? Explain(string text, int errorLine, int lineOffset)
    {
        var lines = text.Split('\n');
        var levels = new Stack<Level>();
        Line? previous = null;
        (Level Item, Level List)? previousLeft = null;   // the list item the previous line dedented out of
        var skipDeeperThan = -1;   // the text of a block scalar (| or >) or a multi-line value: not structure
        var flowDepth = 0;
        for (var i = 0; i < Math.Min(lines.Length, Math.Max(errorLine, 1)); i++)
        {
            var raw = lines[i].TrimEnd('\r');
            var trimmed = raw.TrimStart(' ');
            if (trimmed.Length == 0 || trimmed.StartsWith('#') || trimmed.StartsWith("---", StringComparison.Ordinal) || trimmed.StartsWith("...", StringComparison.Ordinal))
            {
                continue;
            }

            var indent = raw.Length - trimmed.Length;
            if (flowDepth > 0)
            {
                flowDepth = Math.Max(0, flowDepth + FlowBalance(trimmed));
                continue;
            }

            if (skipDeeperThan >= 0 && indent > skipDeeperThan)
            {
                continue;
            }

            skipDeeperThan = -1;
            var line = Read(i + 1 + lineOffset, indent, trimmed);
            if (QuoteEndsEarly(line, raw) is { } quote)
            {
                return quote;
            }

            // More text of the value on the line above (a long title wrapped onto the next line): not structure.
            if (previous is { Value: not null } && line.Key is null && !line.IsItem && indent > previous.KeyColumn)
            {
                continue;
            }

            if (line.Content.Length > 1 && line.Content[0] == '-' && line.Content[1] is not (' ' or '-'))
            {
                return new YamlMistake(line.Number, line.ContentColumn + 2, DiagnosticCatalog.YamlMissingSpace,
                    "a list item needs one after its '-'",
                    $"write - {Shorten(line.Content[1..])}");
            }

            if (ColonWithoutSpace().Match(line.Content) is { Success: true } glued)
            {
                var key = glued.Groups["key"].Value;
                return new YamlMistake(line.Number, line.ContentColumn + key.Length + 2, DiagnosticCatalog.YamlMissingSpace,
                    $"'{key}:' needs one after its colon",
                    $"write {key}: {line.Content[(key.Length + 1)..].Trim()} (a key is read as a key only when a space follows its colon)");
            }

            var popped = (Level?)null;
            (Level Item, Level List)? left = null;
            while (levels.Count > 0 && levels.Peek().Indent > indent)
            {
                var level = levels.Pop();
                left ??= level.IsList && popped is { IsList: false } item ? (item, level) : null;
                popped = level;
            }

            if (levels.Count > 0 && levels.Peek().Indent == indent)
            {
                var level = levels.Peek();
                if (level.IsList && !line.IsItem)
                {
                    // A list as a key's value may start at the key's own column: after its last item, the next key.
                    levels.Pop();
                    if (levels.Count == 0 || levels.Peek().Indent != indent)
                    {
                        return NotAnItem(line, level, popped);
                    }
                }
                else if (!level.IsList && line.IsItem)
                {
                    if (previous is { IsItem: false, Opens: true } && previous.Indent == indent)
                    {
                        levels.Push(new Level(indent, IsList: true, line.Number, "- "));   // key:\n- item, at the key's column
                    }
                    else
                    {
                        return ItemWhereKeyExpected(line, level, previous);
                    }
                }
            }
            else if (previous is not null && (levels.Count == 0 || levels.Peek().Indent < indent))
            {
                // Deeper than every open level: right below a key or a dash that opens one, wrong anywhere else.
                var opener = previous.IsItem && previous.Key is not null ? previous.ContentColumn : previous.Indent;
                var opens = previous.Opens && (indent > opener || (line.IsItem && indent == opener && previous.IsItem));
                if (!opens && line.IsItem && previousLeft is { } dedented && dedented.List.Indent == indent && previous is { IsItem: false, Key: not null })
                {
                    return LeftItsItem(previous, dedented.Item, line);
                }

                if (!opens)
                {
                    return popped is not null && popped.Indent > indent
                        ? Between(line, levels.Count > 0 ? levels.Peek() : null, popped)
                        : TooDeep(line, previous);
                }

                levels.Push(new Level(indent, line.IsItem, line.Number, line.IsItem ? "- " : line.Label));
            }
            else if (previous is null)
            {
                levels.Push(new Level(indent, line.IsItem, line.Number, line.IsItem ? "- " : line.Label));
            }

            if (!line.IsItem && line.Key is null && previous is { Value: not null, Key: not null } && indent == previous.KeyColumn && line.Content.Contains(' ', StringComparison.Ordinal))
            {
                // A long value wrapped onto the next line, which starts where the keys do.
                return new YamlMistake(line.Number, indent + 1, DiagnosticCatalog.YamlIndentation,
                    $"'{Shorten(line.Content)}' reads as more text of {previous.Key}: on line {previous.Number}, but it starts at the column of the keys",
                    $"indent it further than {previous.Key}: (more than {Spaces(previous.KeyColumn)}) to continue the value, or join it to the line above");
            }

            if (!line.IsItem && line.Key is null)
            {
                var example = line.Content.IndexOf(' ') is var space && space > 0
                    ? $"{line.Content[..space]}: {line.Content[(space + 1)..].TrimStart()}"
                    : $"{line.Content}: ...";
                return new YamlMistake(line.Number, indent + 1, DiagnosticCatalog.YamlKeyWithoutColon,
                    Shorten(line.Content),
                    $"write the key with a colon and a space, e.g. {Shorten(example)}");
            }

            if (line.IsItem && line.Key is not null)
            {
                levels.Push(new Level(line.ContentColumn, IsList: false, line.Number, line.Label));
            }

            if (line.Value is { } value && (value.StartsWith('|') || value.StartsWith('>')))
            {
                skipDeeperThan = line.KeyColumn;
            }

            flowDepth = Math.Max(0, FlowBalance(line.Value ?? (line.Key is null ? line.Content : "")));
            previous = line;
            previousLeft = left;
        }

        return null;
    }

    private static Line Read(int number, int indent, string trimmed)
    {
        var isItem = trimmed == "-" || trimmed.StartsWith("- ", StringComparison.Ordinal);
        var content = isItem ? trimmed[1..].TrimStart(' ') : trimmed;
        var contentColumn = isItem ? indent + (trimmed.Length - content.Length) : indent;
        var match = KeyAndValue().Match(content);
        if (!match.Success)
        {
            return new Line(number, indent, isItem, contentColumn, content, null, null);
        }

        var value = match.Groups["value"].Value.Trim();
        return new Line(number, indent, isItem, contentColumn, content, match.Groups["key"].Value.Trim(),
            value.Length == 0 || value.StartsWith('#') ? null : value);
    }

    private static int FlowBalance(string text)
    {
        var balance = 0;
        var quote = '\0';
        foreach (var c in text)
        {
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && balance > 0)
            {
                quote = c;
            }
            else if (c is '[' or '{')
            {
                balance++;
            }
            else if (c is ']' or '}')
            {
                balance--;
            }
            else if (c == '#' && balance == 0)
            {
                break;
            }
        }

        return balance;
    }

    /// <summary>A level as an author would point at it.</summary>
    private static string Name(Level level) =>
        level.IsList ? $"the items of the list on line {level.Line}"
        : level.Indent == 0 ? "the top-level keys"
        : $"{level.Label} on line {level.Line}";

    private static string IndentIt(int indent) => indent == 0 ? "start it at the margin" : $"indent it {Spaces(indent)}";

    private static string Margin(int indent) => indent == 0 ? "at the margin" : $"{Spaces(indent)} from the margin";

    private static string Spaces(int count) => count == 1 ? "1 space" : $"{count} spaces";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    /// <summary>name: value, or name: with nothing after it; the name a plain word or a quoted one.</summary>
    [GeneratedRegex(@"^(?<key>[^\s:#'""\[\]{},&*!|>%@`-][^:#]*?|""[^""]*""|'[^']*')\s*:(?:\s+(?<value>.*))?$")]
    private static partial Regex KeyAndValue();

    /// <summary>title:Giving: a word, a colon, and no space before the value (not a URL's ://).</summary>
    [GeneratedRegex(@"^(?<key>[A-Za-z_][A-Za-z0-9_.]*):(?=[^\s/:])")]
    private static partial Regex ColonWithoutSpace();
}
