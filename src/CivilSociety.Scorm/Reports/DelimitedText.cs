using System.Text;

namespace CivilSociety.Scorm.Reports;

/// <summary>
/// Delimited text as RFC 4180 reads it: quoted fields may hold the delimiter, quotes (doubled) and line breaks; CRLF,
/// LF or CR end a record; a UTF-8 byte order mark is skipped. Moodle's "CSV" download of its SCORM reports is
/// tab-separated (csv_export_writer("tab")) with PHP's quoting; a spreadsheet's CSV is comma-separated: the delimiter
/// is the one of tab, comma and semicolon found most often in the first line outside quotes.
/// </summary>
internal static class DelimitedText
{
    public static List<string[]> Read(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var delimiter = Delimiter(text);
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var fieldStarted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0 && !fieldStarted)
            {
                quoted = fieldStarted = true;
            }
            else if (c == delimiter)
            {
                row.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                rows.Add([.. row]);
                row.Clear();
                field.Clear();
                fieldStarted = false;
            }
            else
            {
                field.Append(c);
                fieldStarted = true;
            }
        }

        if (field.Length > 0 || fieldStarted || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add([.. row]);
        }

        // A blank line is no record.
        return [.. rows.Where(r => r.Length > 1 || r[0].Length > 0)];
    }

    private static char Delimiter(string text)
    {
        var counts = new Dictionary<char, int> { ['\t'] = 0, [','] = 0, [';'] = 0 };
        var quoted = false;
        foreach (var c in text)
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
}
