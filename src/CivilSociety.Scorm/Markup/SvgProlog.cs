using System.Text;
using System.Text.RegularExpressions;

namespace CivilSociety.Scorm.Markup;

/// <summary>
/// The part of an SVG file before its root element, read as text: where a DOCTYPE is, and whether it is the
/// harmless one Illustrator CS6 and CC 2013 wrote (the W3C SVG 1.0 / 1.1 public identifier, no internal subset,
/// so no entity is declared). Any other DOCTYPE is refused; the DTD itself is never read.
/// </summary>
internal static partial class SvgProlog
{
    /// <summary>A DOCTYPE further in than this is past any real prolog; the XML reader still refuses it.</summary>
    private const int PrologBytes = 64 * 1024;

    public enum DoctypeKind
    {
        None,

        /// <summary>The plain W3C SVG DOCTYPE: it declares nothing, and no browser fetches its DTD.</summary>
        PlainSvg,

        /// <summary>An internal subset (entity declarations) or another DTD.</summary>
        Refused,
    }

    /// <summary>The DOCTYPE of the file and its 1-based line and column (the stream is left at its start).</summary>
    public static (DoctypeKind Kind, int Line, int Column) FindDoctype(Stream stream)
    {
        var buffer = new byte[PrologBytes];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = 0;

        // Latin-1 maps every byte to one character: markup is ASCII in UTF-8 and the Latin encodings alike.
        var text = Encoding.Latin1.GetString(buffer, 0, length);
        var at = text.StartsWith("\u00EF\u00BB\u00BF", StringComparison.Ordinal) ? 3 : 0;
        while (at < text.Length)
        {
            if (char.IsWhiteSpace(text[at]))
            {
                at++;
            }
            else if (SkipPast(text, at, "<?", "?>") is { } afterInstruction)
            {
                at = afterInstruction;
            }
            else if (SkipPast(text, at, "<!--", "-->") is { } afterComment)
            {
                at = afterComment;
            }
            else if (string.CompareOrdinal(text, at, "<!DOCTYPE", 0, 9) == 0)
            {
                var (line, column) = LineAndColumn(text, at);
                var end = EndOfDeclaration(text, at);
                var kind = end > 0 && PlainSvgDoctype().IsMatch(text[at..end]) ? DoctypeKind.PlainSvg : DoctypeKind.Refused;
                return (kind, line, column);
            }
            else
            {
                break;
            }
        }

        return (DoctypeKind.None, 0, 0);
    }

    private static int? SkipPast(string text, int at, string open, string close)
    {
        if (string.CompareOrdinal(text, at, open, 0, open.Length) != 0)
        {
            return null;
        }

        var end = text.IndexOf(close, at + open.Length, StringComparison.Ordinal);
        return end < 0 ? text.Length : end + close.Length;
    }

    /// <summary>The index just past the DOCTYPE's closing '&gt;', quotes and an internal subset honoured; 0 if none.</summary>
    private static int EndOfDeclaration(string text, int at)
    {
        var quote = '\0';
        var subset = 0;
        for (var i = at; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '[')
            {
                subset++;
            }
            else if (c == ']')
            {
                subset--;
            }
            else if (c == '>' && subset <= 0)
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static (int Line, int Column) LineAndColumn(string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }

    [GeneratedRegex("""^<!DOCTYPE\s+svg\s+PUBLIC\s+"-//W3C//DTD SVG 1\.[01]( Tiny| Basic)?//EN"\s+"http://www\.w3\.org/(Graphics/SVG/1\.1/DTD/svg11[a-z-]*|TR/2001/REC-SVG-20010904/DTD/svg10)\.dtd"\s*>$""")]
    private static partial Regex PlainSvgDoctype();
}
