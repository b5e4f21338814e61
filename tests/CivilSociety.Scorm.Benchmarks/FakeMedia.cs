using System.Buffers.Binary;
using System.Text;

namespace CivilSociety.Scorm.Benchmarks;

/// <summary>
/// Image files of an exact size with real headers (JPEG SOI/APP0/EOI, PNG signature/IHDR/IDAT/IEND with correct
/// CRCs) and random, incompressible content, as photos are: what the packager sees of real media.
/// </summary>
internal static class FakeMedia
{
    public static byte[] Jpeg(Random random, int size)
    {
        byte[] head = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
        var bytes = new byte[Math.Max(size, head.Length + 2)];
        random.NextBytes(bytes);
        head.CopyTo(bytes, 0);
        bytes[^2] = 0xFF;
        bytes[^1] = 0xD9;
        return bytes;
    }

    public static byte[] Png(Random random, int size)
    {
        var output = new MemoryStream(size);
        output.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, 640);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), 480);
        header[8] = 8;  // bit depth
        header[9] = 2;  // truecolour
        Chunk(output, "IHDR", header);
        var data = new byte[Math.Max(size - 8 - (3 * 12) - header.Length, 0)];
        random.NextBytes(data);
        Chunk(output, "IDAT", data);
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        output.Write(buffer);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(buffer, ~Crc32(Crc32(uint.MaxValue, typeBytes), data));
        output.Write(buffer);
    }

    /// <summary>PNG's CRC-32 (ISO 3309), bit by bit: the generator runs once, speed does not matter.</summary>
    private static uint Crc32(uint crc, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc;
    }
}
