using System.Globalization;
using System.Text.RegularExpressions;

namespace CivilSociety.Scorm.Tests.Export;

/// <summary>One question as qformat_gift::readquestion reads it: its type, answers, grades and feedback.</summary>
internal sealed record GiftQuestion(string Type, string? Id, string Name, IReadOnlyList<string> Answers, IReadOnlyList<decimal> Fractions, IReadOnlyList<string> Feedback)
{
    public bool? Single { get; init; }

    public bool? CorrectAnswer { get; init; }

    public string FeedbackTrue { get; init; } = "";

    public string FeedbackFalse { get; init; } = "";
}

/// <summary>
/// A GIFT file read the way Moodle's question/format/gift/format.php reads it, step for step: paragraphs split at
/// blank lines (qformat_default::readquestions), comment lines dropped, escaped characters hidden before parsing
/// (escapedchar_pre) and restored after, the type told from the answer text, weights parsed by answerweightparser.
/// What Moodle would reject is collected in <see cref="Errors"/>.
/// </summary>
internal sealed partial class GiftImport
{
    private static readonly (string Escaped, string Placeholder, string Character)[] Escapes =
    [
        ("\\:", "&&058;", ":"), ("\\#", "&&035;", "#"), ("\\=", "&&061;", "="), ("\\{", "&&123;", "{"), ("\\}", "&&125;", "}"), ("\\~", "&&126;", "~"), ("\\n", "&&010", "\n"),
    ];

    public List<GiftQuestion> Questions { get; } = [];

    public List<string> Categories { get; } = [];

    public List<string> Errors { get; } = [];

    public static GiftImport Read(string text)
    {
        var import = new GiftImport();
        var paragraph = new List<string>();
        foreach (var line in (text + "\n\n").Split('\n').Select(l => l.Trim()))
        {
            if (line.Length > 0)
            {
                paragraph.Add(line);
            }
            else if (paragraph.Count > 0)
            {
                import.ReadQuestion(paragraph);
                paragraph = [];
            }
        }

        return import;
    }

    private void ReadQuestion(List<string> lines)
    {
        var id = lines.Select(l => IdComment().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
        var text = Pre(string.Join("\n", lines.Select(l => l.StartsWith("//", StringComparison.Ordinal) ? " " : l)).Trim());
        if (text.Length == 0)
        {
            return;
        }

        if (text.StartsWith("$CATEGORY:", StringComparison.Ordinal))
        {
            Categories.Add(text[10..].Trim());
            return;
        }

        var name = "";
        if (text.StartsWith("::", StringComparison.Ordinal) && text.IndexOf("::", 2, StringComparison.Ordinal) is var end and > 0)
        {
            name = Post(text[2..end]);
            text = text[(end + 2)..].Trim();
        }

        var start = text.IndexOf('{', StringComparison.Ordinal);
        var finish = text.IndexOf('}', StringComparison.Ordinal);
        if (start < 0 || finish < start || !text.EndsWith('}'))
        {
            Errors.Add($"{id}: braces");
            return;
        }

        var answerText = text[(start + 1)..finish].Trim();
        if (answerText.LastIndexOf("####", StringComparison.Ordinal) is var general and >= 0)
        {
            answerText = answerText[..general].Trim();
        }

        Questions.Add(Parse(answerText, id, name) ?? new GiftQuestion("error", id, name, [], [], []));
    }

    private GiftQuestion? Parse(string answerText, string? id, string name)
    {
        if (answerText.Length == 0)
        {
            return new GiftQuestion("essay", id, name, [], [], []);
        }

        if (answerText[0] == '#')
        {
            return Numerical(answerText[1..], id, name);
        }

        if (answerText.Contains('~', StringComparison.Ordinal))
        {
            var answers = Split(answerText.Replace("=", "~=", StringComparison.Ordinal), '~');
            var weighted = answers.Select(a => a[0] == '=' ? (1m, a[1..]) : Weight().IsMatch(a) ? WeightOf(a) : (0m, a)).ToList();
            return Checked(new GiftQuestion("multichoice", id, name, [.. weighted.Select(w => Comment(w.Item2).Answer)], [.. weighted.Select(w => w.Item1)],
                [.. weighted.Select(w => Comment(w.Item2).Feedback)]) { Single = answerText.Contains('=', StringComparison.Ordinal) }, 2);
        }

        if (answerText.Contains('=', StringComparison.Ordinal) && answerText.Contains("->", StringComparison.Ordinal))
        {
            var pairs = Split(answerText, '=');
            if (pairs.Any(p => !p.Contains("->", StringComparison.Ordinal)))
            {
                Errors.Add($"{id}: a pair without ->");
                return null;
            }

            return Checked(new GiftQuestion("match", id, name, [.. pairs.Select(p => Post(p[..p.IndexOf("->", StringComparison.Ordinal)]).Trim())], [],
                [.. pairs.Select(p => Post(p[(p.IndexOf("->", StringComparison.Ordinal) + 2)..]).Trim())]), 2);
        }

        var check = answerText.IndexOf('#', StringComparison.Ordinal) is var hash and > 0 ? answerText[..hash].Trim() : answerText;
        if (check is "T" or "TRUE" or "F" or "FALSE")
        {
            var bits = answerText.Split('#', 3);
            var (wrong, right) = (bits.Length > 1 ? Post(bits[1]).Trim() : "", bits.Length > 2 ? Post(bits[2]).Trim() : "");
            var isTrue = check is "T" or "TRUE";
            return new GiftQuestion("truefalse", id, name, [], [], [])
            {
                CorrectAnswer = isTrue, FeedbackTrue = isTrue ? right : wrong, FeedbackFalse = isTrue ? wrong : right,
            };
        }

        var accepted = Split(answerText, '=').Select(a => Weight().IsMatch(a) ? WeightOf(a) : (1m, a)).ToList();
        return Checked(new GiftQuestion("shortanswer", id, name, [.. accepted.Select(a => Comment(a.Item2).Answer)], [.. accepted.Select(a => a.Item1)],
            [.. accepted.Select(a => Comment(a.Item2).Feedback)]), 1);
    }

    private GiftQuestion? Numerical(string answerText, string? id, string name)
    {
        var wrongAt = answerText.IndexOf('~', StringComparison.Ordinal);
        var wrong = wrongAt >= 0 ? answerText[wrongAt..] : null;
        var answers = Split(wrongAt >= 0 ? answerText[..wrongAt] : answerText, '=');
        var values = new List<string>();
        var fractions = new List<decimal>();
        var feedback = new List<string>();
        foreach (var answer in answers)
        {
            var (fraction, rest) = Weight().IsMatch(answer) ? WeightOf(answer) : (1m, answer);
            var (value, comment) = Comment(rest);
            var parts = value.Contains("..", StringComparison.Ordinal) ? value.Split("..") : value.Split(':');
            if (!parts.All(p => decimal.TryParse(p.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out _)))
            {
                Errors.Add($"{id}: '{value}' is not a number");
                return null;
            }

            values.Add(value);
            fractions.Add(fraction);
            feedback.Add(comment);
        }

        if (wrong is not null)
        {
            values.Add("*");
            fractions.Add(0m);
            feedback.Add(Comment(wrong).Feedback);
        }

        return Checked(new GiftQuestion("numerical", id, name, values, fractions, feedback), 1);
    }

    private GiftQuestion? Checked(GiftQuestion question, int minimum)
    {
        if (Math.Max(question.Answers.Count, question.Feedback.Count) < minimum)
        {
            Errors.Add($"{question.Id}: fewer than {minimum} answers");
            return null;
        }

        foreach (var fraction in question.Fractions.Where(f => !MoodleGrades.IsListed(f)))
        {
            Errors.Add($"{question.Id}: grade {fraction} is not one Moodle lists");
        }

        return question;
    }

    private static List<string> Split(string text, char separator)
    {
        var parts = text.Split(separator).Select(p => p.Trim()).ToList();
        if (parts.Count > 0 && parts[0].Length == 0)
        {
            parts.RemoveAt(0);
        }

        return parts;
    }

    /// <summary>answerweightparser: "%50%rest" is 0.5 and "rest".</summary>
    private static (decimal, string) WeightOf(string answer)
    {
        var close = answer.IndexOf('%', 1);
        return (decimal.Parse(answer[1..close], CultureInfo.InvariantCulture) / 100m, answer[(close + 1)..]);
    }

    /// <summary>commentparser: the answer, and after the first '#' its feedback; [format] prefixes dropped.</summary>
    private static (string Answer, string Feedback) Comment(string answer)
    {
        var bits = answer.Split('#', 2);
        return (Text(bits[0]), bits.Length > 1 ? Text(bits[1]) : "");
    }

    private static string Text(string text)
    {
        text = text.Trim();
        if (text.StartsWith('[') && text.IndexOf(']', StringComparison.Ordinal) is var close and > 0 && text[1..close] is "html" or "moodle" or "plain" or "markdown")
        {
            text = text[(close + 1)..];
        }

        return Post(text).Trim();
    }

    private static string Pre(string text)
    {
        text = text.Replace("\\\\", "&&092;", StringComparison.Ordinal);
        foreach (var (escaped, placeholder, _) in Escapes)
        {
            text = text.Replace(escaped, placeholder, StringComparison.Ordinal);
        }

        return text.Replace("&&092;", "\\", StringComparison.Ordinal);
    }

    private static string Post(string text) =>
        Escapes.Aggregate(text, (current, e) => current.Replace(e.Placeholder, e.Character, StringComparison.Ordinal));

    [GeneratedRegex(@"^%\-*([0-9]{1,2})\.?([0-9]*)%")]
    private static partial Regex Weight();

    [GeneratedRegex(@"\[id:([^\]]+)\]")]
    private static partial Regex IdComment();
}
