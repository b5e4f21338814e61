using CivilSociety.Scorm.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// Reads one YAML mapping into typed values, reporting every wrong type, missing key and unknown key
/// at its line and column. The allowed keys are declared up front, so typos are caught ("did you mean").
/// </summary>
internal sealed partial class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;

    /// <summary>The YAML text's lines, to show what the parser made of a list item indented too far.</summary>
    private readonly string[] _lines;

    /// <summary>Keys a "did you mean" already named: their "missing" error would say the same thing twice.</summary>
    private readonly HashSet<string> _suggested = new(StringComparer.Ordinal);

    /// <summary>Keys that were written below their mapping (dedented out of it): reported once, never as missing too.</summary>
    private readonly HashSet<(YamlMappingNode Mapping, string Key)> _dedented;

    private YamlMap(YamlMappingNode node, string path, int lineOffset, string[] lines, DiagnosticBag diagnostics, HashSet<(YamlMappingNode, string)> dedented)
    {
        _dedented = dedented;
        _lines = lines;
        _node = node;
        _path = path;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
    }

    public SourceSpan Location => SpanOf(_node);

    /// <summary>Parses YAML text whose first line is line <paramref name="lineOffset"/> + 1 of <paramref name="path"/>.</summary>
    public static YamlMap? Parse(string text, string path, int lineOffset, string[] allowedKeys, DiagnosticBag diagnostics)
    {
        if (YamlLoader.Load(text, path, lineOffset, diagnostics) is not { } stream)
        {
            return null;
        }

        var root = stream.Documents.FirstOrDefault()?.RootNode;
        if (root is not YamlMappingNode mapping)
        {
            diagnostics.Report(DiagnosticCatalog.WrongValueType, new SourceSpan(path, 1 + lineOffset, 1), "the document", "a mapping of keys to values (key: value)");
            return null;
        }

        return Create(mapping, path, lineOffset, text.Split('\n'), allowedKeys, diagnostics, []);
    }

    public SourceSpan SpanOf(YamlNode node) => new(_path, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    public SourceSpan SpanOfKey(string key) =>
        _node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } keyNode ? SpanOf(keyNode) : Location;

    /// <summary>Where the value of <paramref name="key"/> starts (its key when it has none), for a rule about the value itself.</summary>
    public SourceSpan SpanOfValue(string key) => Find(key) is { } value && value.Start.Line > 0 ? SpanOf(value) : SpanOfKey(key);

    public bool Has(string key) => Find(key) is not null;

    public string? String(string key, bool required)
    {
        var node = Find(key);
        if (node is null)
        {
            return Missing<string>(key, required);
        }

        if (node is YamlScalarNode { Value: { } value } scalar && !string.IsNullOrWhiteSpace(value))
        {
            ReportTypographicQuotes(key, scalar, value.Trim());
            return value.Trim();
        }

        _diagnostics.ReportWithHelp(DiagnosticCatalog.WrongValueType, SpanOf(node), HowToWriteAText(key, node), key, "a non-empty text");
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

        return Nested(mapping, allowedKeys);
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

        if (node is YamlScalarNode { Value: { } single } scalar && !string.IsNullOrWhiteSpace(single))
        {
            return ItemsIn(scalar, single, isListItem: false);
        }

        if (node is YamlSequenceNode sequence)
        {
            var items = new List<(string, SourceSpan)>();
            foreach (var item in sequence.Children)
            {
                if (item is YamlScalarNode { Value: { } value } itemScalar && !string.IsNullOrWhiteSpace(value))
                {
                    items.AddRange(ItemsIn(itemScalar, value, isListItem: true));
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

        var map = Nested(mapping, [.. allowedKeys]);
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
                maps.Add(Nested(mapping, allowedKeys));
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
        if (required && !_suggested.Contains(key) && !_dedented.Contains((_node, key)))
        {
            _diagnostics.Report(DiagnosticCatalog.RequiredKeyMissing, Location, key);
        }

        return default;
    }

    /// <summary>A map of <paramref name="node"/>, its keys checked against <paramref name="allowedKeys"/>.</summary>
    private static YamlMap Create(YamlMappingNode node, string path, int lineOffset, string[] lines, string[] allowedKeys, DiagnosticBag diagnostics,
        HashSet<(YamlMappingNode, string)> dedented)
    {
        var map = new YamlMap(node, path, lineOffset, lines, diagnostics, dedented);
        map.CheckKeys(allowedKeys);
        return map;
    }

    private YamlMap Nested(YamlMappingNode node, string[] allowedKeys) => Create(node, _path, _lineOffset, _lines, allowedKeys, _diagnostics, _dedented);

    private void CheckKeys(string[] allowedKeys)
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowedKeys.Contains(name, StringComparer.Ordinal) && !(key is YamlScalarNode scalar && ReportedAsDedented(scalar, name)))
            {
                var suggestion = Suggestions.Closest(name, allowedKeys);
                var help = suggestion is not null ? $"did you mean '{suggestion}'?"
                    : OptionOfTheCommand(name) is { } option && allowedKeys.Contains("passing_score")
                        ? $"the kind of package is chosen when you build, not in course.yml: remove this line and run civil-scorm build {option} (see civil-scorm build --help)"
                        : $"the keys allowed here are: {string.Join(", ", allowedKeys)}";
                _diagnostics.ReportWithHelp(DiagnosticCatalog.UnknownKey, SpanOf(key), help, name);
                if (suggestion is not null)
                {
                    _suggested.Add(suggestion);
                }
            }
        }
    }
}
