using System.Text;

namespace CivilSociety.Scorm.Tests.Reports;

/// <summary>
/// Writes report downloads in Moodle's column layout (mod/scorm/report/interactions and objectives,
/// classes/report.php, with the English strings of scorm.php, scormreport_interactions.php and
/// scormreport_objectives.php), tab-separated and quoted as csv_export_writer("tab") does (fputcsv: a field with a
/// space, tab, quote or line break is quoted), values HTML-escaped as Moodle's s() does.
/// </summary>
internal static class MoodleLayout
{
    /// <summary>One attempt of a learner, as Moodle's tracks hold it.</summary>
    public sealed record Attempt(string Name, string Email, int Number, string Score,
        IReadOnlyList<(string Id, string Response, string Right, string Result)> Interactions,
        IReadOnlyList<(string Id, string Status, string Score)> Objectives);

    public const string ScoTitle = "The course";

    public static string Interactions(IEnumerable<Attempt> attempts)
    {
        var list = attempts.ToList();
        var count = list.Max(a => a.Interactions.Count);
        var header = Fixed().Concat(Enumerable.Range(0, count).SelectMany(n => new[] { $"Question {n}", $"Response {n}", $"Right answer {n}", $"Result {n}" }));
        var rows = list.Select(a => Start(a).Concat(Enumerable.Range(0, count).SelectMany(n => n < a.Interactions.Count
            ? new[] { a.Interactions[n].Id, a.Interactions[n].Response, a.Interactions[n].Right, a.Interactions[n].Result }
            : ["", "", "", ""])));
        return Tsv(rows.Prepend(header));
    }

    /// <summary>With <paramref name="withScores"/>, Moodle's "Show objective score": "ID status" and "ID score" columns.</summary>
    public static string Objectives(IEnumerable<Attempt> attempts, bool withScores)
    {
        var list = attempts.ToList();
        var ids = list.SelectMany(a => a.Objectives.Select(o => o.Id)).Distinct().Order(StringComparer.Ordinal).ToList();
        var header = Fixed().Concat(ids.SelectMany(id => withScores ? new[] { $"{id} status", $"{id} score" } : [id]));
        var rows = list.Select(a => Start(a).Concat(ids.SelectMany(id => a.Objectives.FirstOrDefault(o => o.Id == id) is var (_, status, score) && status is not null
            ? withScores ? new[] { status, score } : [status]
            : withScores ? ["", ""] : new[] { "" })));
        return Tsv(rows.Prepend(header));
    }

    /// <summary>A learner enrolled without an attempt: '-' in the attempt columns, "Not attempted" for the SCO.</summary>
    public static Attempt NoAttempt(string name, string email) => new(name, email, 0, "", [], []);

    private static IEnumerable<string> Fixed() => ["Name", "Email address", "Attempt", "Started on", "Last accessed on", "Score", ScoTitle];

    private static IEnumerable<string> Start(Attempt a) => a.Number == 0
        ? [a.Name, a.Email, "-", "-", "-", "-", "Not attempted"]
        : [a.Name, a.Email, a.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), "Wednesday, 2 December 2026, 10:00 AM",
            "Wednesday, 2 December 2026, 10:30 AM", a.Score, a.Score.Length > 0 ? $"{a.Score}/100" : "Incomplete"];

    private static string Tsv(IEnumerable<IEnumerable<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin('\t', row.Select(Escape).Select(Quote)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>s(): htmlspecialchars, so &amp; &lt; &gt; &quot; and &#039; only.</summary>
    private static string Escape(string value) => value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#039;", StringComparison.Ordinal);

    private static string Quote(string field) =>
        field.IndexOfAny([' ', '\t', '"', '\n', '\r', '\\']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
