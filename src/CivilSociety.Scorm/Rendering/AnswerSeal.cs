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
    public string Key => Base64Url(_key);

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

        var keystream = Keystream(nonce, written);
        for (var i = 0; i < written; i++)
        {
            bytes[i] ^= keystream[i];
        }

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
        var bytes = Encoding.UTF8.GetBytes(plaintext);
        var keystream = Keystream(nonce, bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] ^= keystream[i];
        }

        return Base64Url(bytes);
    }

    private byte[] Keystream(string nonce, int length)
    {
        // key ‖ nonce ‖ block number, the number rewritten for each block
        var counterAt = _key.Length + Encoding.UTF8.GetByteCount(nonce);
        var input = new byte[counterAt + 4];
        _key.CopyTo(input, 0);
        Encoding.UTF8.GetBytes(nonce, input.AsSpan(_key.Length));
        var stream = new byte[(length + 31) / 32 * 32];
        for (var block = 0; block * 32 < length; block++)
        {
            BinaryPrimitives.WriteInt32BigEndian(input.AsSpan(counterAt), block);
            Sha256.HashData(input, stream.AsSpan(block * 32, 32));
        }

        return stream;
    }

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
