using System.Globalization;
using System.Xml.Linq;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Export;

/// <summary>
/// A quiz's pool in the question banks (docs/question-pools.md): for Moodle, the words in its section's category
/// that say how to build a quiz drawing the same way (random questions filtered on the outcome tags); for QTI 2.1, an
/// assessmentTest whose section selects the draw (<c>selection</c>), one sub-section per outcome in the per-outcome form.
/// </summary>
internal static class PoolExport
{
    /// <summary>The category's description: the draw, and the random questions that make it in a Moodle quiz.</summary>
    public static string MoodleCategoryInfo(BankSection section, QuestionDraw draw)
    {
        var shares = draw.IsPerOutcome
            ? string.Join(", ", draw.Shares.Select(s => $"{Count(s.Count)} tagged {s.Outcome.Id}"))
            : null;
        var outcomes = section.Entries.SelectMany(e => e.Outcomes.Select(o => o.Id)).Distinct(StringComparer.Ordinal).ToList();
        var how = draw.IsPerOutcome
            ? $"Each attempt of the package shows {Count(draw.Count)} of these {Count(section.Entries.Count)}: {shares}. "
                + "To draw the same way in a Moodle quiz, add from this category, for each outcome, that many random questions filtered on its tag."
            : $"Each attempt of the package shows {Count(draw.Count)} of these {Count(section.Entries.Count)}, at least one on each of the outcomes {string.Join(", ", outcomes)} when the draw allows. "
                + $"To draw the same way in a Moodle quiz, add from this category one random question filtered on each outcome's tag, then random questions from the whole category up to {Count(draw.Count)}.";
        return "<p>" + System.Net.WebUtility.HtmlEncode(how) + "</p>";
    }

    /// <summary>tests/SECTION.xml: the section's items in an assessmentTest that selects the draw.</summary>
    public static XDocument QtiTest(BankCourse bank, BankSection section, QuestionDraw draw, bool shuffle)
    {
        XNamespace qti = QtiHtml.Qti;
        XElement ItemRef(BankEntry entry) => new(qti + "assessmentItemRef",
            new XAttribute("identifier", entry.Id), new XAttribute("href", $"../items/{entry.Id}.xml"));
        XElement Section(string id, string title, bool visible, int select, IEnumerable<XElement> content) => new(qti + "assessmentSection",
            new XAttribute("identifier", id), new XAttribute("title", title), new XAttribute("visible", visible ? "true" : "false"),
            new XElement(qti + "selection", new XAttribute("select", select.ToString(CultureInfo.InvariantCulture))),
            new XElement(qti + "ordering", new XAttribute("shuffle", shuffle ? "true" : "false")),
            content);

        XElement body;
        if (draw.IsPerOutcome)
        {
            // Each question in the sub-section of the first share it can fill: an item appears once in a test.
            var placed = new HashSet<string>(StringComparer.Ordinal);
            body = Section("S-" + section.Id, section.Title, true, draw.Shares.Count, draw.Shares.Select((share, i) =>
            {
                var below = share.Outcome.Id;
                var items = section.Entries.Where(e => e.Outcomes.Any(o => o.Id == below || o.Id.StartsWith(below + ".", StringComparison.Ordinal)) && placed.Add(e.Id)).ToList();
                return Section($"S-{section.Id}-{i + 1}", share.Outcome.Id, false, Math.Min(share.Count, items.Count), items.Select(ItemRef));
            }));
        }
        else
        {
            body = Section("S-" + section.Id, section.Title, true, draw.Count, section.Entries.Select(ItemRef));
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(qti + "assessmentTest",
                new XAttribute("identifier", "T-" + section.Id),
                new XAttribute("title", section.Title),
                new XAttribute(XNamespace.Xml + "lang", bank.Language),
                new XElement(qti + "testPart",
                    new XAttribute("identifier", "P-" + section.Id),
                    new XAttribute("navigationMode", "nonlinear"),
                    new XAttribute("submissionMode", "simultaneous"),
                    body)));
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
