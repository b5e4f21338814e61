using System.Text.RegularExpressions;

namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// The {#id key=value key="two words" .class} group at the end of a question heading. Read from the source
/// rather than from Markdig's generic attributes, which skip some ids (a one-letter "#q").
/// </summary>
internal sealed partial record HeadingAttributes(string? Id, IReadOnlyList<KeyValuePair<string, string>> Properties, IReadOnlyList<string> Classes)
{
    public static readonly HeadingAttributes None = new(null, [], []);

    public static HeadingAttributes Parse(string headingSource)
    {
        var group = TrailingGroup().Match(headingSource.TrimEnd());
        if (!group.Success)
        {
            return None;
        }

        string? id = null;
        var properties = new List<KeyValuePair<string, string>>();
        var classes = new List<string>();
        // Word processors turn "..." into curly quotes; inside the attributes they can only mean straight ones.
        var body = group.Groups["body"].Value
            .Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u201E', '"').Replace('\u00AB', '"').Replace('\u00BB', '"')
            .Replace('\u2018', '\'').Replace('\u2019', '\'');
        foreach (Match token in Token().Matches(body))
        {
            if (token.Groups["id"].Success)
            {
                id = token.Groups["id"].Value;
            }
            else if (token.Groups["class"].Success)
            {
                classes.Add(token.Groups["class"].Value);
            }
            else
            {
                var value = token.Groups["quoted"].Success ? token.Groups["quoted"].Value
                    : token.Groups["single"].Success ? token.Groups["single"].Value
                    : token.Groups["bare"].Value;
                properties.Add(new(token.Groups["key"].Value, value));
            }
        }

        return new HeadingAttributes(id, properties, classes);
    }

    /// <summary>The heading without its attribute group and closing #'s.</summary>
    public static string StripFrom(string headingText) => TrailingGroup().Replace(headingText.TrimEnd(), "").TrimEnd().TrimEnd('#').TrimEnd();

    [GeneratedRegex(@"\s*\{(?<body>[^{}]*)\}\s*#*$")]
    private static partial Regex TrailingGroup();

    [GeneratedRegex(@"#(?<id>[^\s#.=""']+)|\.(?<class>[^\s#.=""']+)|(?<key>[^\s#.=""']+)\s*=\s*(?:""(?<quoted>[^""]*)""|'(?<single>[^']*)'|(?<bare>[^\s""']*))")]
    private static partial Regex Token();
}
