using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;

namespace CivilSociety.Scorm.Validation;

/// <summary>
/// How large a picture is, in bytes and pixels (read from the first bytes of a PNG, GIF or JPEG, never decoded): a
/// photo straight from a camera is what a newcomer puts in, and every learner downloads all of it.
/// </summary>
internal static class ImageSizes
{
    /// <summary>Above either, the picture is worth shrinking: the player shows a picture at most about 1,000 pixels wide.</summary>
    public const long MaxSensibleBytes = 1024 * 1024;

    public const int MaxSensiblePixels = 3000;

    /// <summary>What is too large about the file, in words ("8,000 × 6,000 pixels, 5.2 MB"), or null when nothing is.</summary>
    public static string? TooLarge(string fullPath)
    {
        var bytes = new FileInfo(fullPath).Length;
        var pixels = Dimensions(fullPath);
        var parts = new List<string>();
        if (pixels is var (width, height) && Math.Max(width, height) > MaxSensiblePixels)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{width:N0} × {height:N0} pixels"));
        }

        if (bytes > MaxSensibleBytes)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.0} MB"));
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>How much of a file is read for its size: a JPEG's start-of-frame follows its metadata segments.</summary>
    private const int HeadLength = 64 * 1024;

    private static (int Width, int Height)? Dimensions(string fullPath)
    {
        // A pooled buffer: a course of 300 pictures allocated 19 MB of fresh memory here, one head at a time.
        var head = ArrayPool<byte>.Shared.Rent(HeadLength);
        try
        {
            int read;
            using (var stream = File.OpenRead(fullPath))
            {
                read = stream.ReadAtLeast(head.AsSpan(0, HeadLength), HeadLength, throwOnEndOfStream: false);
            }

            return Dimensions(head.AsSpan(0, read));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(head);
        }
    }

    private static (int Width, int Height)? Dimensions(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 24 && data[..8].SequenceEqual(PngSignature))
        {
            return (BinaryPrimitives.ReadInt32BigEndian(data[16..]), BinaryPrimitives.ReadInt32BigEndian(data[20..]));
        }

        if (data.Length >= 10 && data[..4].SequenceEqual("GIF8"u8))
        {
            return (BinaryPrimitives.ReadUInt16LittleEndian(data[6..]), BinaryPrimitives.ReadUInt16LittleEndian(data[8..]));
        }

        return data.Length >= 4 && data[0] == 0xFF && data[1] == 0xD8 ? JpegDimensions(data) : null;
    }

    /// <summary>The size in a JPEG's start-of-frame segment, found by walking the segments (within the bytes read).</summary>
    private static (int Width, int Height)? JpegDimensions(ReadOnlySpan<byte> data)
    {
        var at = 2;
        while (at + 9 < data.Length && data[at] == 0xFF)
        {
            var marker = data[at + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC))
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(data[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(at + 5)..]));
            }

            at += 2 + length;
        }

        return null;
    }
}
