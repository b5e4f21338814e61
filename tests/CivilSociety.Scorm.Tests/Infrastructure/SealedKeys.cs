using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;

namespace CivilSociety.Scorm.Tests.Infrastructure;

/// <summary>
/// Opens the answer keys a launch page seals (docs/answer-keys.md), written here from the format, not with the
/// compiler's code: SHA-256(key ‖ SECTION.QUESTION ‖ block) XORed over the base64url bytes.
/// </summary>
internal static class SealedKeys
{
    public static JsonElement CourseData(IHtmlDocument page) =>
        JsonDocument.Parse(page.GetElementById("course-data")!.TextContent).RootElement.Clone();

    /// <summary>The opened key of a question: correct, pattern, xapi, feedback.</summary>
    public static JsonElement Open(IHtmlDocument page, string sectionId, string questionId)
    {
        var data = CourseData(page);
        var question = data.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("id").GetString() == sectionId)
            .GetProperty("quiz").GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("id").GetString() == questionId);
        return Open(data.GetProperty("seal").GetString()!, sectionId + "." + questionId, question.GetProperty("sealed").GetString()!);
    }

    public static JsonElement Open(string key, string nonce, string sealedText)
    {
        var bytes = System.Buffers.Text.Base64Url.DecodeFromChars(sealedText);
        var prefix = System.Buffers.Text.Base64Url.DecodeFromChars(key).Concat(Encoding.UTF8.GetBytes(nonce)).ToArray();
        for (var block = 0; block * 32 < bytes.Length; block++)
        {
            var input = new byte[prefix.Length + 4];
            prefix.CopyTo(input, 0);
            BinaryPrimitives.WriteInt32BigEndian(input.AsSpan(prefix.Length), block);
            var stream = SHA256.HashData(input);
            for (var i = block * 32; i < Math.Min(bytes.Length, (block * 32) + 32); i++)
            {
                bytes[i] ^= stream[i - (block * 32)];
            }
        }

        return JsonDocument.Parse(bytes).RootElement.Clone();
    }
}
