using System.Text;
using System.Text.Json;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// Text written to it goes into the JSON writer as one string value, in segments of a buffer's length
/// (<see cref="Utf8JsonWriter.WriteStringValueSegment(ReadOnlySpan{char}, bool)"/>: the same bytes as the whole
/// text written at once), until <see cref="End"/>; then the next value may begin. HTML serialised into it
/// (<see cref="Markup.LeanHtmlFormatter.Write"/>) is never a string of its own.
/// </summary>
internal sealed class JsonStringWriter(Utf8JsonWriter json) : TextWriter
{
    private readonly char[] _buffer = new char[4096];
    private int _count;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (_count == _buffer.Length)
        {
            WriteSegment(isFinal: false);
        }

        _buffer[_count++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> value)
    {
        while (!value.IsEmpty)
        {
            if (_count == _buffer.Length)
            {
                WriteSegment(isFinal: false);
            }

            var length = Math.Min(value.Length, _buffer.Length - _count);
            value[..length].CopyTo(_buffer.AsSpan(_count));
            _count += length;
            value = value[length..];
        }
    }

    /// <summary>Drops what was written since the last <see cref="End"/> (a value that failed), for a new value.</summary>
    public void Reset() => _count = 0;

    /// <summary>Ends the string value (the closing quote).</summary>
    public void End() => WriteSegment(isFinal: true);

    private void WriteSegment(bool isFinal)
    {
        json.WriteStringValueSegment(_buffer.AsSpan(0, _count), isFinal);
        _count = 0;
    }
}
