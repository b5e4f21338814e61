using System.Buffers.Binary;
using CivilSociety.Scorm.Hashing;
using System.Text;

namespace CivilSociety.Scorm.Questions;

/// <summary>
/// A permutation fixed by a text (the question's id and items): the same source always gives the same ids, so two
/// builds are byte-identical, yet the ids say nothing about the answer. Sequencing items and matching targets get
/// their ids from it; ids in source order would give the right order and the right pairs away in the page.
/// </summary>
internal static class StableShuffle
{
    public static IReadOnlyList<T> Of<T>(IReadOnlyList<T> items, string seedText)
    {
        var result = items.ToArray();
        // A fresh 32-bit draw per swap: SHA-256 of the text's digest and the position (counter mode).
        Span<byte> input = stackalloc byte[36];
        Span<byte> block = stackalloc byte[32];
        Sha256.HashData(Encoding.UTF8.GetBytes(seedText), input);
        for (var i = result.Length - 1; i > 0; i--)
        {
            BinaryPrimitives.WriteInt32BigEndian(input[32..], i);
            Sha256.HashData(input, block);
            var j = (int)(BinaryPrimitives.ReadUInt32BigEndian(block) % (uint)(i + 1));
            (result[i], result[j]) = (result[j], result[i]);
        }

        return result;
    }
}
