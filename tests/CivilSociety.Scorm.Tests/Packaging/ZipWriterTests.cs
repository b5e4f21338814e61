using System.IO.Compression;
using System.Text;
using CivilSociety.Scorm.Packaging;
using CivilSociety.Scorm.Rendering;
using CivilSociety.Scorm.Resources;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Packaging;

/// <summary>
/// The package's own zip writer (entries deflated on every core at once) must write what System.IO.Compression's
/// ZipArchive wrote before it, byte for byte: every LMS that took the packages then takes them now.
/// </summary>
public sealed class ZipWriterTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Writes_the_same_bytes_as_ZipArchive()
    {
        var entries = MixedEntries();

        var ours = Zip(stream => ScormPackager.WriteZip(stream, entries, CancellationToken.None));
        var theirs = Zip(stream => ScormPackager.WriteWithZipArchive(stream, entries, CancellationToken.None));

        ours.Should().Equal(theirs);
    }

    [Fact]
    public void Reads_back_whole_with_ZipArchive_and_unzip()
    {
        var entries = MixedEntries();
        var path = _temp.File("package.zip");
        File.WriteAllBytes(path, Zip(stream => ScormPackager.WriteZip(stream, entries, CancellationToken.None)));

        using (var zip = ZipFile.OpenRead(path))
        {
            zip.Entries.Select(e => e.FullName).Should().Equal(entries.Select(e => e.Path));
            foreach (var entry in entries)
            {
                using var read = new MemoryStream();
                using (var stream = zip.GetEntry(entry.Path)!.Open())
                {
                    stream.CopyTo(read);   // ZipArchive checks the CRC-32 as it reads to the end
                }

                read.ToArray().Should().Equal(entry.Content ?? File.ReadAllBytes(entry.SourceFile!), entry.Path);
            }

            zip.Entries.Single(e => e.FullName == "media/photo.jpg").CompressedLength.Should().Be(40_000, "media are stored, not deflated again");
        }

        // Info-ZIP's own test of every entry (its CRC-32 and sizes), as an LMS's unzip would read it.
        var (exitCode, output) = Tools.Run("unzip", "-t", path);
        exitCode.Should().Be(0, output);
        output.Should().Contain("No errors detected");
    }

    [Fact]
    public void Writes_an_empty_package_as_ZipArchive_does()
    {
        var ours = Zip(stream => ScormPackager.WriteZip(stream, [], CancellationToken.None));
        var theirs = Zip(stream => ScormPackager.WriteWithZipArchive(stream, [], CancellationToken.None));

        ours.Should().Equal(theirs);
    }

    [Fact]
    public void A_file_gone_before_it_is_read_is_an_IOException_not_an_AggregateException()
    {
        var entries = new[] { PackageEntry.FromFile("media/notes.svg", _temp.File("gone.svg")) };

        var write = () => Zip(stream => ScormPackager.WriteZip(stream, entries, CancellationToken.None));

        write.Should().Throw<IOException>();
    }

    [Fact]
    public void A_file_gone_among_many_entries_is_its_IOException_whichever_entry_the_writer_waits_for()
    {
        File.WriteAllText(_temp.File("kept.svg"), "<svg/>");
        var entries = MixedEntries()
            .Concat(Enumerable.Range(0, 40).Select(i => PackageEntry.FromFile($"media/x{i:D2}.svg", _temp.File(i == 20 ? "gone.svg" : "kept.svg"))))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var write = () => Zip(stream => ScormPackager.WriteZip(stream, entries, CancellationToken.None));

            write.Should().Throw<IOException>().Which.Message.Should().Contain("gone.svg");
        }
    }

    [Fact]
    public void Only_what_fits_without_Zip64_is_written_by_our_writer()
    {
        ZipWriter.Fits(310, 34_000_000).Should().BeTrue();
        ZipWriter.Fits(310, 5L * 1024 * 1024 * 1024).Should().BeFalse();
        ZipWriter.Fits(70_000, 1_000).Should().BeFalse();
    }

    /// <summary>Text, empty, Arabic names, incompressible bytes, stored media from bytes and from disk, a deflated file from disk, several deflate blocks, a file of the runtime deflated when the tool was built.</summary>
    private IReadOnlyList<PackageEntry> MixedEntries()
    {
        var random = new Random(23);
        var noise = new byte[70_000];
        random.NextBytes(noise);
        var photo = new byte[40_000];
        random.NextBytes(photo);
        File.WriteAllBytes(_temp.File("photo.jpg"), photo);
        File.WriteAllText(_temp.File("drawing.svg"), string.Concat(Enumerable.Repeat("<svg><circle r=\"4\"/></svg>\n", 500)));
        var longText = new StringBuilder();
        for (var i = 0; i < 60_000; i++)
        {
            longText.Append("section ").Append(i % 977).Append(" — القسم ").Append(i * 7 % 113).Append('\n');
        }

        var entries = new[]
        {
            PackageEntry.FromBytes("imsmanifest.xml", Encoding.UTF8.GetBytes("<manifest identifier=\"x\"/>")),
            PackageEntry.FromBytes("empty.txt", []),
            PackageEntry.FromBytes("index.html", Encoding.UTF8.GetBytes(longText.ToString())),
            PackageEntry.FromBytes("media/خريطة.png", noise[..5_000]),
            PackageEntry.FromBytes("data/noise.bin", noise),
            PackageEntry.FromFile("media/photo.jpg", _temp.File("photo.jpg")),
            PackageEntry.FromFile("media/drawing.svg", _temp.File("drawing.svg")),
            PackageEntry.FromBytes("sections/قسم-١.js", Encoding.UTF8.GetBytes("document.currentScript.sections = [];")),
            PackageEntry.FromResource("runtime/player.js", "runtime/player.js"),
        };
        return [.. entries.OrderBy(e => e.Path, StringComparer.Ordinal)];
    }

    [Fact]
    public void Every_file_deflated_when_the_tool_was_built_inflates_to_the_file()
    {
        var packagedAsIs = PackagingResources.RuntimeFiles.Append(Scorm2004Resources.Player)
            .Concat(PackagingResources.SchemaFiles)
            .Concat(Scorm2004Resources.SchemaFileNames.Select(name => Scorm2004Resources.SchemaFolder + name))
            .ToList();

        packagedAsIs.Should().HaveCountGreaterThan(20).And.Contain(["runtime/player.js", "runtime/player.css", "scorm2004/player.js", "schemas/imscp_rootv1p1p2.xsd"]);
        foreach (var name in packagedAsIs)
        {
            using var inflated = new MemoryStream();
            using (var inflater = new DeflateStream(new MemoryStream(PackagingResources.ReadDeflated(name)), CompressionMode.Decompress))
            {
                inflater.CopyTo(inflated);
            }

            inflated.ToArray().Should().Equal(PackagingResources.Read(name), name);
        }
    }

    private static byte[] Zip(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
