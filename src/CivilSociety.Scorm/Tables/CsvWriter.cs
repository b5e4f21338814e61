using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using CivilSociety.Scorm.Rendering;

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
    /// The file as UTF-8, written cell by cell: not the text as one string, then its UTF-8, then a copy with the byte
    /// order mark before it (the synthetic course's decoder, 1.1 MB, was 4.4 MB of arrays that way).
    /// </summary>
    private readonly ChunkedBytes _bytes = new();

    public CsvWriter(IEnumerable<string> header)
    {
        _bytes.Write(Encoding.UTF8.Preamble);
        Row(header);
    }

    /// <summary>One record.</summary>
    public CsvWriter Row(IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                _bytes.Write(","u8);
            }

            Encoding.UTF8.GetBytes(Quote(Neutralise(cell)), _bytes);
            first = false;
        }

        _bytes.Write("\r\n"u8);
        return this;
    }

    public byte[] ToBytes() => _bytes.ToArray();

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
