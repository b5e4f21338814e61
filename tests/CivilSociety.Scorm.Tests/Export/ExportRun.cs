using System.IO.Compression;
using System.Text;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Export;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Export;

/// <summary>Runs an export into a temp folder and hands back the bytes and the diagnostics.</summary>
internal static class ExportRun
{
    public static (byte[] Content, IReadOnlyList<Diagnostic> Diagnostics) Of(string courseDirectory, QuestionFormat format)
    {
        using var temp = new TempDirectory();
        var result = QuestionExporter.Export(new ExportOptions(courseDirectory, format, temp.File("bank")));
        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        return (File.ReadAllBytes(result.BankPath!), result.Diagnostics);
    }

    /// <summary>A QTI zip as text: each entry's name, then its content (media by size), in entry order.</summary>
    public static string ZipAsText(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        var text = new StringBuilder();
        foreach (var entry in archive.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            var content = entry.FullName.EndsWith(".xml", StringComparison.Ordinal) ? reader.ReadToEnd() : $"[{entry.Length} bytes]";
            text.Append($"== {entry.FullName}\n{content}\n");
        }

        return text.ToString();
    }

    public static Dictionary<string, byte[]> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip));
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = new MemoryStream();
            using (var source = e.Open())
            {
                source.CopyTo(stream);
            }

            return stream.ToArray();
        });
    }
}
