using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Parsing;

/// <summary>The mistakes <see cref="YamlLayout"/> finds, each said with the lines and columns an author can see.</summary>
internal static partial class YamlLayout
{
    /// <summary>A key indented further than the line above, which already has its value.</summary>
    private static YamlMistake TooDeep(Line line, Line previous)
    {
        var extra = line.Indent - previous.KeyColumn;
        var what = line.IsItem ? $"the list item '{Shorten(line.IsItem ? "- " + line.Content : line.Content)}'" : $"'{line.Label}'";
        if (previous.IsItem && previous.Key is null && line.IsItem)
        {
            return new YamlMistake(line.Number, line.Indent + 1, DiagnosticCatalog.YamlIndentation,
                $"{what} is indented {Spaces(line.Indent - previous.Indent)} more than the item above it (line {previous.Number}), so it reads as more text of that item",
                $"start every item of a list at the same column: {Spaces(previous.Indent)} before the '-'");
        }

        return new YamlMistake(line.Number, line.Indent + 1, DiagnosticCatalog.YamlIndentation,
            $"{what} is indented {Spaces(extra)} more than '{Shorten(previous.Label)}' on line {previous.Number}, which already has its value",
            previous.Key is null
                ? $"line it up with the line above ({Margin(previous.KeyColumn)})"
                : $"line it up with {previous.Key}: ({Margin(previous.KeyColumn)}); only a key with nothing after its colon can have lines indented below it");
    }

    /// <summary>A line whose indentation lines up with no open level: between two of them.</summary>
    private static YamlMistake Between(Line line, Level? outer, Level inner)
    {
        var what = line.IsItem ? $"the list item '{Shorten("- " + line.Content)}'" : $"'{Shorten(line.Label)}'";
        var innerName = Name(inner);
        if (outer is null)
        {
            return new YamlMistake(line.Number, line.Indent + 1, DiagnosticCatalog.YamlIndentation,
                $"{what} is indented {Spaces(line.Indent)}, less than {innerName} ({Spaces(inner.Indent)}) and more than the first line of the file",
                $"indent it {Spaces(inner.Indent)}, like {innerName}");
        }

        var outerName = Name(outer);
        return new YamlMistake(line.Number, line.Indent + 1, DiagnosticCatalog.YamlIndentation,
            $"{what} is indented {Spaces(line.Indent)}: more than {outerName} ({Spaces(outer.Indent)}) and less than {innerName} ({Spaces(inner.Indent)}), so it belongs to neither",
            $"{IndentIt(inner.Indent)} to line up with {innerName}, or {IndentIt(outer.Indent).Replace("indent it ", "", StringComparison.Ordinal)} to line up with {outerName}");
    }

    /// <summary>
    /// A key dedented out of a list item (to the margin, say) while the list goes on below it: the key is the mistake,
    /// not the next item the parser stumbles on.
    /// </summary>
    private static YamlMistake LeftItsItem(Line key, Level itemKeys, Line nextItem) =>
        new(key.Number, key.Indent + 1, DiagnosticCatalog.YamlIndentation,
            $"'{key.Key}:' is {Margin(key.Indent)}, so it has left the list item on line {itemKeys.Line}, whose keys start at {Spaces(itemKeys.Indent)} ({itemKeys.Label}); the list goes on at line {nextItem.Number}",
            $"indent {key.Key}: {Spaces(itemKeys.Indent)} to line up with {itemKeys.Label} on line {itemKeys.Line}");

    /// <summary>A key (or text) at the column of a list's dashes: it left the item above without starting a new one.</summary>
    private static YamlMistake NotAnItem(Line line, Level list, Level? itemKeys)
    {
        if (line.Key is not null && itemKeys is { IsList: false })
        {
            return new YamlMistake(line.Number, line.Indent + 1, DiagnosticCatalog.YamlIndentation,
                $"'{line.Key}:' is indented {Spaces(line.Indent)}, the column of the '-' of the list item on line {itemKeys.Line}: it has left that item, whose keys start at {Spaces(itemKeys.Indent)} ({itemKeys.Label})",
                $"indent {line.Key}: {Spaces(itemKeys.Indent)} to line up with {itemKeys.Label}; or, to start a new item, write '- {line.Key}: ...'");
        }

        return new YamlMistake(line.Number, line.Indent + 1, DiagnosticCatalog.YamlIndentation,
            $"'{Shorten(line.Content)}' lines up with the items of the list on line {list.Line} but does not start with '- '",
            $"start it with '- ' if it is another item of that list, or indent it further if it continues the item above");
    }

    /// <summary>A list item at the column of a mapping's keys.</summary>
    private static YamlMistake ItemWhereKeyExpected(Line line, Level keys, Line? previous)
    {
        var help = previous is { IsItem: true } && previous.Indent > line.Indent
            ? $"indent it {Spaces(previous.Indent)}, like the item on line {previous.Number}"
            : $"a list goes under a key with nothing after its colon, indented further than the key (e.g. sections:, then '  - ...')";
        return new YamlMistake(line.Number, line.Indent + 1, DiagnosticCatalog.YamlIndentation,
            $"the list item '{Shorten("- " + line.Content)}' starts at the column of {Name(keys)}, where a key was expected",
            help);
    }

    /// <summary>'It's mine': the quote inside the value closes it, and the rest cannot be read.</summary>
    private static YamlMistake? QuoteEndsEarly(Line line, string raw)
    {
        var value = line.Value ?? (line.IsItem && line.Key is null ? line.Content : null);
        if (value is null || value.Length < 2 || value[0] is not ('\'' or '"'))
        {
            return null;
        }

        var quote = value[0];
        var close = 1;
        while (close < value.Length)
        {
            if (value[close] == '\\' && quote == '"')
            {
                close += 2;
                continue;
            }

            if (value[close] == quote)
            {
                if (quote == '\'' && close + 1 < value.Length && value[close + 1] == '\'')
                {
                    close += 2;
                    continue;
                }

                break;
            }

            close++;
        }

        var rest = close < value.Length ? value[(close + 1)..].TrimStart() : "";
        if (close >= value.Length || rest.Length == 0 || rest.StartsWith('#'))
        {
            return null;
        }

        var column = raw.LastIndexOf(value, StringComparison.Ordinal) + close + 1;
        var fixedValue = quote == '\'' ? "'" + value[1..^1].Replace("'", "''", StringComparison.Ordinal) + "'" : "'" + value[1..^1] + "'";
        var help = quote == '\''
            ? $"inside '...' write a ' as two: {Shorten(fixedValue)}; or use double quotes: \"{Shorten(value[1..^1])}\""
            : $"use single quotes around a value with \" in it: {Shorten(fixedValue)}; or write \\\" for each \" inside";
        return new YamlMistake(line.Number, column, DiagnosticCatalog.YamlQuoteEndsEarly,
            quote.ToString(), help);
    }
}
