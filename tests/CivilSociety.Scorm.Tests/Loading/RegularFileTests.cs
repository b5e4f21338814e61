using CivilSociety.Scorm.Loading;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Loading;

/// <summary>
/// A course file is read whole into an array of the size it says it has, and never past the bound: a file of the
/// bound's size is read, one byte more is refused, whichever way the file's size was learnt.
/// </summary>
public sealed class RegularFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("civil-scorm-regular-file-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string FileOf(int length)
    {
        var path = Path.Combine(_folder, $"{length}.bin");
        File.WriteAllBytes(path, [.. Enumerable.Range(0, length).Select(i => (byte)(i % 251))]);
        return path;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100_000)]
    public void A_file_within_the_bound_is_read_byte_for_byte(int length)
    {
        var path = FileOf(length);

        RegularFile.ReadAll(path, maxBytes: 100_000).Should().Equal(File.ReadAllBytes(path));
    }

    [Fact]
    public void A_file_one_byte_past_the_bound_is_refused()
    {
        RegularFile.ReadAll(FileOf(100_001), maxBytes: 100_000).Should().BeNull();
    }

    [Fact]
    public void A_file_far_past_the_bound_is_refused_without_reading_it_all()
    {
        RegularFile.ReadAll(FileOf(300_000), maxBytes: 1_000).Should().BeNull();
    }

    [Fact]
    public void A_file_longer_than_a_chunk_is_copied_whole_into_a_stream()
    {
        var path = FileOf(250_000);
        using var output = new MemoryStream();

        RegularFile.CopyTo(path, output, maxBytes: 250_000, CancellationToken.None);

        output.ToArray().Should().Equal(File.ReadAllBytes(path));
    }

    [Fact]
    public void A_pseudo_file_that_says_it_is_empty_is_read_up_to_the_bound()
    {
        // /proc files report a length of 0 and hold text all the same.
        var bytes = RegularFile.ReadAll("/proc/self/status", maxBytes: 1_000_000);

        bytes.Should().NotBeNull().And.NotBeEmpty();
        System.Text.Encoding.ASCII.GetString(bytes!).Should().Contain("Name:");
        RegularFile.ReadAll("/proc/self/status", maxBytes: 10).Should().BeNull();
    }
}
