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

    /// <summary>Reads the rows one by one (the header first): each answer is folded into the records as its row is read.</summary>
    public static void Read(string path, IEnumerable<string[]> rows, ReportCourse course, LearnerRecords records, DiagnosticBag diagnostics)
    {
        var at = SourceSpan.File(path);
        using var row = rows.GetEnumerator();
        var header = row.MoveNext() ? row.Current.Select(h => h.Trim()).ToArray() : [];
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
        // Each interaction n's columns, found once for the whole file (-1: not downloaded).
        var interactions = numbered.GroupBy(c => c.N).OrderBy(g => g.Key)
            .Select(g => new InteractionColumns(g.Key, Column(g, Question), Column(g, Response), Column(g, Result))).ToList();
        var (attempts, values) = (0, 0);
        var warned = new HashSet<string>(StringComparer.Ordinal);   // an unknown id is reported once per file
        for (var r = 1; row.MoveNext(); r++)
        {
            var cells = row.Current;
            string Cell(int i) => i >= 0 && i < cells.Length ? WebUtility.HtmlDecode(cells[i]).Trim() : "";
            if (Cell(attempt) is "" or "-")
            {
                continue;   // a learner without an attempt
            }

            attempts++;
            var learner = new Learner(string.Join(" / ", Enumerable.Range(0, attempt).Select(Cell)), Cell(0));
            if (kind == "interactions")
            {
                ReadInteractions(interactions, Cell, learner, Cell(attempt), r, path, course, records, diagnostics, warned);
            }
            else
            {
                values += ReadObjectives(header, firstData, Cell, learner, Cell(attempt), r, path, course, records, diagnostics, warned);
            }
        }

        // Without a result column the course judges the responses itself; without both, nothing can be judged.
        if (kind == "interactions" && (!numbered.Any(c => c.Label == Question) || !numbered.Any(c => c.Label is Result or Response)))
        {
            diagnostics.Report(DiagnosticCatalog.InteractionsReportIncomplete, at, Path.GetFileName(path),
                numbered.Any(c => c.Label == Question) ? "'Result N' (or 'Response N')" : "'Question N'");
        }

        // Moodle 4.5's objectives report prints the outcome headers but no learner's values (it reads $record->scoid
        // from a query that selects none): a download that says nothing, which the teacher should hear about.
        if (kind == "objectives" && attempts > 0 && values == 0 && header.Length > firstData)
        {
            diagnostics.Report(DiagnosticCatalog.ObjectivesReportEmpty, at, Path.GetFileName(path), string.Join(", ", header.Skip(firstData)));
        }

        records.Sources.Add($"{Path.GetFileName(path)}: Moodle {kind} report, {attempts} attempt(s)");
    }

    /// <summary>Where interaction n's question id, response and result are (-1: that column was not downloaded).</summary>
    private sealed record InteractionColumns(int N, int Question, int Response, int Result);

    private static int Column(IEnumerable<(string Label, int N, int Index)> group, string label) =>
        group.FirstOrDefault(c => c.Label == label) is { Index: > 0 } column ? column.Index : -1;

    private static void ReadInteractions(List<InteractionColumns> columns, Func<int, string> cell, Learner learner, string attempt, int row,
        string path, ReportCourse course, LearnerRecords records, DiagnosticBag diagnostics, ISet<string> warned)
    {
        foreach (var group in columns)
        {
            var id = cell(group.Question);
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

            var response = cell(group.Response);
            var result = cell(group.Result);
            if (response.Length == 0 && result.Length == 0)
            {
                continue;   // the id alone: nothing was answered
            }

            var correct = Judged(result) ?? (result.Length == 0 && response.Length > 0 ? course.Questions[id].Entry.Judge(response) : null);
            records.Add(new AnswerRecord(learner, attempt, row * 1000L + group.N, id, response, correct));
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

    /// <summary>Records the row's objectives; returns how many objective cells held a value.</summary>
    private static int ReadObjectives(string[] header, int firstData, Func<int, string> cell, Learner learner, string attempt, int row,
        string path, ReportCourse course, LearnerRecords records, DiagnosticBag diagnostics, ISet<string> warned)
    {
        var statuses = new Dictionary<string, string>(StringComparer.Ordinal);
        var scores = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var values = 0;
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

            values++;
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
            records.Add(new ObjectiveRecord(learner, attempt, row, id, statuses.GetValueOrDefault(id, ""), scores.TryGetValue(id, out var s) ? s : null));
        }

        return values;
    }

    [GeneratedRegex(@"^(?<label>.+?)\s+(?<n>\d+)$")]
    private static partial Regex Numbered();
}
