using System.Globalization;
using CivilSociety.Scorm.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace CivilSociety.Scorm.Parsing;

/// <summary>Numbers and texts written the way a word processor, a keyboard or another format writes them: said in the author's terms.</summary>
internal sealed partial class YamlMap
{
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
}
