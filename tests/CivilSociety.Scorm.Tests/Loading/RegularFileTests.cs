using CivilSociety.Scorm.Loading;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Loading;

/// <summary>A course file read whole (Loading/RegularFile.cs): all of it, or nothing past the bound.</summary>
public sealed class RegularFileTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "regular-file-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => File.Delete(_path);

    [Theory]
    [InlineData(0, 10)]
    [InlineData(10, 10)]
    [InlineData(200_000, 300_000)]
    public void A_file_within_the_bound_is_read_whole(int length, long maxBytes)
    {
        var bytes = Enumerable.Range(0, length).Select(i => (byte)(i * 31)).ToArray();
        File.WriteAllBytes(_path, bytes);

        RegularFile.ReadAll(_path, maxBytes).Should().Equal(bytes);
    }

    [Theory]
    [InlineData(11, 10)]
    [InlineData(200_000, 100_000)]
    public void A_file_past_the_bound_is_not_read(int length, long maxBytes)
    {
        File.WriteAllBytes(_path, new byte[length]);

        RegularFile.ReadAll(_path, maxBytes).Should().BeNull();
    }

    [Fact]
    public void Copied_whole_into_a_stream()
    {
        var bytes = Enumerable.Range(0, 250_000).Select(i => (byte)i).ToArray();
        File.WriteAllBytes(_path, bytes);
        using var output = new MemoryStream();

        RegularFile.CopyTo(_path, output, bytes.Length, CancellationToken.None);

        output.ToArray().Should().Equal(bytes);
    }
}
