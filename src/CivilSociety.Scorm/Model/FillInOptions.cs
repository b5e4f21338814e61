namespace CivilSociety.Scorm.Model;

/// <summary>How a typed answer is compared with the accepted ones.</summary>
/// <param name="CaseSensitive">Letter case counts (off by default).</param>
/// <param name="NormalizeArabic">Diacritics, tatweel, alef/hamza forms, taa marbuta and alef maqsura are folded.</param>
/// <param name="MaxLength">The longest answer the learner may type (it bounds cmi.suspend_data).</param>
internal sealed record FillInOptions(bool CaseSensitive, bool NormalizeArabic, int MaxLength)
{
    public const int DefaultMaxLength = 60;
}
