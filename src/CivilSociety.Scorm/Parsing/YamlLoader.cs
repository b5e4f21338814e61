using CivilSociety.Scorm.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// Loads YAML text with YamlDotNet, and turns what it throws into SCO2001 diagnostics an author can act on: the
/// mistake in plain words, at the line it is on, with its fix.
/// </summary>
internal static class YamlLoader
{
    /// <summary>
    /// Loads text whose first line is line <paramref name="lineOffset"/> + 1 of <paramref name="path"/>; null once
    /// the reason it cannot be read is reported.
    /// </summary>
    public static YamlStream? Load(string text, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        SourceSpan At((int Line, int Column) place) => new(path, place.Line + lineOffset, place.Column);
        void ReportJson((int Line, int Column, string What, string Fix) json) =>
            diagnostics.ReportWithHelp(DiagnosticCatalog.YamlSyntax, At((json.Line, json.Column)),
                $"{json.Fix}; or write the file as YAML, as in docs/course-format.md", $"the file is written as JSON, and {json.What}");

        if (YamlNesting.FirstTooDeep(text) is { } deep)
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.YamlSyntax, At(deep),
                "a course needs a few levels of nesting; look for a run of [ or { or of indentation", $"nested more than {YamlNesting.MaxDepth} levels deep");
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
            if (text.TrimStart() is ['{', .. var body] && body.TrimStart().StartsWith('"') && JsonMistake(text) is { } json)
            {
                // JSON that YAML still reads, into something else than was meant: a missing comma joins two entries.
                ReportJson(json);
                return null;
            }

            if (SecondDocumentLine(text, stream) is { } line)
            {
                diagnostics.Report(DiagnosticCatalog.SecondYamlDocument, At((line, 1)));
            }

            return stream;
        }
        catch (YamlException) when (YamlMistakeFinder.TabIndentation(text) is { } tab)
        {
            // YamlDotNet points at the start of the enclosing mapping; the author needs the line with the tab.
            diagnostics.ReportWithHelp(DiagnosticCatalog.YamlSyntax, At(tab),
                "indent with spaces: YAML does not allow tabs (your editor can turn tabs into spaces)", "a tab is used for indentation");
        }
        catch (YamlException) when (YamlMistakeFinder.NonBreakingSpace(text) is { } space)
        {
            // Pasted from a word processor or a web page: the space looks like any other, and YAML does not take it.
            diagnostics.ReportWithHelp(DiagnosticCatalog.YamlSyntax, At(space),
                "delete the space here and type it again with the space bar (or retype the line in this editor)", "this space is a non-breaking space, as pasted from a word processor or a web page; YAML needs an ordinary one");
        }
        catch (YamlException) when (JsonMistake(text) is { } json)
        {
            // A course.yml written as JSON (from a tool whose settings are JSON) reads as YAML until JSON's own rules
            // break: said in JSON's terms, at the place JSON's reader stops.
            ReportJson(json);
        }
        catch (YamlException ex) when (ex.Message.Contains("flow", StringComparison.OrdinalIgnoreCase) && YamlMistakeFinder.UnclosedBracket(text) is { } bracket)
        {
            // The parser notices an unclosed [ or { only where the file ends; the author needs the line it opens on.
            diagnostics.ReportWithHelp(DiagnosticCatalog.YamlSyntax, At(bracket), ClosingHelp, "a [ or { is not closed");
        }
        catch (YamlException ex)
        {
            var message = Describe(ex.InnerException?.Message ?? ex.Message);
            var location = At(((int)ex.Start.Line, (int)ex.Start.Column));
            if (YamlMistakeFinder.UnclosedQuote(text) is { } quote)
            {
                diagnostics.ReportWithHelp(DiagnosticCatalog.YamlSyntax, At(quote),
                    "end the value with the same quote it starts with", "a quoted value is not closed");
            }
            else if (message.StartsWith("Duplicate key", StringComparison.OrdinalIgnoreCase))
            {
                var key = message["Duplicate key".Length..].Trim();
                var first = FirstLineOfKey(text, key, (int)ex.Start.Line);
                diagnostics.ReportWithHelp(DiagnosticCatalog.YamlSyntax, location,
                    first is { } line ? $"keep one of them (the first is on line {line + lineOffset}): each key may appear once at each level" : "keep one of them: each key may appear once at each level",
                    $"the key '{key}' appears twice");
            }
            else if (YamlLayout.Explain(text, (int)ex.Start.Line, lineOffset) is { } mistake)
            {
                // Indentation, a missing space, a key without its colon, a quote that ends early: in the author's words.
                diagnostics.ReportWithHelp(mistake.Descriptor, new SourceSpan(path, mistake.Line, mistake.Column), mistake.Help, mistake.Detail);
            }
            else if (YamlMistakeFinder.ColonInValue(text, (int)ex.Start.Line) is { } colon)
            {
                // “Part 1: Intro”: a word processor's quotes are no quotes to YAML; the fix uses straight ones instead.
                var value = colon.Value.Trim('\u201C', '\u201D', '\u201E');
                diagnostics.ReportWithHelp(DiagnosticCatalog.YamlSyntax, At((colon.Line, colon.Column)),
                    value.Length < colon.Value.Length
                        ? $"put the value in straight quotes (“ ” are no quotes to YAML): {colon.Key}: \"{value}\""
                        : $"put the value in quotes: {colon.Key}: \"{colon.Value}\"",
                    $"the value of '{colon.Key}' holds ': ', which YAML reads as the start of another key");
            }
            else
            {
                // Whatever the parser said is its own jargon ("did not find expected key"): the place, and what to look at.
                diagnostics.ReportWithHelp(DiagnosticCatalog.YamlSyntax, location,
                    "compare this line with the ones above it: each key is written 'key: value', the keys of one mapping start at the same column, and list items start with '- '",
                    "this line cannot be read");
            }
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail without a position on an unclosed [ or {; point at the likely line.
            diagnostics.ReportWithHelp(DiagnosticCatalog.YamlSyntax, At(YamlMistakeFinder.UnclosedBracket(text) ?? (1, 1)), ClosingHelp, "a [ or { is not closed");
        }

        return null;
    }

    /// <summary>
    /// Where and what breaks a text that starts with { as JSON (1-based line and column): a comma missing between two
    /// entries, a value in single quotes, or another break; null when the text is no JSON or is valid JSON.
    /// </summary>
    private static (int Line, int Column, string What, string Fix)? JsonMistake(string text)
    {
        if (!text.TrimStart().StartsWith('{'))
        {
            return null;
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var reader = new System.Text.Json.Utf8JsonReader(bytes, new System.Text.Json.JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = System.Text.Json.JsonCommentHandling.Skip,
            MaxDepth = YamlNesting.MaxDepth,
        });
        var endOfLastValue = (Line: 1, Column: 1);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is not (System.Text.Json.JsonTokenType.StartObject or System.Text.Json.JsonTokenType.StartArray or System.Text.Json.JsonTokenType.PropertyName))
                {
                    endOfLastValue = PlaceOf(text, (int)reader.BytesConsumed);
                }
            }

            return null;
        }
        catch (System.Text.Json.JsonException)
        {
            var at = PlaceOf(text, (int)reader.BytesConsumed);
            var rest = text[Math.Min(text.Length, OffsetOf(text, at))..].TrimStart();
            return rest.StartsWith('"') && reader.TokenType is not (System.Text.Json.JsonTokenType.StartObject or System.Text.Json.JsonTokenType.StartArray or System.Text.Json.JsonTokenType.PropertyName or System.Text.Json.JsonTokenType.None)
                ? (endOfLastValue.Line, endOfLastValue.Column, "a comma is missing after this value", "put a comma here, between this entry and the next")
                : rest.StartsWith('\'')
                ? (at.Line, at.Column, "JSON takes no single quotes", "write the names and texts between double quotes \" \"")
                : (at.Line, at.Column, "this place breaks JSON's rules", "look for a missing comma, quote or bracket just before it");
        }
    }

    /// <summary>The 1-based line and column of a UTF-8 byte offset in <paramref name="text"/>.</summary>
    private static (int Line, int Column) PlaceOf(string text, int byteOffset)
    {
        var chars = System.Text.Encoding.UTF8.GetCharCount(System.Text.Encoding.UTF8.GetBytes(text), 0, Math.Min(byteOffset, System.Text.Encoding.UTF8.GetByteCount(text)));
        var lineStart = text.LastIndexOf('\n', Math.Max(0, chars - 1)) + 1;
        if (chars > 0 && text[chars - 1] == '\n')
        {
            lineStart = chars;
        }

        return (text[..lineStart].Count(c => c == '\n') + 1, chars - lineStart + 1);
    }

    private static int OffsetOf(string text, (int Line, int Column) place)
    {
        var offset = 0;
        for (var line = 1; line < place.Line; line++)
        {
            offset = text.IndexOf('\n', offset) + 1;
        }

        return Math.Min(text.Length, offset + place.Column - 1);
    }

    /// <summary>
    /// The line of the --- (or ...) that starts a second document with something in it, if there is one: YamlDotNet
    /// reads every document, the model only the first, so keys after it would vanish without a word. A --- with
    /// nothing after it loses nothing.
    /// </summary>
    private static int? SecondDocumentLine(string text, YamlStream stream)
    {
        if (stream.Documents.Count < 2 || stream.Documents[1].RootNode is YamlScalarNode { Value: null or "" })
        {
            return null;
        }

        var lines = text.Split('\n');
        var line = Math.Min((int)stream.Documents[1].RootNode.Start.Line, lines.Length);
        while (line > 1 && !lines[line - 1].StartsWith("---", StringComparison.Ordinal) && !lines[line - 1].StartsWith("...", StringComparison.Ordinal))
        {
            line--;
        }

        return line;
    }

    /// <summary>The line (1-based) where <paramref name="key"/> is first written at the indentation it has again on <paramref name="duplicateLine"/>.</summary>
    private static int? FirstLineOfKey(string text, string key, int duplicateLine)
    {
        var lines = text.Split('\n');
        if (duplicateLine < 1 || duplicateLine > lines.Length)
        {
            return null;
        }

        var again = lines[duplicateLine - 1];
        var indent = again.Length - again.TrimStart(' ', '-').Length;
        // Upwards, within the same mapping: it ends where a line is indented less, or at the '- ' of its list item.
        for (var i = duplicateLine - 2; i >= 0; i--)
        {
            var line = lines[i].TrimEnd('\r');
            var content = line.TrimStart(' ', '-');
            if (content.Length == 0 || content.StartsWith('#'))
            {
                continue;
            }

            var at = line.Length - content.Length;
            if (at == indent && content.StartsWith(key + ":", StringComparison.Ordinal))
            {
                return i + 1;
            }

            if (at < indent || (at == indent && line.TrimStart(' ').StartsWith('-')))
            {
                return null;
            }
        }

        return null;
    }

    private const string ClosingHelp = "close it on the same line: [LO1, LO2] for a list, {key: value} for a mapping";

    /// <summary>YamlDotNet's messages repeat the position; keep the words.</summary>
    private static string Describe(string message)
    {
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 && message.StartsWith('(') ? message[(cut + 3)..] : message).TrimEnd('.');
    }
}
