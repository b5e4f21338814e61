using System.Buffers;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// Bytes written in chunks, copied once into an array of their exact length at the end (<see cref="ToArray"/>). For a
/// file of megabytes whose length is not known ahead (the sections' file: 8 MB for a course of 300 sections): a
/// <see cref="MemoryStream"/> doubles its array again and again, each copy fresh memory the collector zeroes and the
/// system maps page by page, and a JSON writer over a stream keeps all it writes in a doubling buffer of its own until
/// flushed. A JSON writer writes straight into these chunks. The first is small, each next one twice as large up to a
/// megabyte: a small file (the real course's) takes no more than it needs. Bytes that lie ready elsewhere join
/// without a copy until the end (<see cref="Splice"/>).
/// </summary>
internal sealed class ChunkedBytes : IBufferWriter<byte>
{
    private const int FirstChunkSize = 16 << 10;
    private const int MaxChunkSize = 1 << 20;

    /// <summary>What comes before the current chunk's run, in order: earlier runs of chunks and spliced bytes.</summary>
    private readonly List<ReadOnlyMemory<byte>> _pieces = [];
    private long _piecesLength;

    private byte[] _chunk = [];
    private int _runStart;
    private int _used;
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

    /// <summary>
    /// Appends <paramref name="bytes"/> where they lie, to be copied by <see cref="ToArray"/>: they must not change
    /// until then. A writer over this must have handed over what it holds first (a JSON writer: <c>Flush</c>).
    /// </summary>
    public void Splice(ReadOnlyMemory<byte> bytes)
    {
        EndRun();
        _pieces.Add(bytes);
        _piecesLength += bytes.Length;
    }

    /// <summary>The bytes written so far, in one array of their length.</summary>
    public byte[] ToArray()
    {
        // Every byte of it is written below: no need for the collector to zero it first.
        var bytes = GC.AllocateUninitializedArray<byte>(checked((int)(_piecesLength + _used - _runStart)));
        var at = 0;
        foreach (var piece in _pieces)
        {
            piece.Span.CopyTo(bytes.AsSpan(at));
            at += piece.Length;
        }

        _chunk.AsSpan(_runStart.._used).CopyTo(bytes.AsSpan(at));
        return bytes;
    }

    /// <summary>Begins a new chunk when the current one has fewer than <paramref name="sizeHint"/> bytes (at least one) left.</summary>
    private void Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_chunk.Length - _used < needed)
        {
            EndRun();

            // Written before it is read, as Advance allows only what was handed out.
            _chunk = GC.AllocateUninitializedArray<byte>(Math.Max(_nextChunkSize, needed));
            _runStart = 0;
            _used = 0;
            _nextChunkSize = Math.Min(_nextChunkSize * 2, MaxChunkSize);
        }
    }

    /// <summary>Moves the bytes written in the current chunk since the last piece to the pieces.</summary>
    private void EndRun()
    {
        if (_used > _runStart)
        {
            _pieces.Add(_chunk.AsMemory(_runStart.._used));
            _piecesLength += _used - _runStart;
        }

        _runStart = _used;
    }
}
