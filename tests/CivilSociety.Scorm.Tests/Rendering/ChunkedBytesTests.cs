using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using CivilSociety.Scorm.Rendering;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Rendering;

/// <summary>The sections' file is written into chunks (Rendering/ChunkedBytes.cs): the bytes a memory stream would hold.</summary>
public sealed class ChunkedBytesTests
{
    [Fact]
    public void Json_written_across_many_chunks_and_a_string_larger_than_one_is_what_a_memory_stream_holds()
    {
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        // Sections of every size, quotes and Arabic to escape and transcode, and one larger than a chunk.
        var texts = Enumerable.Range(0, 400)
            .Select(i => string.Concat(Enumerable.Repeat($"<p class=\"x{i}\">نص {i}\n</p>", i * 7 % 300 + 1)))
            .Append(new string('a', 3 << 20))
            .Append("the end")
            .ToList();

        void Write(Utf8JsonWriter json)
        {
            json.WriteStartObject();
            for (var i = 0; i < texts.Count; i++)
            {
                json.WriteString("s" + i, texts[i]);
            }

            json.WriteEndObject();
        }

        using var stream = new MemoryStream();
        stream.Write("prefix="u8);
        using (var json = new Utf8JsonWriter(stream, options))
        {
            Write(json);
        }

        stream.Write(";\n"u8);
        var chunks = new ChunkedBytes();
        chunks.Write("prefix="u8);
        using (var json = new Utf8JsonWriter(chunks, options))
        {
            Write(json);
        }

        chunks.Write(";\n"u8);

        chunks.ToArray().Should().Equal(stream.ToArray());
    }

    [Fact]
    public void Nothing_written_is_no_bytes()
    {
        new ChunkedBytes().ToArray().Should().BeEmpty();
    }
}
