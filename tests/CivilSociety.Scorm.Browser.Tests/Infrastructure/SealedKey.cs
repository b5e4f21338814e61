using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>
/// Opens a question's sealed answer key, from the format (docs/answer-keys.md) rather than the compiler's code: the
/// base64url bytes XORed with SHA-256(key ‖ SECTION.QUESTION ‖ block number) blocks; inside, JSON.
/// </summary>
internal static class SealedKey
{
    public static JsonElement Open(string key, string nonce, string sealedText)
    {
        var bytes = System.Buffers.Text.Base64Url.DecodeFromChars(sealedText);
        var prefix = System.Buffers.Text.Base64Url.DecodeFromChars(key).Concat(Encoding.UTF8.GetBytes(nonce)).ToArray();
        var input = new byte[prefix.Length + 4];
        prefix.CopyTo(input, 0);
        for (var block = 0; block * 32 < bytes.Length; block++)
        {
            BinaryPrimitives.WriteInt32BigEndian(input.AsSpan(prefix.Length), block);
            var stream = SHA256.HashData(input);
            for (var i = 0; i < 32 && (block * 32) + i < bytes.Length; i++)
            {
                bytes[(block * 32) + i] ^= stream[i];
            }
        }

        return JsonDocument.Parse(bytes).RootElement.Clone();
    }
}
