using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace CivilSociety.Scorm.Packaging;

/// <summary>
/// An entry's bytes as the zip holds them: deflated (or stored), with the CRC-32 and length of the original. Made
/// before the zip is written, so that the entries can be deflated on every core at once, which
/// <see cref="ZipArchive"/> cannot do (it deflates each entry as it is written, one after another).
/// </summary>
internal sealed record ZipData(ReadOnlyMemory<byte> Bytes, bool Deflated, uint Crc32, long Length)
{
    /// <summary>Deflated as <see cref="ZipArchive"/> deflates an entry created with <see cref="CompressionLevel.Optimal"/>: the same bytes (an empty one stored).</summary>
    public static ZipData Deflate(byte[] content)
    {
        if (content.Length == 0)
        {
            return new ZipData(ReadOnlyMemory<byte>.Empty, Deflated: false, 0, 0);   // ZipArchive stores an empty entry
        }

        // Room for a third of the content: text deflates to a quarter to a third (the synthetic course's sections
        // file, 27 %), and each time the stream's array is outgrown it is copied into one twice as large. Its bytes
        // are used where they are, not copied out into an array of their length.
        using var deflated = new MemoryStream(content.Length / 3 + 64);
        using (var deflater = new DeflateStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflater.Write(content);
        }

        return AlreadyDeflated(deflated.GetBuffer().AsMemory(0, checked((int)deflated.Length)), content);
    }

    /// <summary><paramref name="content"/> as <paramref name="deflated"/>, its deflate made beforehand (when the tool was built).</summary>
    public static ZipData AlreadyDeflated(ReadOnlyMemory<byte> deflated, byte[] content) =>
        new(deflated, Deflated: true, System.IO.Hashing.Crc32.HashToUInt32(content), content.Length);
}

/// <summary>
/// Writes a zip to a seekable stream byte for byte as <see cref="ZipArchive"/> (mode Create) writes the same entries
/// at <see cref="CompressionLevel.Optimal"/> or <see cref="CompressionLevel.NoCompression"/>: local headers without
/// data descriptors, made by Unix with rw-r--r--, one fixed time, names in UTF-8 (flagged when not ASCII). Not Zip64:
/// a package over 4 GB or 65,535 entries is refused here (<see cref="Fits"/>) and left to <see cref="ZipArchive"/>.
/// </summary>
internal sealed class ZipWriter(Stream output, DateTime lastWriteTime)
{
    private const ushort VersionNeeded = 20;                 // 2.0: deflate
    private const ushort VersionMadeBy = (3 << 8) | 20;      // Unix, 2.0
    private const uint UnixFileAttributes = 0x81A4u << 16;   // regular file, rw-r--r--
    private const ushort Utf8NamesFlag = 1 << 11;

    private readonly (ushort Time, ushort Date) _dosTime = DosTime(lastWriteTime);
    private readonly List<CentralRecord> _written = [];

    private sealed record CentralRecord(byte[] Name, ushort Flags, bool Deflated, uint Crc32, uint CompressedLength, uint Length, uint Offset);

    /// <summary>Whether a package of this many entries and at most this many bytes (headers included) can be written without Zip64.</summary>
    public static bool Fits(int entries, long bytes) => entries < ushort.MaxValue && bytes < uint.MaxValue;

    /// <summary>An entry made beforehand (<see cref="ZipData"/>).</summary>
    public void Add(string path, ZipData data)
    {
        var header = WriteLocalHeader(path, data.Deflated, data.Crc32, data.Bytes.Length, data.Length);
        output.Write(data.Bytes.Span);
        _written.Add(header);
    }

    /// <summary>
    /// An entry stored as it is, copied by <paramref name="copy"/> into the stream it is given: the header is written
    /// first and completed once the bytes are known (as <see cref="ZipArchive"/> does on a seekable stream).
    /// </summary>
    public void AddStored(string path, Action<Stream> copy)
    {
        var header = WriteLocalHeader(path, deflated: false, 0, 0, 0);
        var counted = new Crc32Stream(output);
        copy(counted);
        var length = Checked(counted.Length);
        var end = output.Position;
        output.Position = header.Offset + 14;   // CRC-32, compressed and uncompressed size
        Span<byte> sizes = stackalloc byte[12];
        BinaryPrimitives.WriteUInt32LittleEndian(sizes, counted.Crc32);
        BinaryPrimitives.WriteUInt32LittleEndian(sizes[4..], length);
        BinaryPrimitives.WriteUInt32LittleEndian(sizes[8..], length);
        output.Write(sizes);
        output.Position = end;
        _written.Add(header with { Crc32 = counted.Crc32, CompressedLength = length, Length = length });
    }

    /// <summary>The central directory and its end: the zip is complete.</summary>
    public void Finish()
    {
        var start = Checked(output.Position);
        var record = new byte[46];
        foreach (var entry in _written)
        {
            var r = record.AsSpan();
            BinaryPrimitives.WriteUInt32LittleEndian(r, 0x02014B50);
            BinaryPrimitives.WriteUInt16LittleEndian(r[4..], VersionMadeBy);
            BinaryPrimitives.WriteUInt16LittleEndian(r[6..], VersionNeeded);
            WriteCommonFields(r[8..], entry);
            BinaryPrimitives.WriteUInt16LittleEndian(r[30..], 0);   // extra field
            BinaryPrimitives.WriteUInt16LittleEndian(r[32..], 0);   // comment
            BinaryPrimitives.WriteUInt16LittleEndian(r[34..], 0);   // disk
            BinaryPrimitives.WriteUInt16LittleEndian(r[36..], 0);   // internal attributes
            BinaryPrimitives.WriteUInt32LittleEndian(r[38..], UnixFileAttributes);
            BinaryPrimitives.WriteUInt32LittleEndian(r[42..], entry.Offset);
            output.Write(record);
            output.Write(entry.Name);
        }

        var size = Checked(output.Position - start);
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054B50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[4..], 0);   // this disk
        BinaryPrimitives.WriteUInt16LittleEndian(end[6..], 0);   // the directory's disk
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)_written.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)_written.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], size);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], start);
        BinaryPrimitives.WriteUInt16LittleEndian(end[20..], 0);   // comment
        output.Write(end);
    }

    private CentralRecord WriteLocalHeader(string path, bool deflated, uint crc32, long compressedLength, long length)
    {
        var name = Encoding.UTF8.GetBytes(path);
        var flags = name.Length == path.Length && Ascii.IsValid(path) ? (ushort)0 : Utf8NamesFlag;
        var entry = new CentralRecord(name, flags, deflated, crc32, Checked(compressedLength), Checked(length), Checked(output.Position));
        Span<byte> header = stackalloc byte[30];
        BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034B50);
        BinaryPrimitives.WriteUInt16LittleEndian(header[4..], VersionNeeded);
        WriteCommonFields(header[6..], entry);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0);   // extra field
        output.Write(header);
        output.Write(name);
        return entry;
    }

    /// <summary>Flags, method, time, date, CRC-32, sizes and the name's length: the same in both headers.</summary>
    private void WriteCommonFields(Span<byte> at, CentralRecord entry)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(at, entry.Flags);
        BinaryPrimitives.WriteUInt16LittleEndian(at[2..], (ushort)(entry.Deflated ? 8 : 0));
        BinaryPrimitives.WriteUInt16LittleEndian(at[4..], _dosTime.Time);
        BinaryPrimitives.WriteUInt16LittleEndian(at[6..], _dosTime.Date);
        BinaryPrimitives.WriteUInt32LittleEndian(at[8..], entry.Crc32);
        BinaryPrimitives.WriteUInt32LittleEndian(at[12..], entry.CompressedLength);
        BinaryPrimitives.WriteUInt32LittleEndian(at[16..], entry.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(at[20..], checked((ushort)entry.Name.Length));
    }

    private static (ushort Time, ushort Date) DosTime(DateTime time) =>
        ((ushort)((time.Hour << 11) | (time.Minute << 5) | (time.Second / 2)),
         (ushort)(((time.Year - 1980) << 9) | (time.Month << 5) | time.Day));

    private static uint Checked(long value) =>
        value is >= 0 and <= uint.MaxValue ? (uint)value : throw new IOException("the package grew beyond 4 GB while it was written");

    /// <summary>Passes the bytes on, counting them and their CRC-32.</summary>
    private sealed class Crc32Stream(Stream inner) : Stream
    {
        private readonly System.IO.Hashing.Crc32 _crc = new();

        public uint Crc32 => _crc.GetCurrentHashAsUInt32();

        public override long Length => _length;

        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _crc.Append(buffer);
            _length += buffer.Length;
            inner.Write(buffer);
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
