using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AngleSharp.Dom;
using CivilSociety.Scorm.Markup;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// The HTML of the sections kept out of the page before the file is written (<see cref="DeferredSections.KeepOut"/>),
/// each as the file's JSON string value: UTF-8, escaped, in quotes. AngleSharp's serialiser writes a section into a
/// JSON writer a few thousand characters at a time, never into a string of its own, and the values lie one after
/// another in chunks of a megabyte. For the synthetic course's 299 sections, the HTML as a string, its UTF-8 in a
/// buffer grown by doubling (the JSON writer asks room for every character escaped six-fold) and its copy of the
/// right length were 50 MB a build; and the 299 arrays, held to the end of the page, lived through collection after
/// collection, each copied twice by the collector. A chunk is on the large object heap, which the collector does not
/// copy.
/// Sections are written one at a time (one writer and its buffers serve them all).
/// </summary>
internal sealed class KeptOutHtml
{
    private readonly Chunks _chunks = new();
    private readonly Utf8JsonWriter _json;
    private readonly JsonSegmentWriter _text;

    public KeptOutHtml(JsonWriterOptions options)
    {
        _json = new Utf8JsonWriter(_chunks, options);
        _text = new JsonSegmentWriter(_json);
    }

    /// <summary><paramref name="section"/>'s HTML (as <see cref="LeanHtmlFormatter.OuterHtml"/>, by <see cref="LeanHtmlFormatter.Write"/>) as a JSON string value; valid until the next call's bytes are written after it.</summary>
    public ReadOnlyMemory<byte> Write(IElement section)
    {
        _chunks.Begin();
        _json.Reset();
        LeanHtmlFormatter.Write(section, _text);
        _text.End();
        _json.Flush();
        return _chunks.End();
    }

    /// <summary>
    /// Text written to it goes into the JSON writer as one string value, in segments of a buffer's length
    /// (<see cref="Utf8JsonWriter.WriteStringValueSegment(ReadOnlySpan{char}, bool)"/>: the same bytes as the whole
    /// text written at once).
    /// </summary>
    private sealed class JsonSegmentWriter(Utf8JsonWriter json) : TextWriter
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

        /// <summary>Ends the string value (the closing quote).</summary>
        public void End() => WriteSegment(isFinal: true);

        private void WriteSegment(bool isFinal)
        {
            json.WriteStringValueSegment(_buffer.AsSpan(0, _count), isFinal);
            _count = 0;
        }
    }

    /// <summary>
    /// Values written one after another into chunks of a megabyte or more, a value never split between two: when the
    /// chunk has no room left, the value begun moves to the next chunk (a value is some 20 KB).
    /// </summary>
    private sealed class Chunks : IBufferWriter<byte>
    {
        private const int ChunkSize = 1 << 20;

        private byte[] _chunk = [];
        private int _start;
        private int _used;

        /// <summary>Begins a value (dropping what a failed one left).</summary>
        public void Begin() => _used = _start;

        /// <summary>The value written since <see cref="Begin"/>.</summary>
        public ReadOnlyMemory<byte> End()
        {
            var value = _chunk.AsMemory(_start, _used - _start);
            _start = _used;
            return value;
        }

        public void Advance(int count)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _chunk.Length - _used);
            _used += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return _chunk.AsMemory(_used);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return _chunk.AsSpan(_used);
        }

        private void Reserve(int sizeHint)
        {
            var needed = Math.Max(sizeHint, 1);
            if (_chunk.Length - _used >= needed)
            {
                return;
            }

            // The chunk given up keeps the values ended in it; the one begun is copied over. Written before it is
            // read, as Advance allows only what was handed out.
            var begun = _used - _start;
            var next = GC.AllocateUninitializedArray<byte>(Math.Max(ChunkSize, begun + needed));
            _chunk.AsSpan(_start, begun).CopyTo(next);
            _chunk = next;
            _start = 0;
            _used = begun;
        }
    }
}
