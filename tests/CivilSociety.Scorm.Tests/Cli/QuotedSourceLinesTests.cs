using System.Text;
using CivilSociety.Scorm.Cli;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Cli;

/// <summary>The line a diagnostic quotes is the line an editor shows at that number, whatever ends the lines.</summary>
public sealed class QuotedSourceLinesTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string, byte[]> Files => new()
    {
        { "unix endings", Encoding.UTF8.GetBytes("# عنوان\n\ntext\n") },
        { "windows endings", Encoding.UTF8.GetBytes("one\r\ntwo\r\n\r\nfour") },
        { "old mac endings and a mix", Encoding.UTF8.GetBytes("one\rtwo\r\r\nfour\n\rsix\r") },
        { "empty", [] },
        { "only a byte order mark", [0xEF, 0xBB, 0xBF] },
        { "a byte order mark", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("first\nsecond")] },
        { "invalid UTF-8", [(byte)'a', 0xC3, (byte)'\n', 0xFF, (byte)'b'] },
        { "UTF-16 with its mark", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes("one\ntwo")] },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_line_is_the_line_File_ReadAllLines_reads(string what, byte[] bytes)
    {
        File.WriteAllBytes(_temp.File("section.md"), bytes);
        var expected = File.ReadAllLines(_temp.File("section.md"));
        var lines = new QuotedSourceLines(_temp.Path);

        var read = Enumerable.Range(1, expected.Length + 2).Select(line => lines.Line("section.md", line)).ToList();

        read.Should().Equal([.. expected, null, null], what);
        lines.Line("section.md", 0).Should().BeNull();
    }

    [Fact]
    public void Files_quoted_in_turn_are_each_read_again_and_a_missing_one_quotes_nothing()
    {
        File.WriteAllText(_temp.File("a.md"), "a1\na2");
        File.WriteAllText(_temp.File("b.md"), "b1");
        var lines = new QuotedSourceLines(_temp.Path);

        new[] { lines.Line("a.md", 2), lines.Line("b.md", 1), lines.Line("missing.md", 1), lines.Line("a.md", 1) }
            .Should().Equal("a2", "b1", null, "a1");
    }
}
