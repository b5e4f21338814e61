using System.Text;

namespace CivilSociety.Scorm.Reports;

/// <summary>
/// Delimited text as RFC 4180 reads it: quoted fields may hold the delimiter, quotes (doubled) and line breaks; CRLF,
/// LF or CR end a record; a byte order mark is skipped. Moodle's "CSV" download of its SCORM reports is tab-separated
/// (csv_export_writer("tab")) with PHP's quoting; a spreadsheet's CSV is comma-separated: the delimiter is the one of
/// tab, comma and semicolon found most often in the first line outside quotes. Read record by record, within
/// <see cref="ReportLimits"/> (a quote never closed makes one endless field: it stops at the cell's limit).
/// </summary>
internal static class DelimitedText
{
    public static List<string[]> Read(string text) => [.. Read(new StringReader(text))];

    /// <summary>The records, read as they are enumerated; a blank line is no record.</summary>
    public static IEnumerable<string[]> Read(TextReader reader)
    {
        var source = new Lookahead(reader);
        var delimiter = Delimiter(source.FirstLine());
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var fieldStarted = false;
        var rows = 0L;
        var cells = 0L;
        string[] Record()
        {
            AddField();
            string[] record = [.. row];
            row.Clear();
            if (++rows > ReportLimits.Rows)
            {
                throw ReportFileException.TooMany($"{rows:N0} lines or more", ReportLimits.Rows, "rows");
            }

            cells += record.Length;
            if (cells > ReportLimits.Cells)
            {
                throw ReportFileException.TooMany($"{cells:N0} cells or more", ReportLimits.Cells, "cells");
            }

            return record;
        }

        void AddField()
        {
            if (row.Count == ReportLimits.Columns)
            {
                throw ReportFileException.TooMany($"a longer line at line {rows + 1:N0}", ReportLimits.Columns, "columns");
            }

            row.Add(field.ToString());
            field.Clear();
            fieldStarted = false;
        }

        void Append(char c)
        {
            if (field.Length == ReportLimits.CellCharacters)
            {
                throw ReportFileException.TooMany(
                    quoted ? $"a quoted field at line {rows + 1:N0} that does not end (a quote never closed?)" : $"a longer field at line {rows + 1:N0}",
                    ReportLimits.CellCharacters, "characters a cell");
            }

            field.Append(c);
        }

        for (var c = source.Read(); c >= 0; c = source.Read())
        {
            if (quoted)
            {
                if (c == '"' && source.Peek() == '"')
                {
                    Append('"');
                    source.Read();
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    Append((char)c);
                }
            }
            else if (c == '"' && field.Length == 0 && !fieldStarted)
            {
                quoted = fieldStarted = true;
            }
            else if (c == delimiter)
            {
                AddField();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && source.Peek() == '\n')
                {
                    source.Read();
                }

                if ((row.Count > 0 || field.Length > 0 || fieldStarted) && Record() is { } record && !IsBlank(record))
                {
                    yield return record;
                }
            }
            else if (c == '\uFEFF' && rows == 0 && row.Count == 0 && field.Length == 0 && !fieldStarted)
            {
                // a byte order mark read as text
            }
            else
            {
                Append((char)c);
                fieldStarted = true;
            }
        }

        if ((field.Length > 0 || fieldStarted || row.Count > 0) && Record() is { } last && !IsBlank(last))
        {
            yield return last;
        }
    }

    /// <summary>A line that holds one empty field ("" included) is no record.</summary>
    private static bool IsBlank(string[] record) => record is [""];

    private static char Delimiter(string firstLine)
    {
        var counts = new Dictionary<char, int> { ['\t'] = 0, [','] = 0, [';'] = 0 };
        var quoted = false;
        foreach (var c in firstLine)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted && counts.ContainsKey(c))
            {
                counts[c]++;
            }
        }

        return counts.MaxBy(pair => pair.Value).Key;
    }

    /// <summary>The text with its first line read ahead (to choose the delimiter), then read on as if it had not been.</summary>
    private sealed class Lookahead(TextReader reader)
    {
        /// <summary>A header line longer than this is no report's: the delimiter is chosen from this much.</summary>
        private const int FirstLineLimit = 1024 * 1024;

        private string _ahead = "";
        private int _position;

        public string FirstLine()
        {
            var line = new StringBuilder();
            var quoted = false;
            for (var c = reader.Read(); c >= 0 && line.Length < FirstLineLimit; c = reader.Read())
            {
                line.Append((char)c);
                quoted ^= c == '"';
                if (!quoted && c is '\r' or '\n')
                {
                    break;
                }
            }

            _ahead = line.ToString();
            return _ahead;
        }

        public int Read() => _position < _ahead.Length ? _ahead[_position++] : reader.Read();

        public int Peek() => _position < _ahead.Length ? _ahead[_position] : reader.Peek();
    }
}
