using System.Globalization;
using CivilSociety.Scorm.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// Reads one YAML mapping into typed values, reporting every wrong type, missing key and unknown key
/// at its line and column. The allowed keys are declared up front, so typos are caught ("did you mean").
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>Keys a "did you mean" already named: their "missing" error would say the same thing twice.</summary>
    private readonly HashSet<string> _suggested = new(StringComparer.Ordinal);

    private YamlMap(YamlMappingNode node, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        _node = node;
        _path = path;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
    }

    public SourceSpan Location => SpanOf(_node);

    /// <summary>Parses YAML text whose first line is line <paramref name="lineOffset"/> + 1 of <paramref name="path"/>.</summary>
    public static YamlMap? Parse(string text, string path, int lineOffset, string[] allowedKeys, DiagnosticBag diagnostics)
    {
        // YamlDotNet parses nesting by recursion: thousands of [[[[ or of indentation levels overflow the stack,
        // which no catch can handle. A course needs a handful of levels; refuse absurd depths before parsing.
        if (TooDeep(text) is { } deep)
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.YamlSyntax, new SourceSpan(path, deep.Line + lineOffset, deep.Column),
                "a course needs a few levels of nesting; look for a run of [ or { or of indentation", $"nested more than {MaxDepth} levels deep");
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException) when (TabIndentation(text) is { } tab)
        {
            // YamlDotNet points at the start of the enclosing mapping; the author needs the line with the tab.
            diagnostics.ReportWithHelp(DiagnosticCatalog.YamlSyntax, new SourceSpan(path, tab.Line + lineOffset, tab.Column),
                "indent with spaces: YAML does not allow tabs (your editor can turn tabs into spaces)", "a tab is used for indentation");
            return null;
        }
        catch (YamlException ex) when (ex.Message.Contains("flow", StringComparison.OrdinalIgnoreCase) && FindUnclosedBracket(text) is not null)
        {
            // The parser notices an unclosed [ or { only where the file ends; the author needs the line it opens on.
            var (bracketLine, bracketColumn) = UnclosedBracket(text);
            diagnostics.Report(DiagnosticCatalog.YamlSyntax, new SourceSpan(path, bracketLine + lineOffset, bracketColumn), "a [ or { is not closed");
            return null;
        }
        catch (YamlException ex)
        {
            var message = Describe(ex.InnerException?.Message ?? ex.Message);
            var location = new SourceSpan(path, (int)ex.Start.Line + lineOffset, (int)ex.Start.Column);
            if (UnclosedQuote(text) is { } quote)
            {
                diagnostics.ReportWithHelp(DiagnosticCatalog.YamlSyntax, new SourceSpan(path, quote.Line + lineOffset, quote.Column),
                    "end the value with the same quote it starts with", "a quoted value is not closed");
            }
            else if (message.StartsWith("Duplicate key", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.ReportWithHelp(DiagnosticCatalog.YamlSyntax, location,
                    "keep one of them: each key may appear once at each level", $"the key '{message["Duplicate key".Length..].Trim()}' appears twice");
            }
            else if (message.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase)
                     || message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.ReportWithHelp(DiagnosticCatalog.YamlSyntax, location,
                    "put a value that contains ': ' in quotes, e.g. title: \"Maps: the basics\"", "a ':' inside a value, or a key indented under a value");
            }
            else
            {
                diagnostics.Report(DiagnosticCatalog.YamlSyntax, location, message);
            }

            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail without a position on an unclosed [ or {; point at the likely line.
            var (line, column) = UnclosedBracket(text);
            diagnostics.Report(DiagnosticCatalog.YamlSyntax, new SourceSpan(path, line + lineOffset, column), "a [ or { is not closed");
            return null;
        }

        var root = stream.Documents.FirstOrDefault()?.RootNode;
        if (root is not YamlMappingNode mapping)
        {
            diagnostics.Report(DiagnosticCatalog.WrongValueType, new SourceSpan(path, 1 + lineOffset, 1), "the document", "a mapping of keys to values (key: value)");
            return null;
        }

        var map = new YamlMap(mapping, path, lineOffset, diagnostics);
        map.CheckKeys(allowedKeys);
        return map;
    }

    public SourceSpan SpanOf(YamlNode node) => new(_path, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    public SourceSpan SpanOfKey(string key) =>
        _node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } keyNode ? SpanOf(keyNode) : Location;

    public bool Has(string key) => Find(key) is not null;

    public string? String(string key, bool required)
    {
        var node = Find(key);
        if (node is null)
        {
            return Missing<string>(key, required);
        }

        if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        _diagnostics.Report(DiagnosticCatalog.WrongValueType, SpanOf(node), key, "a non-empty text");
        return null;
    }

    public int? Integer(string key, bool required)
    {
        var node = Find(key);
        if (node is null)
        {
            return Missing<int?>(key, required);
        }

        if (node is YamlScalarNode { Value: { } text } && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _diagnostics.Report(DiagnosticCatalog.WrongValueType, SpanOf(node), key, "a whole number");
        return null;
    }

    public bool? Boolean(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: "true" or "yes" or "on" })
        {
            return true;
        }

        if (node is YamlScalarNode { Value: "false" or "no" or "off" })
        {
            return false;
        }

        _diagnostics.Report(DiagnosticCatalog.WrongValueType, SpanOf(node), key, "true or false");
        return null;
    }

    /// <summary>A nested mapping, checked against <paramref name="allowedKeys"/>.</summary>
    public YamlMap? Map(string key, string[] allowedKeys)
    {
        var node = Find(key);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            _diagnostics.Report(DiagnosticCatalog.WrongValueType, SpanOf(node), key, "a mapping of keys to values");
            return null;
        }

        var map = new YamlMap(mapping, _path, _lineOffset, _diagnostics);
        map.CheckKeys(allowedKeys);
        return map;
    }

    /// <summary>A list of texts; a single text is accepted as a list of one.</summary>
    public IReadOnlyList<(string Value, SourceSpan Location)> StringList(string key, bool required)
    {
        var node = Find(key);
        if (node is null)
        {
            Missing<object>(key, required);
            return [];
        }

        if (node is YamlScalarNode { Value: { } single } && !string.IsNullOrWhiteSpace(single))
        {
            return [(single.Trim(), SpanOf(node))];
        }

        if (node is YamlSequenceNode sequence)
        {
            var items = new List<(string, SourceSpan)>();
            foreach (var item in sequence.Children)
            {
                if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
                {
                    items.Add((value.Trim(), SpanOf(item)));
                }
                else
                {
                    _diagnostics.Report(DiagnosticCatalog.WrongValueType, SpanOf(item), $"each item of {key}", "a non-empty text");
                }
            }

            return items;
        }

        _diagnostics.Report(DiagnosticCatalog.WrongValueType, SpanOf(node), key, "a list of texts");
        return [];
    }

    /// <summary>A mapping of texts to texts, its keys checked against <paramref name="allowedKeys"/>.</summary>
    public IReadOnlyDictionary<string, string> StringMap(string key, IReadOnlyCollection<string> allowedKeys)
    {
        var node = Find(key);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is null)
        {
            return values;
        }

        if (node is not YamlMappingNode mapping)
        {
            _diagnostics.Report(DiagnosticCatalog.WrongValueType, SpanOf(node), key, "a mapping of names to texts");
            return values;
        }

        var map = new YamlMap(mapping, _path, _lineOffset, _diagnostics);
        map.CheckKeys([.. allowedKeys]);
        foreach (var (name, value) in mapping.Children)
        {
            var text = (name as YamlScalarNode)?.Value ?? "";
            if (allowedKeys.Contains(text) && map.String(text, required: true) is { } stringValue)
            {
                values[text] = stringValue;
            }
        }

        return values;
    }

    /// <summary>A list of mappings, each checked against <paramref name="allowedKeys"/>.</summary>
    public IReadOnlyList<YamlMap> MapList(string key, string[] allowedKeys, bool required)
    {
        var node = Find(key);
        if (node is null)
        {
            Missing<object>(key, required);
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            _diagnostics.Report(DiagnosticCatalog.WrongValueType, SpanOf(node), key, "a list of entries, each starting with '- '");
            return [];
        }

        var maps = new List<YamlMap>();
        var reported = false;
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping)
            {
                var map = new YamlMap(mapping, _path, _lineOffset, _diagnostics);
                map.CheckKeys(allowedKeys);
                maps.Add(map);
            }
            else if (!reported)
            {
                // Once, at the first plain entry: a list of bare names is one mistake, not one per name.
                reported = true;
                _diagnostics.ReportWithHelp(DiagnosticCatalog.WrongValueType, SpanOf(item),
                    $"write each entry on its own lines: '- {string.Join(": ...' and '  ", allowedKeys.Take(2))}: ...'",
                    $"each entry of {key}", "an entry with keys, not a plain value");
            }
        }

        return maps;
    }

    /// <summary>How many entries the list under <paramref name="key"/> has, whatever they hold (0 when it is no list).</summary>
    public int EntryCount(string key) => Find(key) is YamlSequenceNode sequence ? sequence.Children.Count : 0;

    private YamlNode? Find(string key) =>
        _node.Children.FirstOrDefault(pair => pair.Key is YamlScalarNode s && s.Value == key).Value;

    private T? Missing<T>(string key, bool required)
    {
        if (required && !_suggested.Contains(key))
        {
            _diagnostics.Report(DiagnosticCatalog.RequiredKeyMissing, Location, key);
        }

        return default;
    }

    private void CheckKeys(string[] allowedKeys)
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowedKeys.Contains(name, StringComparer.Ordinal))
            {
                var suggestion = Suggestions.Closest(name, allowedKeys);
                var help = suggestion is null
                    ? $"the keys allowed here are: {string.Join(", ", allowedKeys)}"
                    : $"did you mean '{suggestion}'?";
                _diagnostics.ReportWithHelp(DiagnosticCatalog.UnknownKey, SpanOf(key), help, name);
                if (suggestion is not null)
                {
                    _suggested.Add(suggestion);
                }
            }
        }
    }

    private const int MaxDepth = 64;

    /// <summary>Where nesting first goes beyond <see cref="MaxDepth"/> levels (flow brackets or indentation steps), if it does.</summary>
    private static (int Line, int Column)? TooDeep(string text)
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

    /// <summary>The first tab in a line's leading whitespace (1-based line and column), if any.</summary>
    private static (int Line, int Column)? TabIndentation(string text)
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

    private static (int Line, int Column) UnclosedBracket(string text) => FindUnclosedBracket(text) ?? (1, 1);

    private static (int Line, int Column)? FindUnclosedBracket(string text)
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

    /// <summary>YamlDotNet's messages repeat the position; keep the words.</summary>
    /// <summary>The first line whose value opens a " or ' quote it never closes (1-based line, column of the quote).</summary>
    private static (int Line, int Column)? UnclosedQuote(string text)
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

    private static string Describe(string message)
    {
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message).TrimEnd('.');
    }
}
