using CivilSociety.Scorm.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace CivilSociety.Scorm.Parsing;

/// <summary>A list's items that YAML read as text: found, said once, and read as the items the author meant.</summary>
internal sealed partial class YamlMap
{
    /// <summary>
    /// A plain text that runs over several lines, some starting with '- ': list items the author meant, which YAML
    /// read as more text of the item above (indented further than it) or of a first item written -without a space.
    /// Reported once, where the author must act, and read as the items they are, so nothing follows from it.
    /// </summary>
    private List<(string Value, SourceSpan Location)> ItemsIn(YamlScalarNode node, string value, bool isListItem)
    {
        var first = (int)node.Start.Line;
        var last = Math.Min((int)node.End.Line, _lines.Length);
        if (node.Style != YamlDotNet.Core.ScalarStyle.Plain || last <= first || first < 1)
        {
            return [(value.Trim(), SpanOf(node))];
        }

        var items = new List<(string Value, SourceSpan Location)>();
        var startLine = _lines[first - 1].TrimEnd('\r');
        var current = startLine[Math.Min((int)node.Start.Column - 1, startLine.Length)..].Trim();
        var location = SpanOf(node);
        var dash = isListItem ? startLine.LastIndexOf('-', Math.Max(0, (int)node.Start.Column - 2)) : (int)node.Start.Column - 1;
        var firstIsItem = !isListItem && current.Length > 1 && current[0] == '-' && current[1] != ' ';
        if (firstIsItem)
        {
            _diagnostics.ReportWithHelp(DiagnosticCatalog.YamlMissingSpace, location with { Column = location.Column + 1 },
                $"write - {current[1..]}", "a list item needs one after its '-'");
            current = current[1..];
        }

        // sections:\n  sections/01.md\n  - sections/02.md: the first item lost its dash, so YAML read the list as one text.
        var firstLacksDash = !isListItem && !firstIsItem && current.Length > 0
            && Enumerable.Range(first + 1, last - first).Any(number => _lines[number - 1].TrimStart(' ').StartsWith("- ", StringComparison.Ordinal));
        if (firstLacksDash)
        {
            _diagnostics.ReportWithHelp(DiagnosticCatalog.YamlKeyWithoutColon, location,
                $"start it with '- ' like the items below it: - {current}", current);
        }

        var hidden = false;
        for (var number = first + 1; number <= last; number++)
        {
            var source = _lines[number - 1].TrimEnd('\r');
            var text = source.TrimStart(' ');
            var indent = source.Length - text.Length;
            if (text.StartsWith("- ", StringComparison.Ordinal) && (isListItem || firstIsItem || firstLacksDash))
            {
                if (isListItem)
                {
                    var extra = indent - dash;
                    _diagnostics.ReportWithHelp(DiagnosticCatalog.ListItemReadAsText, new SourceSpan(_path, number + _lineOffset, indent + 1),
                        $"write it as '{new string(' ', Math.Max(0, dash))}- {text[2..].Trim()}', its '-' under the '-' of line {first + _lineOffset}",
                        extra == 1 ? "1 space" : $"{extra} spaces", first + _lineOffset);
                }

                hidden = true;
                items.Add((current, location));
                current = text[2..].Trim();
                location = new SourceSpan(_path, number + _lineOffset, indent + 3);
            }
            else if (text.Length > 0)
            {
                current += " " + text.Trim();
            }
        }

        items.Add((current, location));
        return hidden || firstIsItem ? items : [(value.Trim(), SpanOf(node))];
    }
}
