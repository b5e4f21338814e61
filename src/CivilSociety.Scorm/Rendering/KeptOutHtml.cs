using System.Buffers;
using System.Text.Json;
using AngleSharp.Dom;
using CivilSociety.Scorm.Markup;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// The HTML of the sections kept out of the page before the file is written (<see cref="DeferredSections.KeepOut"/>),
/// each as the file's JSON string value: UTF-8, escaped, in quotes. A section is serialised
/// (<see cref="LeanHtmlFormatter.Write"/>) into a JSON writer a few thousand characters at a time, never into a string
/// of its own, and the values lie one after another in chunks of a megabyte, where the file takes them from
/// (<see cref="ChunkedBytes.Splice"/>). For the synthetic course's 299 sections, the HTML as a string, its UTF-8 in a
/// buffer grown by doubling (the JSON writer asks room for every character escaped six-fold) and its copy of the
/// right length were 50 MB a build; and the 299 arrays, held to the end of the page, lived through collection after
/// collection, each copied twice by the collector. A chunk is on the large object heap, which the collector does not
/// copy. Sections are written one at a time (one writer and its buffers serve them all).
/// </summary>
internal sealed class KeptOutHtml
{
    private readonly Chunks _chunks = new();
    private readonly Utf8JsonWriter _json;
    private readonly JsonStringWriter _text;

    public KeptOutHtml(JsonWriterOptions options)
    {
        _json = new Utf8JsonWriter(_chunks, options);
        _text = new JsonStringWriter(_json);
    }

    /// <summary><paramref name="section"/>'s HTML (as <see cref="LeanHtmlFormatter.OuterHtml"/>) as a JSON string value, where it lies: nothing writes over it.</summary>
    public ReadOnlyMemory<byte> Write(IElement section)
    {
        _chunks.Begin();
        _json.Reset();
        _text.Reset();
        LeanHtmlFormatter.Write(section, _text);
        _text.End();
        _json.Flush();
        return _chunks.End();
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
