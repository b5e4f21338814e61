using System.Globalization;
using System.Text;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Export;
using CivilSociety.Scorm.ItemWriting;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Tables;

namespace CivilSociety.Scorm.Reports;

/// <summary>One outcome's row: per section, the questions that assess it (or an outcome below it) and their weights.</summary>
public sealed record CoverageRow(string OutcomeId, string Text, int Depth, IReadOnlyList<CoverageCell> Sections, int Questions, int Weight)
{
    /// <summary>How many of its questions declare each level= (remember, understand, apply, analyze, unstated); null when no question of the course declares one.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, int>? Levels { get; init; }
}

/// <summary>A section's share of an outcome: how many of its questions assess it, their total weight, and which.</summary>
public sealed record CoverageCell(string SectionId, int Questions, int Weight, IReadOnlyList<string> QuestionIds)
{
    /// <summary>In a pool (draw=): how many of these questions an attempt shows, at least; null when the quiz shows every question.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public int? LeastPerAttempt { get; init; }

    /// <summary>In a pool: at most; null when the quiz shows every question.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public int? MostPerAttempt { get; init; }
}

/// <summary>
/// The outcomes × sections × questions × weights table of <c>coverage</c>: where each outcome is assessed, and a
/// warning for an outcome no question assesses (SCO3009, from Validate) or only one question of low weight (SCO7004:
/// a weight at or below the course's median, so one slip decides the outcome); and, when questions declare level=, the
/// outcomes by level with a warning for one assessed below what its text asks (SCO7020-SCO7022, ItemWriting/LevelCoverage).
/// </summary>
internal static class CoverageTable
{
    public static IReadOnlyList<CoverageRow> Build(Course course, BankCourse bank, DiagnosticBag diagnostics)
    {
        var weights = bank.AllEntries.Select(e => e.Entry.Weight).Order().ToList();
        var median = weights.Count == 0 ? 0 : weights[weights.Count / 2];
        var rows = new List<CoverageRow>();
        var byLevel = LevelCoverage.CourseDeclaresLevels(course);
        var pools = course.Sections.Where(s => s.Quiz?.Draw is not null).ToDictionary(s => s.Id, s => new QuestionPool(course, s.Quiz!), StringComparer.Ordinal);
        foreach (var (outcome, depth) in Flatten(course.Outcomes, 0))
        {
            var below = outcome.SelfAndDescendants().Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
            var cells = bank.Sections.Select(section =>
            {
                var questions = section.Entries.Where(e => e.Outcomes.Any(o => below.Contains(o.Id))).ToList();
                var cell = new CoverageCell(section.Id, questions.Count, questions.Sum(q => q.Weight), [.. questions.Select(q => q.Id)]);
                return pools.TryGetValue(section.Id, out var pool) && pool.PerAttempt(outcome.Id) is var (least, most)
                    ? cell with { LeastPerAttempt = least, MostPerAttempt = most }
                    : cell;
            }).ToList();
            var row = new CoverageRow(outcome.Id, outcome.Text, depth, cells, cells.Sum(c => c.Questions), cells.Sum(c => c.Weight))
            {
                Levels = byLevel ? LevelCoverage.Count(course, outcome) : null,
            };
            if (row.Questions == 1 && row.Weight <= median)
            {
                diagnostics.Report(DiagnosticCatalog.OutcomeAssessedByOneLowWeight, outcome.Location, outcome.Id, cells.SelectMany(c => c.QuestionIds).Single(), row.Weight);
            }

            rows.Add(row);
        }

        LevelCoverage.Check(course, diagnostics);
        return rows;
    }

    /// <summary>An aligned text table, one line per outcome: "questions/weight" per section, then the totals.</summary>
    public static string Text(IReadOnlyList<CoverageRow> rows, BankCourse bank)
    {
        var header = new[] { "outcome" }.Concat(bank.Sections.Select(s => s.Id)).Append("total").ToList();
        var lines = rows.Select(r => new[] { new string(' ', r.Depth * 2) + r.OutcomeId }
            .Concat(r.Sections.Select(c => c.Questions == 0 ? "-" : $"{c.Questions} q / {c.Weight} w"))
            .Append(r.Questions == 0 ? "none" : $"{r.Questions} q / {r.Weight} w").ToList()).ToList();
        var widths = header.Select((h, i) => lines.Select(l => l[i].Length).Append(h.Length).Max()).ToList();
        var text = new StringBuilder();
        foreach (var line in lines.Prepend(header))
        {
            text.AppendJoin("  ", line.Select((cell, i) => cell.PadRight(widths[i]))).Append('\n');
        }

        text.Append("q: questions that assess the outcome or one below it; w: their weights\n");
        if (PoolText(rows, bank) is { } pools)
        {
            text.Append('\n').Append(pools);
        }

        return rows.Any(r => r.Levels is not null) ? text.Append('\n').Append(LevelText(rows)).ToString() : text.ToString();
    }

    /// <summary>The pools (draw=): per outcome and pooled section, the questions in the pool and how many an attempt shows.</summary>
    private static string? PoolText(IReadOnlyList<CoverageRow> rows, BankCourse bank)
    {
        var pooled = bank.Sections.Select((s, i) => (s.Id, i)).Where(s => bank.Sections[s.i].Draw is not null).ToList();
        if (pooled.Count == 0)
        {
            return null;
        }

        static string PerAttempt(CoverageCell c) => c.Questions == 0 ? "-"
            : $"{c.Questions} in pool / {(c.LeastPerAttempt == c.MostPerAttempt ? $"{c.MostPerAttempt}" : $"{c.LeastPerAttempt}-{c.MostPerAttempt}")} per attempt";
        var header = new[] { "pools" }.Concat(pooled.Select(s => s.Id)).ToList();
        var lines = rows.Select(r => new[] { new string(' ', r.Depth * 2) + r.OutcomeId }.Concat(pooled.Select(s => PerAttempt(r.Sections[s.i]))).ToList()).ToList();
        var widths = header.Select((h, i) => lines.Select(l => l[i].Length).Append(h.Length).Max()).ToList();
        var text = new StringBuilder();
        foreach (var line in lines.Prepend(header))
        {
            text.AppendJoin("  ", line.Select((cell, i) => cell.PadRight(widths[i]))).Append('\n');
        }

        return text.Append("in pool: the quiz's questions that assess the outcome or one below it; per attempt: how many of them each attempt shows (at least-at most)\n").ToString();
    }

    /// <summary>The outcomes by level: how many of each outcome's questions declare each level=.</summary>
    private static string LevelText(IReadOnlyList<CoverageRow> rows)
    {
        var header = new[] { "by level" }.Concat(LevelCoverage.Columns).ToList();
        var lines = rows.Select(r => new[] { new string(' ', r.Depth * 2) + r.OutcomeId }
            .Concat(LevelCoverage.Columns.Select(c => r.Levels![c] == 0 ? "-" : r.Levels[c].ToString(CultureInfo.InvariantCulture))).ToList()).ToList();
        var widths = header.Select((h, i) => lines.Select(l => l[i].Length).Append(h.Length).Max()).ToList();
        var text = new StringBuilder();
        foreach (var line in lines.Prepend(header))
        {
            text.AppendJoin("  ", line.Select((cell, i) => cell.PadRight(widths[i]))).Append('\n');
        }

        return text.Append("each level: the questions that assess the outcome or one below it and declare level=; unstated: no level=\n").ToString();
    }

    /// <summary>The table for spreadsheets: one row per outcome and section, with the question ids.</summary>
    public static byte[] Csv(IReadOnlyList<CoverageRow> rows)
    {
        var csv = new CsvWriter(["outcome_id", "outcome", "section", "questions", "weight", "question_ids"]);
        foreach (var row in rows)
        {
            foreach (var cell in row.Sections)
            {
                csv.Row([row.OutcomeId, row.Text, cell.SectionId, cell.Questions.ToString(CultureInfo.InvariantCulture),
                    cell.Weight.ToString(CultureInfo.InvariantCulture), string.Join(' ', cell.QuestionIds)]);
            }
        }

        return csv.ToBytes();
    }

    private static IEnumerable<(Outcome Outcome, int Depth)> Flatten(IEnumerable<Outcome> outcomes, int depth) =>
        outcomes.SelectMany(o => Flatten(o.Children, depth + 1).Prepend((o, depth)));
}
