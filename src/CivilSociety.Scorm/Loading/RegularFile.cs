using System.Buffers;

namespace CivilSociety.Scorm.Loading;

/// <summary>
/// The one way the build opens a course file: only when it is a regular file (after links), and never reading more
/// than a bound, whatever its size said a moment earlier (a file that grows, or a pseudo-file that reports 0 bytes).
/// </summary>
internal static class RegularFile
{
    private const int ChunkBytes = 81920;

    /// <summary>Opens the file for reading; an <see cref="IOException"/> when it is no longer a regular file.</summary>
    public static FileStream OpenRead(string path)
    {
        if (FileKinds.OfTarget(path) is var kind && kind != FileKind.Regular)
        {
            throw new IOException($"'{path}' is not a regular file ({kind})");
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
    }

    /// <summary>The file's bytes, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    public static byte[]? ReadAll(string path, long maxBytes)
    {
        using var input = OpenRead(path);
        // Straight into an array of the size the file says it has (no chunk, no stream grown then copied out: three
        // times the file in fresh memory, for each of a course's files); what it holds beyond that size, if it grew,
        // through the bounded copy.
        var expected = (int)Math.Min(input.Length, maxBytes);
        var bytes = new byte[expected];
        var filled = input.ReadAtLeast(bytes, expected, throwOnEndOfStream: false);
        if (filled < expected)
        {
            return bytes[..filled];
        }

        using var memory = new MemoryStream();
        if (!CopyAtMost(input, memory, maxBytes - filled, CancellationToken.None))
        {
            return null;
        }

        return memory.Length == 0 ? bytes : [.. bytes, .. memory.ToArray()];
    }

    /// <summary>
    /// Copies the file into <paramref name="output"/>; an <see cref="IOException"/> when it holds more than
    /// <paramref name="maxBytes"/>. Cancellation is checked between chunks, so an interrupted build stops at once.
    /// </summary>
    public static void CopyTo(string path, Stream output, long maxBytes, CancellationToken cancellationToken)
    {
        using var input = OpenRead(path);
        if (!CopyAtMost(input, output, maxBytes, cancellationToken))
        {
            throw new IOException($"'{path}' grew beyond {maxBytes:N0} bytes while the package was written");
        }
    }

    private static bool CopyAtMost(Stream input, Stream output, long maxBytes, CancellationToken cancellationToken)
    {
        // A pooled chunk: a new one for each file was 80 KB of fresh memory per image and per Markdown file.
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            long total = 0;
            int read;
            while ((read = input.Read(buffer, 0, ChunkBytes)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                total += read;
                if (total > maxBytes)
                {
                    return false;
                }

                output.Write(buffer, 0, read);
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
