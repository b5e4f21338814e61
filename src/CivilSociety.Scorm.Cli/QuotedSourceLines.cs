using System.Text;

namespace CivilSociety.Scorm.Cli;

/// <summary>
/// The source lines that diagnostics quote, as <see cref="File.ReadAllLines(string)"/> reads them (UTF-8 unless a byte
/// order mark says otherwise; a line ends at \n, \r or \r\n), one file at a time: diagnostics come grouped by file, and
/// only the lines quoted become strings. The 4,692 warnings of a 300-section course quote 300 files: every line of
/// each, kept until the last warning was printed, was 16 MB of strings made at the end of the build, on one core
/// (docs/benchmarks.md, issue 23, tenth session).
/// </summary>
internal sealed class QuotedSourceLines(string baseDirectory)
{
    private const long MaxFileBytes = 4 * 1024 * 1024;

    private string? _path;
    private byte[]? _utf8;                  // the file read last, as UTF-8 (null: missing, too large, or in another encoding)
    private readonly List<int> _lineStarts = [];
    private string[]? _otherEncoding;       // the file read last, when its byte order mark names another encoding

    /// <summary>Line <paramref name="line"/> (1-based) of <paramref name="relativePath"/>, or null when there is none to show.</summary>
    public string? Line(string relativePath, int line)
    {
        if (line <= 0)
        {
            return null;
        }

        var fullPath = Path.Combine(baseDirectory, relativePath);
        if (!string.Equals(fullPath, _path, StringComparison.Ordinal))
        {
            Read(fullPath);
        }

        if (_otherEncoding is { } lines)
        {
            return line <= lines.Length ? lines[line - 1] : null;
        }

        if (_utf8 is not { } bytes || line > _lineStarts.Count)
        {
            return null;
        }

        var start = _lineStarts[line - 1];
        var end = start;
        while (end < bytes.Length && bytes[end] is not ((byte)'\n' or (byte)'\r'))
        {
            end++;
        }

        return Encoding.UTF8.GetString(bytes, start, end - start);
    }

    private void Read(string fullPath)
    {
        _path = fullPath;
        _utf8 = null;
        _otherEncoding = null;
        _lineStarts.Clear();
        if (!File.Exists(fullPath) || new FileInfo(fullPath).Length >= MaxFileBytes)
        {
            return;
        }

        var bytes = File.ReadAllBytes(fullPath);
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] or [0x00, 0x00, 0xFE, 0xFF, ..])
        {
            _otherEncoding = File.ReadAllLines(fullPath);   // UTF-16 or UTF-32, as its mark says (the loader refused it)
            return;
        }

        var first = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        if (first < bytes.Length)
        {
            _lineStarts.Add(first);
        }

        for (var i = first; i < bytes.Length; i++)
        {
            var crlf = bytes[i] == '\r' && i + 1 < bytes.Length && bytes[i + 1] == '\n';
            if (crlf)
            {
                i++;
            }

            if ((bytes[i] is (byte)'\n' or (byte)'\r') && i + 1 < bytes.Length)
            {
                _lineStarts.Add(i + 1);
            }
        }

        _utf8 = bytes;
    }
}
