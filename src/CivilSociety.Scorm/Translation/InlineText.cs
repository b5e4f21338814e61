using System.Text;

namespace CivilSociety.Scorm.Translation;

/// <summary>
/// A piece of a translatable text: plain text the translator rewrites, or an inline code (emphasis, a link, an image,
/// a code span, raw HTML) that stands for Markdown the translator may move but not change. A code's Markdown is
/// always taken from the course's source, never from the translation: a translator cannot break a link or add HTML.
/// </summary>
internal abstract record InlinePiece;

/// <summary>Text as the learner reads it (Markdown escapes already undone).</summary>
internal sealed record TextPiece(string Text) : InlinePiece;

/// <summary>
/// A code that wraps text: emphasis (bold, italic), a link, an image (its alternative text inside): XLIFF &lt;g&gt;.
/// </summary>
internal sealed record PairedCode(int Id, string CodeType, string Open, string Close, IReadOnlyList<InlinePiece> Inner) : InlinePiece;

/// <summary>
/// A code that stands alone: a code span, a line break, an autolink, a footnote mark (XLIFF &lt;x/&gt;), or a raw
/// HTML tag (XLIFF &lt;ph&gt;, its tag shown to the translator).
/// </summary>
internal sealed record StandaloneCode(int Id, string CodeType, string Markdown, bool IsHtml) : InlinePiece;

/// <summary>What a segment holds, and the two things done with it: compared (is a translation stale?) and written back.</summary>
internal static partial class InlineText
{
    /// <summary>
    /// The segment as a comparable string: its text with spaces folded and its codes as {id}...{/id}. Two sources
    /// with the same key are the same text for a translator.
    /// </summary>
    public static string Key(IReadOnlyList<InlinePiece> pieces)
    {
        var key = new StringBuilder();
        Append(pieces, key);
        return string.Join(' ', key.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Append(IReadOnlyList<InlinePiece> pieces, StringBuilder key)
    {
        foreach (var piece in pieces)
        {
            switch (piece)
            {
                case TextPiece text:
                    key.Append(text.Text);
                    break;
                case PairedCode paired:
                    key.Append('{').Append(paired.Id).Append('}');
                    Append(paired.Inner, key);
                    key.Append("{/").Append(paired.Id).Append('}');
                    break;
                case StandaloneCode code:
                    key.Append('{').Append(code.Id).Append("/}");
                    break;
            }
        }
    }

    /// <summary>The plain text of a segment, for a note or a message.</summary>
    public static string Plain(IReadOnlyList<InlinePiece> pieces) =>
        string.Concat(pieces.Select(piece => piece switch
        {
            TextPiece text => text.Text,
            PairedCode paired => Plain(paired.Inner),
            _ => "",
        }));

    /// <summary>
    /// The Markdown of a translated segment: its text escaped, so that nothing a translator types is read as Markdown
    /// or HTML (an asterisk stays an asterisk, "&lt;script&gt;" stays text), and each code's Markdown as the source has it.
    /// Line ends become spaces: a segment is one paragraph, item or line of the source.
    /// </summary>
    /// <param name="multiline">
    /// The source text runs over several lines (a paragraph): its line ends are kept. Elsewhere (a heading, an item,
    /// a table cell) a line end would end the text, so it becomes a space.
    /// </param>
    public static string ToMarkdown(IReadOnlyList<InlinePiece> pieces, IReadOnlyDictionary<int, InlinePiece> sourceCodes, bool multiline)
    {
        var markdown = new StringBuilder();
        Write(pieces, sourceCodes, markdown, multiline);
        return markdown.ToString().Trim();
    }

    private static void Write(IReadOnlyList<InlinePiece> pieces, IReadOnlyDictionary<int, InlinePiece> sourceCodes, StringBuilder markdown, bool multiline)
    {
        foreach (var piece in pieces)
        {
            switch (piece)
            {
                case TextPiece text:
                    Escape(text.Text, markdown, multiline);
                    break;
                case PairedCode paired when sourceCodes.GetValueOrDefault(paired.Id) is PairedCode source:
                    markdown.Append(source.Open);
                    Write(paired.Inner, sourceCodes, markdown, multiline);
                    markdown.Append(source.Close);
                    break;
                case StandaloneCode code when sourceCodes.GetValueOrDefault(code.Id) is StandaloneCode source:
                    markdown.Append(source.Markdown);
                    break;
            }
        }
    }

    /// <summary>Characters that are Markdown or HTML wherever they stand: each is escaped with Markdown's backslash.</summary>
    private const string AlwaysSpecial = "\\`*_[]<|{}~^";

    /// <summary>
    /// Writes a translator's text so that Markdown reads it as that text and nothing else. Only what could mean
    /// something is escaped, where it could: a list or heading mark at the start, "&amp;name;", "==", "++", an arrow of
    /// a matching pair, an address an autolink would take ("www.", "://"); so a translation equal to its source is
    /// written as the source was, and the package is the same.
    /// </summary>
    private static void Escape(string text, StringBuilder markdown, bool multiline)
    {
        var atStart = markdown.ToString().Trim().Length == 0;
        var digitsOnly = atStart;   // "1." at the start would be a numbered list
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                continue;
            }

            if (text[i] == '\n' && multiline)
            {
                // A line of its own: what starts it is escaped as at the start; spaces before it would make a hard break.
                while (markdown.Length > 0 && markdown[^1] == ' ')
                {
                    markdown.Length--;
                }

                markdown.Append('\n');
                atStart = digitsOnly = true;
                continue;
            }

            var c = text[i] is '\n' or '\t' ? ' ' : text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var escape = c switch
            {
                _ when AlwaysSpecial.Contains(c, StringComparison.Ordinal) => true,
                '&' => EntityAt().IsMatch(text, i),
                '=' or '+' when next == c => true,
                '#' => atStart || text[(i + 1)..].Trim().Trim('#').Length == 0,
                '-' or '+' or '>' or '=' when atStart => true,
                '>' => i > 0 && text[i - 1] is '-' or '=',
                '.' or ')' when digitsOnly && !atStart => true,
                '.' => EndsWith(markdown, "www"),
                ':' => next == '/' || EndsWith(markdown, "mailto"),
                _ => false,
            };
            if (escape)
            {
                markdown.Append('\\');
            }

            markdown.Append(c);
            if (c != ' ')
            {
                atStart = false;
                digitsOnly &= char.IsAsciiDigit(c);
            }
        }
    }

    private static bool EndsWith(StringBuilder markdown, string word)
    {
        if (markdown.Length < word.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (char.ToLowerInvariant(markdown[markdown.Length - word.Length + i]) != word[i])
            {
                return false;
            }
        }

        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G&#?[A-Za-z0-9]+;")]
    private static partial System.Text.RegularExpressions.Regex EntityAt();

    /// <summary>Every code of a segment by its id, nested ones included.</summary>
    public static Dictionary<int, InlinePiece> Codes(IReadOnlyList<InlinePiece> pieces)
    {
        var codes = new Dictionary<int, InlinePiece>();
        Collect(pieces, codes);
        return codes;
    }

    private static void Collect(IReadOnlyList<InlinePiece> pieces, Dictionary<int, InlinePiece> codes)
    {
        foreach (var piece in pieces)
        {
            switch (piece)
            {
                case PairedCode paired:
                    codes[paired.Id] = paired;
                    Collect(paired.Inner, codes);
                    break;
                case StandaloneCode code:
                    codes[code.Id] = code;
                    break;
            }
        }
    }
}
