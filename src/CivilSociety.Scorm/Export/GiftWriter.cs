using System.Text;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Questions;

namespace CivilSociety.Scorm.Export;

/// <summary>
/// GIFT (Moodle's one-question-a-paragraph text format) for the shapes it can express: choices, true/false, short
/// answers, numbers and ranges, pairs. GIFT has no ordering question, embeds no images and carries no hints and no
/// default mark (a weight of 2 imports as 1): each question it cannot write, and each thing it drops, is a warning
/// naming the question. The id number and the outcomes go into the comment line Moodle reads
/// (<c>// [id:...] [tag:...]</c>); in a right-to-left course the HTML carries dir and lang, as in Moodle XML.
/// </summary>
internal sealed class GiftWriter(BankCourse bank, BankMedia media, DiagnosticBag diagnostics)
{
    private static readonly string Format = ExportFile.FormatName(QuestionFormat.Gift);

    public byte[] Write()
    {
        var text = new StringBuilder();
        foreach (var section in bank.Sections)
        {
            text.Append($"$CATEGORY: $course$/top/{Category(bank.Title)}/{Category(section.Title)}\n\n");
            foreach (var entry in section.Entries)
            {
                if (Answer(entry) is { } answer)
                {
                    if (entry.Weight != 1)
                    {
                        Lost(entry, $"its weight {entry.Weight} (GIFT has no default mark: Moodle imports 1)");
                    }

                    text.Append(Comment(entry)).Append('\n')
                        .Append("::").Append(Escape(entry.Name)).Append("::[html]").Append(Html(entry.TextHtml, section, entry))
                        .Append(" {").Append(answer).Append("}\n\n");
                }
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private string? Answer(BankEntry entry)
    {
        if (entry.HintHtml is not null)
        {
            Lost(entry, "its hint");
        }

        FormatLosses.ArabicFolding(entry, Format, diagnostics);
        switch (entry.Shape)
        {
            case BankChoices { SeveralCorrect: false } single:
                // One choice is picked: the question's right or wrong feedback goes with each choice, after the choice's own.
                return Joined(single.Choices.Select(c => (c.IsCorrect ? "=" : "~") + Html(c.Html, null, entry)
                    + Feedback(Both(c.FeedbackHtml, c.IsCorrect ? entry.CorrectHtml : entry.IncorrectHtml), entry)));
            case BankChoices several when MoodleXmlWriter.ShareOf(several.CorrectCount) is { } share:
                return Joined(several.Choices.Select(c => $"~%{MoodleXmlWriter.Number(c.IsCorrect ? share : -100m)}%" + Choice(c, entry))) + General(entry);
            case BankChoices several:
                return LeftOut(entry, $"Moodle cannot give each of {several.CorrectCount} right choices an equal grade it lists");
            case BankTrueFalse trueFalse:
                // {TRUE#feedback when wrong#feedback when right}: Moodle reads the first '#' part as the wrong answer's
                // feedback, so a question with only right feedback keeps an empty first part ("TRUE##...").
                var wrong = entry.IncorrectHtml is null ? (entry.CorrectHtml is null ? "" : "#") : Feedback(entry.IncorrectHtml, entry);
                return (trueFalse.IsTrue ? "TRUE" : "FALSE") + wrong + Feedback(entry.CorrectHtml, entry);
            case BankShortAnswer shortAnswer:
                if (shortAnswer.CaseSensitive)
                {
                    Lost(entry, "case-sensitive comparison (GIFT short answers ignore letter case)");
                }

                return Joined(shortAnswer.Accepted.Select(a => "=" + Escape(a.Replace("*", "\\*", StringComparison.Ordinal)) + Feedback(entry.CorrectHtml, entry)))
                    + (entry.IncorrectHtml is { } incorrect ? " =%0%*" + Feedback(incorrect, entry) : "");
            case BankNumber number:
                // {#min..max#right ~#wrong}: Moodle keeps what follows '~' as the feedback of any other number.
                return "#" + (number.IsExact ? MoodleXmlWriter.Number(number.Min) : $"{MoodleXmlWriter.Number(number.Min)}..{MoodleXmlWriter.Number(number.Max)}")
                    + Feedback(entry.CorrectHtml, entry) + (entry.IncorrectHtml is { } otherNumber ? " ~" + Feedback(otherNumber, entry) : "");
            case BankPairs pairs:
                return Joined(pairs.Pairs.Select(p => "=" + Html(p.LeftHtml, null, entry) + " -> " + Escape(p.RightText)));
            case BankOrdering:
                return LeftOut(entry, "GIFT has no ordering question (use Moodle XML, or --ordering-as-matching)");
            default:
                throw new InvalidOperationException($"no GIFT form for {entry.Shape.GetType().Name}");
        }
    }

    private string Choice(BankChoice choice, BankEntry entry) =>
        Html(choice.Html, null, entry) + (choice.FeedbackHtml is { } feedback ? Feedback(feedback, entry) : "");

    /// <summary>"####" starts the general feedback: the question's correct feedback is shown to all after answering.</summary>
    private string General(BankEntry entry)
    {
        if (entry.IncorrectHtml is not null && entry.CorrectHtml is not null)
        {
            Lost(entry, "its separate feedback for right and wrong answers (GIFT has one general feedback: both are written there)");
        }

        var general = Both(entry.CorrectHtml, entry.IncorrectHtml);
        return general is null ? "" : " ####" + Html(general, null, entry);
    }

    private static string? Both(string? first, string? second) =>
        first is null ? second : second is null ? first : first.Trim() + "\n" + second.Trim();

    private string Feedback(string? html, BankEntry entry) => html is null ? "" : "#" + Html(html, null, entry);

    private static string Joined(IEnumerable<string> answers) => "\n\t" + string.Join("\n\t", answers) + "\n";

    /// <summary>HTML, escaped for GIFT; an image cannot travel in a GIFT file, so it is named and warned about.</summary>
    private string Html(string html, BankSection? section, BankEntry entry)
    {
        var path = section?.SourcePath ?? bank.Sections.First(s => s.Entries.Contains(entry)).SourcePath;
        var (rewritten, files) = media.Rewrite(html, path, file => file.Name);
        if (files.Count > 0)
        {
            Lost(entry, $"the image {string.Join(", ", files.Select(f => f.CoursePath))} (upload it to the question in Moodle)");
        }

        return Escape(bank.IsRightToLeft ? $"<div dir=\"rtl\" lang=\"{bank.Language}\">{rewritten}</div>" : rewritten);
    }

    /// <summary>GIFT's special characters are escaped with a backslash; a line break is written \n (a blank line ends a question).</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            escaped.Append(c switch
            {
                '\\' => "\\\\",
                '~' or '=' or '#' or '{' or '}' or ':' => "\\" + c,
                '\n' => "\\n",
                '\r' => "",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>Moodle reads <c>[id:...]</c> and <c>[tag:...]</c> in the comment lines before a question.</summary>
    private static string Comment(BankEntry entry) =>
        $"// [id:{entry.Id}] " + string.Join(' ', entry.Tags.Select(tag => $"[tag:{tag}]"));

    private static string Category(string title) => title.Replace("/", "//", StringComparison.Ordinal);

    private void Lost(BankEntry entry, string what) => FormatLosses.Report(entry, Format, what, diagnostics);

    private string? LeftOut(BankEntry entry, string why)
    {
        diagnostics.Report(DiagnosticCatalog.ExportLeftOut, entry.Question.Location, entry.Id, Format, why);
        return null;
    }
}
