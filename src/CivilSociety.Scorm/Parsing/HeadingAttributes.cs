using System.Text.RegularExpressions;

namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// The {#id key=value key="two words" .class} group at the end of a question heading. Read from the source
/// rather than from Markdig's generic attributes, which skip some ids (a one-letter "#q"). What the author wrote
/// there and is none of these is kept (<see cref="Strays"/>, <see cref="Unclosed"/>) for <see cref="AttributeMistakes"/>
/// to report, never dropped in silence.
/// </summary>
internal sealed partial record HeadingAttributes(string? Id, IReadOnlyList<KeyValuePair<string, string>> Properties, IReadOnlyList<string> Classes)
{
    public static readonly HeadingAttributes None = new(null, [], []);

    /// <summary>Words inside the {...} that are neither #id, .class nor key=value, with their 0-based column in the line.</summary>
    public IReadOnlyList<(string Text, int Column)> Strays { get; init; } = [];

    /// <summary>The 0-based column of a { that opens the attributes and is never closed, or -1.</summary>
    public int Unclosed { get; init; } = -1;

    /// <summary>Attributes written key: value (as in YAML), read as key=value and kept here, with their 0-based column, to be reported.</summary>
    public IReadOnlyList<(string Text, int Column)> WrittenWithColon { get; init; } = [];

    /// <summary>The 0-based column of the #id, or -1.</summary>
    public int IdColumn { get; init; } = -1;

    public static HeadingAttributes Parse(string headingSource)
    {
        var trimmed = headingSource.TrimEnd();
        var group = TrailingGroup().Match(trimmed);
        var unclosed = -1;
        if (!group.Success)
        {
            // "### Why? {#q-why outcomes="LO1"": the } forgotten. Read what is there, and say so.
            group = UnclosedGroup().Match(trimmed);
            if (!group.Success)
            {
                return None;
            }

            unclosed = group.Groups["open"].Index;
        }

        string? id = null;
        var properties = new List<KeyValuePair<string, string>>();
        var classes = new List<string>();
        var strays = new List<(string, int)>();
        var colons = new List<(string, int)>();
        var idColumn = -1;
        var start = group.Groups["body"].Index;
        var read = 0;
        // Word processors turn "..." into curly quotes; inside the attributes they can only mean straight ones.
        var body = group.Groups["body"].Value
            .Replace('\u201C', '"').Replace('\u201D', '"').Replace('\u201E', '"').Replace('\u00AB', '"').Replace('\u00BB', '"')
            .Replace('\u2018', '\'').Replace('\u2019', '\'');
        foreach (Match token in Token().Matches(body))
        {
            AddStrays(body[read..token.Index], start + read, strays);
            read = token.Index + token.Length;
            if (token.Groups["id"].Success)
            {
                id = token.Groups["id"].Value;
                idColumn = start + token.Index;
            }
            else if (token.Groups["class"].Success)
            {
                classes.Add(token.Groups["class"].Value);
            }
            else
            {
                var unclosedQuote = token.Groups["unclosed"];
                if (unclosedQuote.Success)
                {
                    // outcomes="LO1 type=...: the first word is the value meant; the missing quote is reported.
                    strays.Add((unclosedQuote.Value, start + unclosedQuote.Index));
                }

                var value = token.Groups["quoted"].Success ? token.Groups["quoted"].Value
                    : token.Groups["single"].Success ? token.Groups["single"].Value
                    : unclosedQuote.Success ? unclosedQuote.Value[1..]
                    : token.Groups["bare"].Value;
                properties.Add(new(token.Groups["key"].Value, value));
                if (token.Groups["colon"].Success)
                {
                    // outcomes: "LO1": YAML's habit; read as meant so that nothing follows from it, and reported.
                    colons.Add((body[token.Index..(token.Index + token.Length)].Trim(), start + token.Index));
                }
            }
        }

        AddStrays(body[read..], start + read, strays);
        return new HeadingAttributes(id, properties, classes) { Strays = strays, Unclosed = unclosed, IdColumn = idColumn, WrittenWithColon = colons };
    }

    private static void AddStrays(string gap, int column, List<(string, int)> strays)
    {
        foreach (Match word in Word().Matches(gap))
        {
            strays.Add((word.Value, column + word.Index));
        }
    }

    /// <summary>The heading without its attribute group and closing #'s.</summary>
    public static string StripFrom(string headingText)
    {
        var text = headingText.TrimEnd();
        var stripped = TrailingGroup().Replace(text, "");
        return (stripped.Length == text.Length ? UnclosedGroup().Replace(text, "") : stripped).TrimEnd().TrimEnd('#').TrimEnd();
    }

    [GeneratedRegex(@"\s*\{(?<body>[^{}]*)\}\s*#*$")]
    private static partial Regex TrailingGroup();

    [GeneratedRegex(@"\s*(?<open>\{)(?<body>(?=[#.]|[^{}]*=)[^{}]*)$")]
    private static partial Regex UnclosedGroup();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    [GeneratedRegex(@"#(?<id>[^\s#.=""']+)|\.(?<class>[^\s#.=""']+)|(?<key>[^\s#.=""':]+)(?:\s*=|(?<colon>:))\s*(?:""(?<quoted>[^""]*)""|'(?<single>[^']*)'|(?<unclosed>[""'][^\s""']*)|(?<bare>[^\s""']*))")]
    private static partial Regex Token();
}
