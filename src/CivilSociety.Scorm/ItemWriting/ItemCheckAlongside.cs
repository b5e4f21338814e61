using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.ItemWriting;

/// <summary>
/// The item-writing check on a thread of its own (the machine's other core) while the build goes on with work that
/// does not need its answer (the rest of the page, writing the zip), with a Markdown renderer of its own. It may start
/// in parts, the sections rendered so far first, so that it shares the other core with the page's rendering instead
/// of all of it waiting for the last quiz. <see cref="Passed"/> waits for it and adds its findings, once, part after
/// part: a build reports the same warnings, in the same order, and stops on the same errors, as with the check run in
/// line (<see cref="ItemWritingCheck.Run(Course, IEnumerable{Section}, DiagnosticBag, MarkdownHtml)"/>).
/// </summary>
internal sealed class ItemCheckAlongside(Course course)
{
    /// <summary>Each part's run and findings, in course order; a part's bag is its own, so no two threads share one.</summary>
    private readonly List<(Task Run, DiagnosticBag Findings)> _parts = [];
    private int _sectionsStarted;
    private bool _allStarted;
    private bool _added;

    /// <summary>
    /// Starts the check of the rest of the sections, unless every one is started already, with
    /// <paramref name="markdown"/>, which nothing else may use from now on (<see cref="MarkdownHtml.ForAnotherThread"/>:
    /// one that knows the plain texts the page was made of).
    /// </summary>
    public void Start(MarkdownHtml markdown)
    {
        if (!_allStarted)
        {
            _allStarted = true;
            StartPart(markdown, course.Sections.Count);
        }
    }

    /// <summary>
    /// Starts the check of the course's first <paramref name="sectionCount"/> sections not started yet (those rendered
    /// so far), with <paramref name="markdown"/> as <see cref="Start(MarkdownHtml)"/>'s. The parts share only the
    /// course, which nothing changes once parsed.
    /// </summary>
    public void Start(MarkdownHtml markdown, int sectionCount)
    {
        if (!_allStarted && sectionCount > _sectionsStarted)
        {
            StartPart(markdown, sectionCount);
        }
    }

    private void StartPart(MarkdownHtml markdown, int sectionCount)
    {
        var sections = course.Sections.Take(sectionCount).Skip(_sectionsStarted).ToList();
        _sectionsStarted = sectionCount;
        var findings = new DiagnosticBag();
        _parts.Add((Task.Run(() => ItemWritingCheck.Run(course, sections, findings, markdown)), findings));
    }

    /// <summary>Waits for the check, adds its findings to <paramref name="diagnostics"/> (the first time), and tells whether the build has no error.</summary>
    public bool Passed(DiagnosticBag diagnostics)
    {
        if (!_added)
        {
            _added = true;
            if (!_allStarted)
            {
                throw new InvalidOperationException("The item-writing check was never started for every section.");
            }

            foreach (var (run, findings) in _parts)
            {
                run.GetAwaiter().GetResult();
                foreach (var finding in findings.ToList())
                {
                    diagnostics.Add(finding);
                }
            }
        }

        return !diagnostics.HasErrors;
    }
}
