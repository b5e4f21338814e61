namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>
/// The head of the saved state (docs/runtime-contract.md, "The saved state"), read from the format itself: "3" (the
/// compact format), then six bits a character (base64url): a 24-bit fingerprint, a bit per section, the bookmark, a
/// bit saying whether the xAPI registration follows, and its 128 bits; or "4" (the keyed format): the bookmark's
/// 16-bit key, then the same flag and registration.
/// </summary>
internal static class CompactState
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private const int FingerprintBits = 24;
    private const int RegistrationBits = 128;
    private const int KeyBits = 16;

    /// <summary>The registration's 32 hex digits, or null when the state keeps none.</summary>
    public static string? Registration(string state, int sections)
    {
        var bits = Bits(state);
        var flag = FlagAt(state, sections);
        return bits[flag] == 0 ? null
            : string.Concat(Enumerable.Range(0, RegistrationBits / 4).Select(i => Number(bits, flag + 1 + (4 * i), 4).ToString("x", System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// The state's bits without its registration (the flag cleared, the 128 bits taken out) and without the padding of
    /// its last character, as "0" and "1": two states compare equal this way when they hold the same but the
    /// registration.
    /// </summary>
    public static string WithoutRegistration(string state, int sections)
    {
        // The registration is in the quizzes' part; what follows its "|" (the practice checks, the completion day) is
        // kept as it is, after the bits, so that the padding of the part's last character does not count.
        var end = state.IndexOf('|', StringComparison.Ordinal);
        var (head, tail) = end < 0 ? (state, "") : (state[..end], state[end..]);
        var bits = Bits(head);
        var flag = FlagAt(head, sections);
        if (bits[flag] == 1)
        {
            bits[flag] = 0;
            bits.RemoveRange(flag + 1, RegistrationBits);
        }

        return head[0] + string.Concat(bits).TrimEnd('0') + tail;
    }

    private static int FlagAt(string state, int sections) => state.StartsWith('4') ? KeyBits : FingerprintBits + sections + BitsToHold(sections);

    private static List<int> Bits(string state) =>
        [.. state[1..].SelectMany(c => Enumerable.Range(0, 6).Select(i => (Alphabet.IndexOf(c, StringComparison.Ordinal) >> (5 - i)) & 1))];

    private static int Number(List<int> bits, int at, int width) => bits.Skip(at).Take(width).Aggregate(0, (value, bit) => (value * 2) + bit);

    private static int BitsToHold(int values)
    {
        var bits = 0;
        while ((1 << bits) < values)
        {
            bits++;
        }

        return bits;
    }
}
