using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CivilSociety.Scorm.Reports;

/// <summary>
/// The report as one self-contained HTML page in the course's language and direction: the outcomes' pass rates, a
/// learner × outcome heat map (colour, and a mark and a word, never colour alone) and each question's facility with
/// its most chosen wrong answer. Built as a DOM (AngleSharp), so every text is escaped. Learners' names and answers
/// are hostile text: the page carries a strict Content-Security-Policy (no script, no request of any kind; its one style
/// element allowed by its hash, so per-cell colours and widths are classes, never style attributes) and no control
/// character (NUL, ESC...) is copied into it.
/// </summary>
internal static class ReportHtml
{
    private const string Style = """
        body { font-family: system-ui, "Noto Naskh Arabic", "Noto Sans", sans-serif; margin: 2rem; color: #1a1a1a; line-height: 1.5; }
        :lang(ar) body, body:lang(ar) { font-size: 1.1rem; line-height: 1.8; }
        table { border-collapse: collapse; margin-block: 1rem 2rem; }
        th, td { border: 1px solid #bbb; padding: 0.3rem 0.6rem; text-align: start; vertical-align: top; }
        th { background: #f2f2f2; }
        td.cell { text-align: center; min-inline-size: 4.5rem; font-variant-numeric: tabular-nums; }
        td.none { background: #f4f4f4; color: #666; }
        .bar { display: inline-block; block-size: 0.7rem; background: #2e7d32; vertical-align: middle; margin-inline-start: 0.5rem; }
        .num { font-variant-numeric: tabular-nums; text-align: end; }
        caption { text-align: start; font-weight: bold; }
        """;

    public static string Write(MasteryReport report)
    {
        var texts = ReportTexts.For(report.Language);
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        var html = document.DocumentElement;
        html.SetAttribute("lang", report.Language);
        html.SetAttribute("dir", report.Direction);
        Add(document.Head!, "meta").SetAttribute("charset", "utf-8");
        var policy = Add(document.Head!, "meta");
        Add(document.Head!, "title", $"{texts.Title}: {report.CourseTitle}");
        var style = Add(document.Head!, "style");
        var classes = new SortedDictionary<string, string>(StringComparer.Ordinal);   // the per-cell rules, written once each

        var body = document.Body!;
        Add(body, "h1", report.CourseTitle);
        Add(body, "p", $"{texts.Title}. {texts.PassingScore}: {report.PassingScore}%");
        if (report.Learners.Count == 0)
        {
            Add(body, "p", texts.NoLearners);
        }

        Add(body, "h2", texts.OutcomesHeading);
        var outcomes = Table(body, [texts.Outcome, texts.Questions, texts.Assessed, texts.Mastered, texts.PassRate]);
        foreach (var outcome in report.Outcomes)
        {
            var row = Add(outcomes, "tr");
            var name = Add(row, "td", $"{outcome.Id}: {outcome.Text}");
            name.ClassName = Rule(classes, $"depth{outcome.Depth}", Css($"padding-inline-start: {0.6m + outcome.Depth * 1.5m}rem"));
            Number(row, outcome.QuestionCount.ToString(CultureInfo.InvariantCulture));
            Number(row, outcome.Assessed.ToString(CultureInfo.InvariantCulture));
            Number(row, outcome.Mastered.ToString(CultureInfo.InvariantCulture));
            var rate = Number(row, outcome.PassRate is { } r ? $"{r:0.#}%" : "—");
            if (outcome.PassRate is { } width)
            {
                var percent = (int)Math.Round(width, MidpointRounding.AwayFromZero);
                Add(rate, "span").ClassName = "bar " + Rule(classes, $"width{percent}", Css($"inline-size: {percent / 20m:0.##}rem"));
            }
        }

        Add(body, "h2", texts.HeatMapHeading);
        var map = Table(body, [texts.Learner, .. report.Outcomes.Select(o => o.Id)]);
        foreach (var learner in report.Learners)
        {
            var row = Add(map, "tr");
            Add(row, "th", learner.Name).SetAttribute("scope", "row");
            foreach (var cell in learner.Outcomes)
            {
                var td = Add(row, "td", cell.Mastered switch
                {
                    true => $"✓ {Percent(cell.Score)}",
                    false => $"✗ {Percent(cell.Score)}",
                    null => "—",
                });
                if (cell.Answered is { } answered)
                {
                    Add(td, "br");
                    Add(td, "small", string.Format(CultureInfo.InvariantCulture, texts.AnsweredOf, answered, cell.Questions));
                }

                td.ClassName = cell.Score is { } score
                    ? "cell " + Rule(classes, Css($"hue{score * 1.2m:0}"), Css($"background: hsl({score * 1.2m:0} 65% 82%)"))
                    : cell.Mastered is null ? "cell none" : "cell";
                td.SetAttribute("title", Printable($"{cell.OutcomeId}: {(cell.Mastered switch { true => texts.Mastered, false => texts.NotMastered, null => texts.NotAssessed })}"));
            }
        }

        Add(body, "p", texts.Rule);

        Add(body, "h2", texts.QuestionsHeading);
        var questions = Table(body, [texts.Question, texts.Section, texts.Outcome, texts.Answered, texts.Facility, texts.CommonWrong]);
        foreach (var question in report.Questions)
        {
            var row = Add(questions, "tr");
            var first = Add(row, "td", question.Text);
            Add(first, "br");
            Add(first, "code", question.Id);
            Add(row, "td", question.Section);
            Add(row, "td", string.Join(" ", question.Outcomes));
            Number(row, question.Answered.ToString(CultureInfo.InvariantCulture));
            Number(row, question.Facility is { } f ? $"{f:0.#}%" : "—");
            Add(row, "td", question.CommonWrongAnswer is { } wrong ? $"{wrong} (×{question.CommonWrongCount})" : "—");
        }

        Add(body, "h2", texts.Sources);
        var sources = Add(body, "ul");
        foreach (var source in report.Sources)
        {
            Add(sources, "li", source);
        }

        style.TextContent = Style + "\n" + string.Concat(classes.Select(rule => $".{rule.Key} {{ {rule.Value}; }}\n"));
        policy.SetAttribute("http-equiv", "Content-Security-Policy");
        policy.SetAttribute("content", Policy(style.TextContent));
        return "<!DOCTYPE html>\n" + html.OuterHtml + "\n";
    }

    /// <summary>
    /// Nothing may load or run: no script, image, font, frame, form or base; the style element only by the hash of its
    /// text (a style injected by a learner's text, were one ever to get through, would not apply).
    /// </summary>
    internal static string Policy(string styleText) =>
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(styleText)))}'; "
        + "base-uri 'none'; form-action 'none'";

    private static string Css(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The class for one per-cell rule (a colour, a width, an indent), added to the style element once.</summary>
    private static string Rule(SortedDictionary<string, string> classes, string name, string declaration)
    {
        classes.TryAdd(name, declaration);
        return name;
    }

    /// <summary>
    /// The text without control characters other than tab and line breaks: a learner's name or answer may hold NUL or
    /// ESC, which HTML does not allow and which a terminal would act on when the page is printed or copied.
    /// </summary>
    internal static string Printable(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            ? string.Concat(text.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r'))
            : text;

    private static IElement Table(IElement parent, IEnumerable<string> headers)
    {
        var table = Add(parent, "table");
        var head = Add(Add(table, "thead"), "tr");
        foreach (var header in headers)
        {
            Add(head, "th", header).SetAttribute("scope", "col");
        }

        return Add(table, "tbody");
    }

    private static IElement Number(IElement row, string text)
    {
        var cell = Add(row, "td", text);
        cell.ClassName = "num";
        return cell;
    }

    private static string Percent(decimal? score) => score is { } s ? $"{s:0.##}%" : "";

    private static IElement Add(INode parent, string name, string? text = null)
    {
        var element = parent.Owner!.CreateElement(name);
        if (text is not null)
        {
            element.TextContent = Printable(text);
        }

        parent.AppendChild(element);
        return element;
    }
}
