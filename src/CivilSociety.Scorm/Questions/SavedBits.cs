using CivilSociety.Scorm.Contract;

namespace CivilSociety.Scorm.Questions;

/// <summary>
/// Widths of the fields of the compact saved state (docs/runtime-contract.md, "The saved state"): each value is
/// written in as few bits as its range needs, exactly as the runtime's codec (packaging/runtime/src/state) does.
/// </summary>
internal static class SavedBits
{
    /// <summary>The bits that hold a value from 0 to <paramref name="values"/> - 1 (none for a single value).</summary>
    public static int ToHold(int values)
    {
        var bits = 0;
        while ((1L << bits) < values)
        {
            bits++;
        }

        return bits;
    }

    /// <summary>Typed text of at most <paramref name="maxLength"/> UTF-16 units: its length, then each unit.</summary>
    public static int Text(int maxLength) => ToHold(maxLength + 1) + (maxLength * RuntimeContract.SavedState.TextUnitBits);

    // The keyed saved state (packaging/runtime/src/state/v4.js): an answer is its kind, then what it names.

    /// <summary>The identities of <paramref name="count"/> choices or items: their count, then a key each.</summary>
    public static int KeyedIds(int count) =>
        RuntimeContract.SavedState.KeyedKindBits + RuntimeContract.SavedState.KeyedListCountBits + (count * RuntimeContract.SavedState.KeyBits);

    /// <summary><paramref name="count"/> matching pairs: their count, then two keys each.</summary>
    public static int KeyedPairs(int count) =>
        RuntimeContract.SavedState.KeyedKindBits + RuntimeContract.SavedState.KeyedListCountBits + (count * 2 * RuntimeContract.SavedState.KeyBits);

    /// <summary>Typed text of at most <paramref name="maxLength"/> UTF-16 units: its length, then each unit.</summary>
    public static int KeyedText(int maxLength) =>
        RuntimeContract.SavedState.KeyedKindBits + RuntimeContract.SavedState.KeyedTextLengthBits + (maxLength * RuntimeContract.SavedState.TextUnitBits);
}
