using System.IO.Compression;
using System.Text;

namespace CivilSociety.Scorm.PackageValidation;

/// <summary>
/// Reads the manifest into memory, never more than <see cref="PackageValidator.MaxManifestBytes"/> whatever the
/// zip's header claims. Nothing of the zip is ever written to disk.
/// </summary>
internal static class ManifestReader
{
    /// <summary>The manifest's text, or null when it is larger than the limit.</summary>
    public static string? ReadText(ZipArchiveEntry entry) => ReadText(entry, PackageValidator.MaxManifestBytes);

    /// <summary>An entry's text, or null when it is larger than <paramref name="maxBytes"/> (counted as it is read).</summary>
    public static string? ReadText(ZipArchiveEntry entry, long maxBytes)
    {
        if (entry.Length > maxBytes)
        {
            return null;
        }

        using var stream = entry.Open();
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            memory.Write(buffer, 0, read);
            if (memory.Length > maxBytes)
            {
                return null;
            }
        }

        memory.Position = 0;
        using var reader = new StreamReader(memory, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
