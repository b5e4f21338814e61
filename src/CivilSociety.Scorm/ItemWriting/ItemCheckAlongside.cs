using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.ItemWriting;

/// <summary>
/// The item-writing check on a thread of its own (the machine's other core) while the build goes on with work that
/// does not need its answer (the rest of the page, writing the zip), with a Markdown renderer of its own.
/// <see cref="Passed"/> waits for it and adds its findings, once: a build reports the same warnings, and stops on
/// the same errors, as with the check run in line.
/// </summary>
internal sealed class ItemCheckAlongside(Course course)
{
    private readonly DiagnosticBag _findings = new();
    private Task? _run;
    private bool _added;

    /// <summary>
    /// Starts the check, unless it is started already, with <paramref name="markdown"/>, which nothing else may use
    /// from now on (<see cref="MarkdownHtml.ForAnotherThread"/>: one that knows the plain texts the page was made of).
    /// </summary>
    public void Start(MarkdownHtml markdown) => _run ??= Task.Run(() => ItemWritingCheck.Run(course, _findings, markdown));

    /// <summary>Waits for the check, adds its findings to <paramref name="diagnostics"/> (the first time), and tells whether the build has no error.</summary>
    public bool Passed(DiagnosticBag diagnostics)
    {
        if (!_added)
        {
            _added = true;
            (_run ?? throw new InvalidOperationException("The item-writing check was never started.")).GetAwaiter().GetResult();
            foreach (var finding in _findings.ToList())
            {
                diagnostics.Add(finding);
            }
        }

        return !diagnostics.HasErrors;
    }
}
