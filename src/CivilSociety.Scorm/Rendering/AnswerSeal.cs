using System.Buffers;
using System.Buffers.Binary;
using CivilSociety.Scorm.Hashing;
using System.Text;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// Keeps each question's answer key out of the page's readable text: the JSON of the key is XORed with a keystream of
/// SHA-256 blocks (SHA-256(key ‖ nonce ‖ block number)) and written in base64url. The runtime
/// (packaging/runtime/src/quiz/seal.js) opens it when it judges, reveals or records an answer. The key is in the page
/// too: this stops a learner reading the answers in the source or finding them in the zip, not one who runs the
/// runtime's own code in the browser's console (docs/answer-keys.md).
/// </summary>
internal sealed class AnswerSeal
{
    private const int KeyBytes = 16;

    private readonly byte[] _key;

    private AnswerSeal(byte[] key) => _key = key;

    /// <summary>The key, as the page carries it (base64url).</summary>
    public string Key => System.Buffers.Text.Base64Url.EncodeToString(_key);

    /// <summary>A key fixed by the course and its answers, so that two builds of the same course are byte-identical.</summary>
    public static AnswerSeal For(string courseId, IEnumerable<string> plaintexts)
    {
        // The UTF-8 of "civilsociety-scorm answer seal\n" + course id + ("\n" + plaintext)*, encoded piece by piece into
        // one array of its length: every answer key of a large course (megabytes) was first joined into a string.
        var pieces = new List<string> { "civilsociety-scorm answer seal\n", courseId };
        foreach (var plaintext in plaintexts)
        {
            pieces.Add("\n");
            pieces.Add(plaintext);
        }

        var bytes = GC.AllocateUninitializedArray<byte>(pieces.Sum(Encoding.UTF8.GetByteCount));
        var at = 0;
        foreach (var piece in pieces)
        {
            at += Encoding.UTF8.GetBytes(piece, bytes.AsSpan(at));
        }

        return new AnswerSeal(Sha256.HashData(bytes)[..KeyBytes]);
    }

    /// <summary>The seal of a built page, from the key it carries (course data "seal"); null when it is not one.</summary>
    public static AnswerSeal? FromKey(string key)
    {
        var bytes = new byte[KeyBytes + 2];
        return System.Buffers.Text.Base64Url.TryDecodeFromChars(key, bytes, out var written) && written == KeyBytes
            ? new AnswerSeal(bytes[..KeyBytes])
            : null;
    }

    /// <summary>A sealed text opened (the keystream undoes itself); null when it is not base64url or not UTF-8.</summary>
    public string? Open(string nonce, string sealedText)
    {
        var bytes = new byte[sealedText.Length];
        if (!System.Buffers.Text.Base64Url.TryDecodeFromChars(sealedText, bytes, out var written))
        {
            return null;
        }

        Xor(nonce, bytes.AsSpan(0, written));

        try
        {
            return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, written);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The sealed text; <paramref name="nonce"/> (the question's SECTION.QUESTION id) makes each keystream its own.</summary>
    public string Seal(string nonce, string plaintext)
    {
        // The plaintext's UTF-8 in a pooled buffer, sealed in place: only the sealed text is made (3,000 keys, 2 MB of
        // arrays for their bytes and as much for their keystreams, in a course of 3,000 questions).
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(plaintext.Length));
        try
        {
            var sealedBytes = bytes.AsSpan(0, Encoding.UTF8.GetBytes(plaintext, bytes));
            Xor(nonce, sealedBytes);
            return System.Buffers.Text.Base64Url.EncodeToString(sealedBytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>XORs <paramref name="bytes"/> with the keystream of <paramref name="nonce"/>, a block at a time.</summary>
    private void Xor(string nonce, Span<byte> bytes)
    {
        // key ‖ nonce ‖ block number, the number rewritten for each block
        var counterAt = _key.Length + Encoding.UTF8.GetByteCount(nonce);
        var input = new byte[counterAt + 4];
        _key.CopyTo(input, 0);
        Encoding.UTF8.GetBytes(nonce, input.AsSpan(_key.Length));
        Span<byte> block = stackalloc byte[32];
        for (var number = 0; number * 32 < bytes.Length; number++)
        {
            BinaryPrimitives.WriteInt32BigEndian(input.AsSpan(counterAt), number);
            Sha256.HashData(input, block);
            var part = bytes[(number * 32)..Math.Min(bytes.Length, (number + 1) * 32)];
            for (var i = 0; i < part.Length; i++)
            {
                part[i] ^= block[i];
            }
        }
    }
}
