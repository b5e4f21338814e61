using AngleSharp.Dom;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// The ending (docs/ending.md), written into the summary panel at build time: the course's completion message, each
/// outcome with its mastery bar and links to the sections whose quizzes assess it, and the certificate of
/// completion. The runtime only fills in the values (the bars, each outcome's state, the learner's name, the date,
/// the score) and shows the whole once the result is final; the player's style sheet (packaging/runtime/ending.css)
/// shows "mastered" or "not yet" and the links from each outcome's state.
/// </summary>
internal static class EndingRenderer
{
    private const string OutcomeIdPrefix = "outcome-";

    /// <summary>Whether the course has an ending: an assessed outcome, a completion message or a certificate.</summary>
    public static bool Has(Course course) =>
        course.CompletionMessage is not null || course.Certificate || course.AllQuestions.Any(q => q.Outcomes.Count > 0);

    public static void Apply(IDocument document, Course course, MarkdownHtml markdown, LinkRewriter links, ISet<string> usedFiles)
    {
        var summary = document.QuerySelector($"[{RuntimeContract.Attributes.Slot}='{RuntimeContract.Slots.Summary}']");
        if (summary is null || !Has(course))
        {
            return;
        }

        var outcomes = OutcomeRows(document, course);

        var ending = document.CreateElement("div");
        ending.ClassName = "ending";
        ending.SetAttribute(RuntimeContract.Attributes.Slot, RuntimeContract.Slots.Ending);
        if (course.CompletionMessage is { } message)
        {
            var box = Element(document, "div", "completion-message");
            markdown.SetInnerHtml(box, markdown.RenderFragment(message));
            links.RewriteUrls(box, CourseSources.CourseFileName, usedFiles);
            ending.AppendChild(box);
        }

        if (outcomes is not null)
        {
            var heading = Element(document, "h3", "outcomes-title");
            heading.SetAttribute(RuntimeContract.Attributes.String, "outcomesTitle");
            ending.AppendChild(heading);
            ending.AppendChild(outcomes);
        }

        if (course.Certificate)
        {
            ending.AppendChild(Certificate(document, course));
        }

        summary.AppendChild(ending);
    }

    /// <summary>
    /// What the runtime used to add to the table of contents, written at build time: a hidden "(seen)" marker last in
    /// each section's link (the runtime shows it), and a last entry linking to the summary, where the ending is.
    /// </summary>
    public static void CompleteContents(IDocument document)
    {
        var toc = document.QuerySelector($"[{RuntimeContract.Attributes.Slot}='{RuntimeContract.Slots.Toc}']");
        var summary = document.QuerySelector($"[{RuntimeContract.Attributes.Slot}='{RuntimeContract.Slots.Summary}']");
        if (toc is null || summary is null)
        {
            return;
        }

        foreach (var sectionLink in toc.QuerySelectorAll($"a[{RuntimeContract.Attributes.Section}]"))
        {
            var seen = Text(document, "span", RuntimeContract.Classes.VisuallyHidden, "seen");
            seen.SetAttribute("hidden", "");
            sectionLink.AppendChild(seen);
        }

        var item = Element(document, "li", RuntimeContract.Classes.TocSummary);
        var link = Text(document, "a", null, "summary");
        link.SetAttribute("href", "#" + summary.Id);
        item.AppendChild(link);
        toc.AppendChild(item);
    }

    /// <summary>
    /// One row per outcome, in the course data's order (the order of cmi.objectives), so that the runtime fills the
    /// n-th bar with the n-th outcome's result; an outcome no question assesses has no result and its row stays hidden.
    /// Null when no outcome is assessed.
    /// </summary>
    private static IElement? OutcomeRows(IDocument document, Course course)
    {
        var list = Element(document, "ul", "outcomes");
        var assessed = 0;
        foreach (var outcome in course.AllOutcomes)
        {
            var ids = outcome.SelfAndDescendants().Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
            var teaching = course.Sections
                .Where(s => s.Quiz?.Questions.Any(q => q.Outcomes.Any(r => ids.Contains(r.Id))) == true)
                .ToList();
            var row = list.AppendChild(Element(document, "li", outcome.ParentId is null ? "outcome" : "outcome outcome-sub")) as IElement;
            if (teaching.Count == 0)
            {
                row!.SetAttribute("hidden", "");
            }
            else
            {
                assessed++;
            }

            var text = row!.AppendChild(Element(document, "span", "outcome-text")) as IElement;
            text!.Id = OutcomeIdPrefix + outcome.Id;
            text.TextContent = outcome.Text;
            var meter = document.CreateElement("meter");
            meter.SetAttribute("min", "0");
            meter.SetAttribute("max", "100");
            meter.SetAttribute("value", "0");
            meter.SetAttribute("aria-labelledby", text.Id);
            row.AppendChild(meter);
            foreach (var (className, key) in new[] { ("outcome-mastered", "mastered"), ("outcome-not-yet", "notYet") })
            {
                var state = Element(document, "span", className);
                state.SetAttribute(RuntimeContract.Attributes.String, key);
                row.AppendChild(state);
            }

            if (teaching.Count > 0)
            {
                row.AppendChild(RevisitLinks(document, teaching));
            }
        }

        return assessed > 0 ? list : null;
    }

    /// <summary>"Revisit:" and a link to each section whose quiz assesses the outcome (the player opens the section).</summary>
    private static IElement RevisitLinks(IDocument document, IEnumerable<Section> sections)
    {
        var paragraph = Element(document, "p", "outcome-revisit");
        var label = paragraph.AppendChild(document.CreateElement("span")) as IElement;
        label!.SetAttribute(RuntimeContract.Attributes.String, "revisit");
        var first = true;
        foreach (var section in sections)
        {
            paragraph.AppendChild(document.CreateTextNode(first ? " " : " · "));
            first = false;
            var link = document.CreateElement("a");
            link.SetAttribute("href", "#" + PageIds.Section(section.Id));
            link.TextContent = section.Title;
            if (section.Language is { } language)
            {
                PageMarkup.MarkLanguage(link, language);
            }

            paragraph.AppendChild(link);
        }

        return paragraph;
    }

    /// <summary>
    /// The certificate of completion: the interface's words, the course's title (and organisation) written here; the
    /// learner's name, the score and the date filled in by the runtime (the name as text: it comes from the LMS), which
    /// finds their slots by their order in the ending (runtime/src/player/summary.js): keep it name, score, date.
    /// </summary>
    private static IElement Certificate(IDocument document, Course course)
    {
        var certificate = Element(document, "section", "certificate");
        certificate.SetAttribute("aria-labelledby", "certificate-title");
        var title = Element(document, "h3", "certificate-title");
        title.Id = "certificate-title";
        title.SetAttribute(RuntimeContract.Attributes.String, "certificateTitle");
        certificate.AppendChild(title);
        certificate.AppendChild(Text(document, "p", null, "certifies"));
        var name = Element(document, "p", "certificate-name");
        name.SetAttribute(RuntimeContract.Attributes.Slot, RuntimeContract.CertificateSlots.LearnerName);
        name.SetAttribute("dir", "auto");
        certificate.AppendChild(name);
        certificate.AppendChild(Text(document, "p", null, "hasCompleted"));
        var courseTitle = Element(document, "p", "certificate-course");
        courseTitle.TextContent = course.Title;
        certificate.AppendChild(courseTitle);
        if (course.Organisation is { } organisation)
        {
            var by = Element(document, "p", "certificate-organisation");
            by.TextContent = organisation;
            certificate.AppendChild(by);
        }

        var score = Element(document, "p", "certificate-score");
        score.SetAttribute(RuntimeContract.Attributes.Slot, RuntimeContract.CertificateSlots.Score);
        certificate.AppendChild(score);
        var date = Element(document, "p", "certificate-date");
        date.SetAttribute(RuntimeContract.Attributes.Slot, RuntimeContract.CertificateSlots.Date);
        certificate.AppendChild(date);
        var print = Text(document, "button", "button button-primary certificate-print", "printCertificate");
        print.SetAttribute("type", "button");
        print.SetAttribute(RuntimeContract.Attributes.Action, RuntimeContract.Actions.Print);
        certificate.AppendChild(print);
        return certificate;
    }

    private static IElement Element(IDocument document, string tag, string className)
    {
        var element = document.CreateElement(tag);
        element.ClassName = className;
        return element;
    }

    private static IElement Text(IDocument document, string tag, string? className, string key)
    {
        var element = document.CreateElement(tag);
        if (className is not null)
        {
            element.ClassName = className;
        }

        element.SetAttribute(RuntimeContract.Attributes.String, key);
        return element;
    }
}
