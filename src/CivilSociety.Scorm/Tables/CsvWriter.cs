using System.Text;
using System.Text.RegularExpressions;

namespace CivilSociety.Scorm.Tables;

/// <summary>
/// Every CSV the tool writes (the teachers' decoder, <c>report --format csv</c>, <c>coverage --format csv</c>): RFC 4180
/// (a field with a comma, quote or line break is quoted, quotes doubled; CRLF after each record), UTF-8 with a byte
/// order mark so spreadsheets read Arabic correctly. Learners' answers and names reach these files, and Excel and
/// LibreOffice evaluate a cell that starts like a formula, so such a cell is neutralised (<see cref="Neutralise"/>).
/// </summary>
internal sealed partial class CsvWriter
{
    /// <summary>
    /// The file's pieces in order (cells as written, commas, line ends), made into UTF-8 once, in one array of its
    /// length: not the text in a builder, then as one string, then its UTF-8, then a copy with the byte order mark before
    /// it (the synthetic course's decoder, 1.1 MB, was 4.4 MB of large arrays that way).
    /// </summary>
    private readonly List<string> _pieces = [];

    public CsvWriter(IEnumerable<string> header) => Row(header);

    /// <summary>One record.</summary>
    public CsvWriter Row(IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                _pieces.Add(",");
            }

            _pieces.Add(Quote(Neutralise(cell)));
            first = false;
        }

        _pieces.Add("\r\n");
        return this;
    }

    public byte[] ToBytes()
    {
        var preamble = Encoding.UTF8.Preamble;
        var length = preamble.Length;
        foreach (var piece in _pieces)
        {
            length += Encoding.UTF8.GetByteCount(piece);
        }

        // Every byte of it is written below: no need for the collector to zero it first.
        var bytes = GC.AllocateUninitializedArray<byte>(length);
        preamble.CopyTo(bytes);
        var at = preamble.Length;
        foreach (var piece in _pieces)
        {
            at += Encoding.UTF8.GetBytes(piece, bytes.AsSpan(at));
        }

        return bytes;
    }

    /// <summary>
    /// OWASP's rule for CSV injection: a cell whose first character is <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or
    /// a carriage return (or whose first character after spaces is one, or the full-width forms of the four signs) gets
    /// a leading apostrophe, which spreadsheets read as "this is text". A number (<c>-5</c>, <c>+2.5</c>, <c>-1e3</c>)
    /// stays a number: it evaluates to itself.
    /// </summary>
    public static string Neutralise(string cell)
    {
        if (cell.Length == 0)
        {
            return cell;
        }

        var afterSpaces = cell.TrimStart(' ');
        var formula = IsFormulaStart(cell[0]) || (afterSpaces.Length > 0 && IsFormulaStart(afterSpaces[0]));
        return formula && !Number().IsMatch(cell) ? "'" + cell : cell;
    }

    /// <summary>Whether a spreadsheet could take a cell starting with this character for a formula.</summary>
    public static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20';

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    [GeneratedRegex(@"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
