using System.Globalization;
using System.Text.RegularExpressions;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// Reads the <c>draw=</c> of a <c>::: quiz</c> line: a number of questions per attempt (<c>draw=5</c>), or the
/// per-outcome form <c>draw="LO1:2 LO2.1:1"</c> whose counts add up to the draw. Whether the quiz's questions can
/// fill it is checked later, with the course (Validation/DrawRules.cs).
/// </summary>
internal static partial class DrawAttribute
{
    public const string Name = "draw";

    /// <summary>A draw larger than this is no pool anyone could answer in one sitting (and keeps the counts small).</summary>
    public const int MaxCount = 99;

    public static QuestionDraw? Read(string value, SourceSpan location, DiagnosticBag diagnostics)
    {
        var text = value.Trim();
        if (Count(text) is { } whole)
        {
            return new QuestionDraw(whole, [], location);
        }

        if (text.Length == 0 || char.IsAsciiDigit(text[0]))
        {
            diagnostics.Report(DiagnosticCatalog.InvalidDraw, location, value, $"a number of questions is a whole number from 1 to {MaxCount}");
            return null;
        }

        var shares = new List<OutcomeShare>();
        foreach (var token in text.Split([' ', ',', '،', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var match = ShareToken().Match(token);
            if (!match.Success || Count(match.Groups["count"].Value) is not { } count)
            {
                diagnostics.Report(DiagnosticCatalog.InvalidDraw, location, value,
                    $"'{token}' should be an outcome id, a colon and a count from 1 to {MaxCount}, like LO1:2");
                return null;
            }

            var id = match.Groups["id"].Value;
            if (shares.FindIndex(s => s.Outcome.Id == id) is var at and >= 0)
            {
                diagnostics.Report(DiagnosticCatalog.DrawOutcomeTwice, location, id, shares[at].Count + count);
                return null;
            }

            shares.Add(new OutcomeShare(new Reference(id, location), count));
        }

        return new QuestionDraw(shares.Sum(s => s.Count), shares, location);
    }

    /// <summary>Reads a question's <c>group=</c>: one name, shared by the variants of a question.</summary>
    public static string? Group(string value, SourceSpan location, DiagnosticBag diagnostics)
    {
        if (GroupName().IsMatch(value))
        {
            return value;
        }

        diagnostics.Report(DiagnosticCatalog.InvalidGroup, location, value);
        return null;
    }

    private static int? Count(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= MaxCount ? count : null;

    [GeneratedRegex(@"^(?<id>[^\s:]+):(?<count>[0-9]+)$")]
    private static partial Regex ShareToken();

    [GeneratedRegex(@"^[\p{L}\p{N}_.\-]{1,64}$")]
    private static partial Regex GroupName();
}
