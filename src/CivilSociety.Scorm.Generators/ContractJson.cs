using System.Globalization;
using System.Text;

namespace CivilSociety.Scorm.Generators;

/// <summary>
/// Reads packaging/contract/runtime.json: an object of groups, each an object of names whose values are strings or
/// integers. A small reader of that shape only, as a generator cannot count on System.Text.Json being loadable
/// inside the compiler.
/// </summary>
internal sealed class ContractJson
{
    private readonly string _text;
    private int _position;

    private ContractJson(string text) => _text = text;

    /// <summary>group -> (name, C# literal) in file order; keys starting with '$' are comments.</summary>
    public static List<KeyValuePair<string, List<KeyValuePair<string, object>>>> Parse(string text)
    {
        var reader = new ContractJson(text);
        var groups = new List<KeyValuePair<string, List<KeyValuePair<string, object>>>>();
        reader.Expect('{');
        while (reader.NextMember() is { } group)
        {
            if (group.StartsWith("$", StringComparison.Ordinal))
            {
                reader.ReadString();
                continue;
            }

            var names = new List<KeyValuePair<string, object>>();
            reader.Expect('{');
            while (reader.NextMember() is { } name)
            {
                names.Add(new KeyValuePair<string, object>(name, reader.ReadScalar()));
            }

            groups.Add(new KeyValuePair<string, List<KeyValuePair<string, object>>>(group, names));
        }

        return groups;
    }

    /// <summary>The next "key": of the current object, or null at its closing brace.</summary>
    private string? NextMember()
    {
        SkipSpace();
        if (Peek() == ',')
        {
            _position++;
            SkipSpace();
        }

        if (Peek() == '}')
        {
            _position++;
            return null;
        }

        var key = ReadString();
        Expect(':');
        return key;
    }

    private object ReadScalar()
    {
        SkipSpace();
        if (Peek() == '"')
        {
            return ReadString();
        }

        var start = _position;
        while (_position < _text.Length && (char.IsDigit(_text[_position]) || _text[_position] == '-'))
        {
            _position++;
        }

        return int.TryParse(_text.Substring(start, _position - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Error("a string or an integer");
    }

    private string ReadString()
    {
        Expect('"');
        var builder = new StringBuilder();
        while (_position < _text.Length && _text[_position] != '"')
        {
            var c = _text[_position++];
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escaped = _text[_position++];
            builder.Append(escaped switch
            {
                'n' => '\n',
                't' => '\t',
                'u' => (char)int.Parse(_text.Substring((_position += 4) - 4, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                _ => escaped,
            });
        }

        Expect('"');
        return builder.ToString();
    }

    private void Expect(char c)
    {
        SkipSpace();
        if (Peek() != c)
        {
            throw Error("'" + c + "'");
        }

        _position++;
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private void SkipSpace()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private FormatException Error(string expected) =>
        new($"packaging/contract/runtime.json: expected {expected} at offset {_position}");
}
