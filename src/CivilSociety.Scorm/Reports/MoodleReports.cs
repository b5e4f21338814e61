using System.Net;
using System.Text.RegularExpressions;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Reports;

/// <summary>
/// Moodle's SCORM report downloads, in the column layout of mod/scorm/report/interactions/classes/report.php and
/// mod/scorm/report/objectives/classes/report.php (Moodle 4.x; the layout is unchanged since 2.x), with the English
/// headers of their language strings: Name, the identity fields (Email address...), Attempt, Started on, Last
/// accessed on, Score, one column per SCO (its title); then, in the interactions report, "Question N", "Response
/// N", "Right answer N" and "Result N" for each interaction n (the report's options choose which), and in the
/// objectives report one column per objective id (or "ID status" and "ID score" with "Show objective score").
/// Cells are HTML-escaped by Moodle (s()); '-' fills the attempt columns of a learner without an attempt.
/// </summary>
internal static partial class MoodleReports
{
    private const string Question = "Question", Response = "Response", RightAnswer = "Right answer", Result = "Result";

    /// <param name="rows">The download's rows, read as they are enumerated (a large download is never held whole).</param>
    public static void Read(string path, IEnumerable<string[]> rows, ReportCourse course, LearnerRecords records, DiagnosticBag diagnostics)
    {
        var at = SourceSpan.File(path);
        using var reader = rows.GetEnumerator();
        var header = reader.MoveNext() ? reader.Current.Select(h => h.Trim()).ToArray() : [];
        var attempt = Array.IndexOf(header, "Attempt");
        var score = Array.IndexOf(header, "Score");
        if (header.Length == 0 || header[0] != "Name" || attempt < 1 || score < attempt)
        {
            diagnostics.Report(DiagnosticCatalog.ReportLayoutUnknown, at, Path.GetFileName(path),
                "its first row is not Moodle's header (Name, ..., Attempt, Started on, Last accessed on, Score, ...)");
            return;
        }

        // Moodle's SCO columns follow Score (one per SCO: ours is one); the objective columns come after them.
        var firstData = score + 2;
        var numbered = header.Select((h, i) => (Match: Numbered().Match(h), Index: i)).Where(c => c.Index > score && c.Match.Success)
            .Select(c => (Label: c.Match.Groups["label"].Value, N: int.Parse(c.Match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture), c.Index))
            .Where(c => c.Label is Question or Response or RightAnswer or Result)
            .ToList();
        var kind = numbered.Count > 0 ? "interactions" : "objectives";
        var attempts = 0;
        var warned = new HashSet<string>(StringComparer.Ordinal);   // an unknown id is reported once per file
        for (var r = 1; reader.MoveNext(); r++)
        {
            var row = reader.Current;
            string Cell(int i) => i >= 0 && i < row.Length ? WebUtility.HtmlDecode(row[i]).Trim() : "";
            if (Cell(attempt) is "" or "-")
            {
                continue;   // a learner without an attempt
            }

            attempts++;
            var learner = new Learner(string.Join(" / ", Enumerable.Range(0, attempt).Select(Cell)), Cell(0));
            if (kind == "interactions")
            {
                ReadInteractions(numbered, Cell, learner, Cell(attempt), r, path, course, records, diagnostics, warned);
            }
            else
            {
                ReadObjectives(header, firstData, Cell, learner, Cell(attempt), r, path, course, records, diagnostics, warned);
            }
        }

        // Without a result column the course judges the responses itself; without both, nothing can be judged.
        if (kind == "interactions" && (!numbered.Any(c => c.Label == Question) || !numbered.Any(c => c.Label is Result or Response)))
        {
            diagnostics.Report(DiagnosticCatalog.InteractionsReportIncomplete, at, Path.GetFileName(path),
                numbered.Any(c => c.Label == Question) ? "'Result N' (or 'Response N')" : "'Question N'");
        }

        records.Sources.Add($"{Path.GetFileName(path)}: Moodle {kind} report, {attempts} attempt(s)");
    }

    private static void ReadInteractions(List<(string Label, int N, int Index)> columns, Func<int, string> cell, Learner learner, string attempt, int row,
        string path, ReportCourse course, LearnerRecords records, DiagnosticBag diagnostics, ISet<string> warned)
    {
        foreach (var group in columns.GroupBy(c => c.N).OrderBy(g => g.Key))
        {
            string Of(string label) => group.FirstOrDefault(c => c.Label == label) is { Index: > 0 } column ? cell(column.Index) : "";
            var id = Of(Question);
            if (id.Length == 0)
            {
                continue;
            }

            if (!course.Questions.ContainsKey(id))
            {
                if (warned.Add(id))
                {
                    diagnostics.Report(DiagnosticCatalog.UnknownInteraction, new SourceSpan(path, row + 1, 1), Path.GetFileName(path), id);
                }

                continue;
            }

            var response = Of(Response);
            var result = Of(Result);
            if (response.Length == 0 && result.Length == 0)
            {
                continue;   // the id alone: nothing was answered
            }

            var correct = Judged(result) ?? (result.Length == 0 && response.Length > 0 ? ResponseJudge.Judge(course.Questions[id].Entry.Shape, response) : null);
            records.Answers.Add(new AnswerRecord(learner, attempt, row * 1000L + group.Key, id, response, correct));
        }
    }

    /// <summary>
    /// cmi.interactions.n.result: correct, wrong (SCORM 2004: incorrect), unanticipated, a number (above 0 is right);
    /// neutral and anything else say neither.
    /// </summary>
    private static bool? Judged(string result) => result.ToLowerInvariant() switch
    {
        "correct" => true,
        "wrong" or "incorrect" or "unanticipated" => false,
        var r when decimal.TryParse(r, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) => value > 0,
        _ => null,
    };

    private static void ReadObjectives(string[] header, int firstData, Func<int, string> cell, Learner learner, string attempt, int row,
        string path, ReportCourse course, LearnerRecords records, DiagnosticBag diagnostics, ISet<string> warned)
    {
        var statuses = new Dictionary<string, string>(StringComparer.Ordinal);
        var scores = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var i = firstData; i < header.Length; i++)
        {
            var (id, isScore) = header[i] switch
            {
                var h when h.EndsWith(" score", StringComparison.Ordinal) => (h[..^6], true),
                var h when h.EndsWith(" status", StringComparison.Ordinal) => (h[..^7], false),
                var h => (h, false),
            };
            var value = cell(i);
            if (value.Length == 0)
            {
                continue;
            }

            if (!course.HasOutcome(id))
            {
                if (warned.Add(id))
                {
                    diagnostics.Report(DiagnosticCatalog.UnknownObjective, new SourceSpan(path, 1, 1), Path.GetFileName(path), id);
                }

                continue;
            }

            if (isScore && decimal.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                scores[id] = number;
            }
            else if (!isScore)
            {
                statuses[id] = value;
            }
        }

        foreach (var id in statuses.Keys.Union(scores.Keys))
        {
            records.Objectives.Add(new ObjectiveRecord(learner, attempt, row, id, statuses.GetValueOrDefault(id, ""), scores.TryGetValue(id, out var s) ? s : null));
        }
    }

    [GeneratedRegex(@"^(?<label>.+?)\s+(?<n>\d+)$")]
    private static partial Regex Numbered();
}
