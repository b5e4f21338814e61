namespace CivilSociety.Scorm.Diagnostics;

/// <summary>
/// Which older encoding a file that is not UTF-8 was most likely saved in, told by its bytes above 127: in UTF-8 about
/// half of them are continuation bytes (0x80-0xBF); in a one-byte Windows code page nearly all letters are above
/// 0xC0. Enough to tell an author which choice to change in the Save As dialog.
/// </summary>
internal static class OlderEncodings
{
    /// <summary>"Arabic (Windows-1256)", "Western European (Windows-1252)", or null when the bytes do not say.</summary>
    public static string? Guess(ReadOnlySpan<byte> bytes)
    {
        int high = 0, upper = 0, arabicLetters = 0;
        foreach (var b in bytes)
        {
            if (b < 0x80)
            {
                continue;
            }

            high++;
            upper += b >= 0xC0 ? 1 : 0;
            // Windows-1256's letters: ء to غ, ف to ك, ل, م to و, ى, ي.
            arabicLetters += b is (>= 0xC1 and <= 0xDF and not 0xD7) or 0xE1 or (>= 0xE3 and <= 0xE6) or 0xEC or 0xED ? 1 : 0;
        }

        if (high < 3 || upper * 10 < high * 8)
        {
            return null;   // too few, or shaped like UTF-8 with a slip in it
        }

        return arabicLetters * 10 >= high * 8 ? "Arabic (Windows-1256)" : "Western European (Windows-1252)";
    }
}
