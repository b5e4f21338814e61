using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CivilSociety.Scorm.ItemWriting;

/// <summary>
/// The item-writing stage: reads every quiz (and the options of every practice check) as a reviewer of test items would (Haladyna, Downing and Rodriguez 2002)
/// and warns of what lets a learner answer without knowing, or tells the teacher less than it seems. Run by build
/// after Validate, and alone by check-items. A question's allow="SCO4xxx: reason" silences a warning on it.
/// </summary>
internal static class ItemWritingCheck
{
    public static void Run(Course course, DiagnosticBag diagnostics) =>
        Run(course, diagnostics, new MarkdownHtml(MarkdownPipelineFactory.Shared));

    /// <param name="markdown">
    /// The build's one Markdown renderer: the prompts, choices and feedback parsed here for their plain text are the
    /// very fragments the page is then rendered from, parsed once for both.
    /// </param>
    public static void Run(Course course, DiagnosticBag diagnostics, MarkdownHtml markdown) =>
        Run(course, course.Sections, diagnostics, markdown);

    /// <summary>
    /// The check of some of the course's sections: each section's findings are its own (a question is compared with
    /// the others of its quiz, a section's outcomes with its quiz), so sections checked in parts, the parts' findings
    /// added in course order, report what one run over all of them does.
    /// </summary>
    public static void Run(Course course, IEnumerable<Section> sections, DiagnosticBag diagnostics, MarkdownHtml markdown)
    {
        var outcomeCount = course.AllOutcomes.Count();
        var courseOutcomes = new OutcomeRules.CourseOutcomes(course);
        var wordLists = new Dictionary<string, WordLists>(StringComparer.Ordinal);   // folded once per language, not per section
        foreach (var section in sections)
        {
            var language = section.Language ?? course.Language;
            if (!wordLists.TryGetValue(language, out var words))
            {
                wordLists[language] = words = WordLists.For(language, course.ItemWritingWords);
            }

            var items = (section.Quiz?.Questions ?? []).Select(q => ItemView.Of(q, section, words, markdown)).ToList();
            var prose = items.Count == 0 ? [] : ItemText.Words(ProseOf(section.Body));
            foreach (var item in items)
            {
                var findings = OptionRules.Check(item, markdown)
                    .Concat(CrossItemRules.KeyCopiedFromProse(item, prose))
                    .Concat(items.Where(other => other != item).Select(other => CrossItemRules.GivesAwayAnother(item, other)).OfType<Finding>())
                    .Concat(OutcomeRules.TooManyOutcomes(item, outcomeCount));
                Report(findings, item.Question.Allowances, item.Label, diagnostics);
            }

            // A practice question is read for how its options are written only: its key may well echo the paragraph
            // above it (that is the practice), it gives away nothing graded, and it counts toward no outcome.
            foreach (var practice in section.Checks.SelectMany(c => c.Questions).Select(q => ItemView.Of(q, section, words, markdown)))
            {
                Report(OptionRules.Check(practice, markdown), practice.Question.Allowances, practice.Label, diagnostics);
            }

            Report(OutcomeRules.SectionOutcomesAssessed(section, courseOutcomes), section.Allowances, section.Id, diagnostics);
        }
    }

    /// <summary>Every finding an allowance does not silence; then the allowances that are malformed or silence nothing.</summary>
    private static void Report(IEnumerable<Finding> findings, IReadOnlyList<Allowance> allowances, string owner, DiagnosticBag diagnostics)
    {
        var valid = allowances.Where(IsWellFormed).ToList();
        var used = new HashSet<Allowance>();
        foreach (var finding in findings)
        {
            if (valid.FirstOrDefault(a => a.Code == finding.Descriptor.Id) is { } allowance)
            {
                used.Add(allowance);
                continue;
            }

            diagnostics.Report(finding.Descriptor, finding.Location, finding.Arguments);
        }

        foreach (var allowance in allowances)
        {
            if (!IsWellFormed(allowance))
            {
                diagnostics.Report(DiagnosticCatalog.AllowanceMalformed, allowance.Location, Written(allowance));
            }
            else if (!used.Contains(allowance))
            {
                diagnostics.Report(DiagnosticCatalog.AllowanceUnused, allowance.Location, allowance.Code, owner);
            }
        }
    }

    /// <summary>A code of this stage that can be silenced (not the allowance checks themselves), with a reason.</summary>
    private static bool IsWellFormed(Allowance allowance) =>
        Silenceable.Contains(allowance.Code) && allowance.Reason.Length > 0;

    private static readonly HashSet<string> Silenceable =
    [
        DiagnosticCatalog.KeyMuchLonger.Id, DiagnosticCatalog.OnlyKeyHedges.Id, DiagnosticCatalog.AbsoluteDistractors.Id,
        DiagnosticCatalog.AllOfTheAbove.Id, DiagnosticCatalog.NoneOfTheAbove.Id, DiagnosticCatalog.KeysAreTheMajority.Id,
        DiagnosticCatalog.EveryOptionIsAKey.Id, DiagnosticCatalog.KeyVerbatimInProse.Id, DiagnosticCatalog.GivesAwayAnotherKey.Id,
        DiagnosticCatalog.TooManyOutcomes.Id, DiagnosticCatalog.SectionOutcomeNotAssessed.Id, DiagnosticCatalog.NegativeStemWithoutEmphasis.Id,
        DiagnosticCatalog.NearDuplicateOptions.Id,
    ];

    private static string Written(Allowance allowance) => allowance.Reason.Length > 0 ? $"{allowance.Code}: {allowance.Reason}" : allowance.Code;

    /// <summary>The section's text as the learner reads it, the quiz already taken out: one line per block.</summary>
    internal static string ProseOf(MarkdownDocument body) =>
        string.Join('\n', body.Descendants<LeafBlock>().Select(block => block.Inline is { } inline
            ? string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()))
            : block is CodeBlock ? "" : block.Lines.ToString()));
}
