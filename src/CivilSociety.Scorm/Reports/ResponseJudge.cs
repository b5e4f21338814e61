using System.Globalization;
using CivilSociety.Scorm.Questions;

namespace CivilSociety.Scorm.Reports;

/// <summary>
/// Whether a SCORM 1.2 response ("a,c", "t", "a.1,b.2", "15", the text) answers a question right, judged by the
/// course itself: for a report whose result column is empty or was not downloaded. Moodle's "Right answer N" is no
/// help there (a range is "10[:]20", a short answer has several spellings). Null: the course cannot tell.
/// </summary>
internal static class ResponseJudge
{
    public static bool? Judge(BankQuestion shape, string response)
    {
        var parts = response.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return shape switch
        {
            BankChoices choices => parts.ToHashSet(StringComparer.Ordinal).SetEquals(choices.Choices.Where(c => c.IsCorrect).Select(c => c.Id)),
            BankTrueFalse trueFalse => response.Trim().ToLowerInvariant() switch
            {
                "t" or "true" => trueFalse.IsTrue,
                "f" or "false" => !trueFalse.IsTrue,
                _ => false,
            },
            BankShortAnswer text when text.Accepted.Any(a => string.Equals(a.Trim(), response.Trim(), text.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)) => true,
            BankShortAnswer { FoldsArabic: true } => null,   // another spelling may be one the runtime accepts
            BankShortAnswer => false,
            BankNumber number => decimal.TryParse(response.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && value >= number.Min && value <= number.Max,
            BankPairs pairs => parts.ToHashSet(StringComparer.Ordinal).SetEquals(pairs.Pairs.Select(p => $"{p.LeftId}.{p.RightId}")),
            BankOrdering ordering => parts.SequenceEqual(ordering.Items.Select(i => i.Id), StringComparer.Ordinal),
            _ => null,
        };
    }
}
