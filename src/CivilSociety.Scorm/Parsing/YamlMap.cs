using System.Globalization;
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

    /// <summary>A text written as a list (- My course) or as a mapping (en: My course) below its key, or left empty.</summary>
    private static string HowToWriteAText(string key, YamlNode node)
    {
        var first = node switch
        {
            YamlSequenceNode { Children: [YamlScalarNode { Value: { } item }, ..] } => item,
            YamlMappingNode { Children: [var pair, ..] } => pair.Value is YamlScalarNode { Value: { } value } ? value : null,
            _ => null,
        };
        var example = string.IsNullOrWhiteSpace(first) ? "..." : first.Trim();
        return node switch
        {
            YamlSequenceNode => $"it is one text, not a list: write it after the colon, without '- ': {key}: {example}",
            YamlMappingNode => $"it is one text: write it after the colon, on the key's line ({key}: {example}); a 'name:' on the line below starts a mapping",
            _ => $"write the text after the colon, on the same line: {key}: ...",
        };
    }

    /// <summary>
    /// “My course”: a word processor's typographic quotes are no quotes to YAML, so they stay in the text and the
    /// learner sees them. (Straight quotes around a value are YAML's and are left out of the text.)
    /// </summary>
    private void ReportTypographicQuotes(string key, YamlScalarNode node, string value)
    {
        if (node.Style == YamlDotNet.Core.ScalarStyle.Plain && value.Length > 2
            && value[0] is '\u201C' or '\u201D' or '\u201E' && value[^1] is '\u201C' or '\u201D'
            && value.AsSpan(1, value.Length - 2).IndexOfAny('\u201C', '\u201D') < 0)
        {
            _diagnostics.ReportWithHelp(DiagnosticCatalog.TypographicQuotes, SpanOf(node),
                $"leave them out ({key}: {value[1..^1]}); to quote a value, which YAML needs when it holds ': ', use straight quotes: {key}: \"{value[1..^1]}\"", key);
        }
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

        // "80%", "80.0", "eighty", "0.8": say what to write instead of pointing to the format's documentation.
        var written = (node as YamlScalarNode)?.Value ?? "";
        if (Suggestions.InWesternDigits(written) is { } western)
        {
            _diagnostics.ReportWithHelp(DiagnosticCatalog.WrongValueType, SpanOf(node),
                $"write it with the digits 0-9: {key}: {western} (the digits ٠-٩ are read as text)", key, "a whole number");
            return null;
        }

        var digits = decimal.TryParse(written.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var fraction) && fraction is > 0 and < 1
            ? (fraction * 100).ToString("0", CultureInfo.InvariantCulture)   // 0.8 is a share: 80 in hundredths
            : new string([.. written.TakeWhile(c => c != '.' && c != ',').Where(char.IsAsciiDigit)]);
        _diagnostics.ReportWithHelp(DiagnosticCatalog.WrongValueType, SpanOf(node),
            digits.Length > 0 ? $"write the number alone, in digits, without a sign, a unit or a fraction: {key}: {digits}" : $"write the number in digits, for example {key}: 80",
            key, "a whole number");
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
