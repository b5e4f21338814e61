using System.Text.RegularExpressions;
using CivilSociety.Scorm.Diagnostics;
using Markdig.Syntax;

namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// A question's feedback quote: lines labelled correct: / incorrect: / hint: (or صحيح: / خطأ: / تلميح:), each label's
/// text running on until the next label.
/// </summary>
internal sealed partial class QuestionFeedback
{
    private static readonly HashSet<string> LabelLookalikes = new(StringComparer.Ordinal)
    {
        "wrong", "right", "feedback", "hints", "غلط", "خاطئ", "خاطئة", "صواب", "صح", "صحيحة", "تلميحات",
    };

    private readonly List<string> _correct = [];
    private readonly List<string> _incorrect = [];
    private readonly List<string> _hint = [];

    public string? Correct => Joined(_correct);

    public string? Incorrect => Joined(_incorrect);

    public string? Hint => Joined(_hint);

    public void Read(QuoteBlock quote, TextLocator locator, DiagnosticBag diagnostics)
    {
        List<string>? target = null;
        var lines = QuoteLines(locator.SourceOf(quote));
        for (var i = 0; i < lines.Count; i++)
        {
            var match = FeedbackLabel().Match(lines[i]);
            if (match.Success)
            {
                target = match.Groups["label"].Value.ToLowerInvariant() switch
                {
                    "correct" or "صحيح" => _correct,
                    "hint" or "تلميح" => _hint,
                    _ => _incorrect,
                };
                target.Add(match.Groups["text"].Value);
            }
            else if (target is not null && !LooksLikeLabel(lines[i]))
            {
                target.Add(lines[i]);
            }
            else if (lines[i].Length > 0)
            {
                if (MeantLabel(lines[i]) is { } meant)
                {
                    diagnostics.ReportWithHelp(DiagnosticCatalog.UnknownFeedbackLabel, locator.AtLine(quote.Line + i), $"did you mean '{meant}:'? the labels are correct:, incorrect: and hint: (صحيح: ، خطأ: ، تلميح:), each starting its own line");
                }
                else
                {
                    diagnostics.Report(DiagnosticCatalog.UnknownFeedbackLabel, locator.AtLine(quote.Line + i));
                }
            }
        }
    }

    /// <summary>A quote with no feedback label at all, nor anything like one: plain text, not a question's feedback.</summary>
    public static bool IsUnlabelled(QuoteBlock quote, TextLocator locator) =>
        QuoteLines(locator.SourceOf(quote)).All(line => !FeedbackLabel().IsMatch(line) && !LooksLikeLabel(line));

    /// <summary>A paragraph that starts as feedback does ("correct: ..."): feedback whose "&gt; " was left out.</summary>
    public static bool StartsWithLabel(string text) =>
        text.TrimStart().Split('\n')[0] is var first && (FeedbackLabel().IsMatch(first) || LooksLikeLabel(first));

    /// <summary>The lines of a quote without their "&gt; " marks.</summary>
    public static List<string> QuoteLines(string source)
    {
        // One string per line, cut from the source in place (a split and a regex replacement made three).
        var lines = new List<string>();
        foreach (var line in source.AsSpan().Split('\n'))
        {
            lines.Add(WithoutQuoteMark(source.AsSpan(line)).TrimEnd().ToString());
        }

        return lines;
    }

    /// <summary>A line without the quote mark it starts with: spaces, '&gt;' and one space (as <c>^\s*&gt;\s?</c>).</summary>
    private static ReadOnlySpan<char> WithoutQuoteMark(ReadOnlySpan<char> line)
    {
        var mark = line.TrimStart();
        if (mark.IsEmpty || mark[0] != '>')
        {
            return line;
        }

        mark = mark[1..];
        return !mark.IsEmpty && char.IsWhiteSpace(mark[0]) ? mark[1..] : mark;
    }

    /// <summary>
    /// "wrong: ..." or "غلط: ..." under a "correct:" line is a mislabelled feedback, not more of the correct one: a
    /// learner who answered right would read it.
    /// </summary>
    private static bool LooksLikeLabel(string line)
    {
        var match = AnyLabel().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var word = match.Groups["word"].Value.ToLowerInvariant();
        return LabelLookalikes.Contains(word) || Suggestions.Closest(word, ["correct", "incorrect", "hint"]) is not null;
    }

    /// <summary>The label a misspelt or mistaken one stands for (incorect: incorrect, wrong: incorrect, صواب: صحيح), or null.</summary>
    private static string? MeantLabel(string line)
    {
        var match = AnyLabel().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var word = match.Groups["word"].Value.ToLowerInvariant();
        return word switch
        {
            "wrong" => "incorrect",
            "right" => "correct",
            "hints" => "hint",
            "غلط" or "خاطئ" or "خاطئة" => "خطأ",
            "صواب" or "صح" or "صحيحة" => "صحيح",
            "تلميحات" => "تلميح",
            _ => Suggestions.Closest(word, ["correct", "incorrect", "hint"]),
        };
    }

    private static string? Joined(List<string> lines) =>
        lines.Count == 0 ? null : string.Join("\n", lines).Trim() is { Length: > 0 } text ? text : null;

    [GeneratedRegex(@"^(?<word>\p{L}+)\s*:")]
    private static partial Regex AnyLabel();

    [GeneratedRegex(@"^(?<label>correct|incorrect|hint|صحيح|خطأ|تلميح)\s*:\s*(?<text>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex FeedbackLabel();
}
