using System.Buffers;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// Bytes written in chunks, copied once into an array of their exact length at the end (<see cref="ToArray"/>). For a
/// file of megabytes whose length is not known ahead (the sections' file: 8 MB for a course of 300 sections): a
/// <see cref="MemoryStream"/> doubles its array again and again, each copy fresh memory the collector zeroes and the
/// system maps page by page, and a JSON writer over a stream keeps all it writes in a doubling buffer of its own until
/// flushed. A JSON writer writes straight into these chunks. The first is small, each next one twice as large up to a
/// megabyte: a small file (the real course's) takes no more than it needs.
/// </summary>
internal sealed class ChunkedBytes : IBufferWriter<byte>
{
    private const int FirstChunkSize = 16 << 10;
    private const int MaxChunkSize = 1 << 20;

    private readonly List<(byte[] Chunk, int Length)> _full = [];
    private byte[] _chunk = [];
    private int _used;
    private long _fullLength;
    private int _nextChunkSize = FirstChunkSize;

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _chunk.Length - _used);
        _used += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);   // first: it may begin a new chunk
        return _chunk.AsMemory(_used);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _chunk.AsSpan(_used);
    }

    /// <summary>The bytes written so far, in one array of their length.</summary>
    public byte[] ToArray()
    {
        // Every byte of it is written below: no need for the collector to zero it first.
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)(_fullLength + _used)));
        var at = 0;
        foreach (var (chunk, length) in _full)
        {
            chunk.AsSpan(0, length).CopyTo(bytes.AsSpan(at));
            at += length;
        }

        _chunk.AsSpan(0, _used).CopyTo(bytes.AsSpan(at));
        return bytes;
    }

    /// <summary>Begins a new chunk when the current one has fewer than <paramref name="sizeHint"/> bytes (at least one) left.</summary>
    private void Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_chunk.Length - _used < needed)
        {
            if (_used > 0)
            {
                _full.Add((_chunk, _used));
                _fullLength += _used;
            }

            // Written before it is read, as Advance allows only what was handed out.
            _chunk = GC.AllocateUninitializedArray<byte>(Math.Max(_nextChunkSize, needed));
            _used = 0;
            _nextChunkSize = Math.Min(_nextChunkSize * 2, MaxChunkSize);
        }
    }
}
