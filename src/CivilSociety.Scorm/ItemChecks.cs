using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.ItemWriting;

namespace CivilSociety.Scorm;

/// <summary>The outcome of <c>check-items</c>: how many questions were read, and every diagnostic.</summary>
public sealed record ItemCheckResult(int Questions, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => HasNoError(Diagnostics);

    private static bool HasNoError(IEnumerable<Diagnostic> diagnostics) => diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
}

/// <summary>
/// <c>check-items</c>: the item-writing check on its own, for an author revising quizzes. It reads the course through
/// Load, Parse and Validate (errors only are kept from them: the build reports the rest) and adds the item-writing
/// warnings (SCO4xxx) and the outcomes assessed below the level their text asks for (SCO7020-SCO7022).
/// </summary>
public static class ItemChecks
{
    public static ItemCheckResult Check(string courseDirectory, bool warningsAsErrors = false)
    {
        var read = new DiagnosticBag();
        var (course, _) = CourseCompiler.Read(courseDirectory, read, target: null);   // items are checked as a question bank is: no package, so no saved-state rule
        var errors = read.ToList().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (course is null || errors.Count > 0)
        {
            return new ItemCheckResult(0, errors);
        }

        var diagnostics = new DiagnosticBag(warningsAsErrors);
        ItemWritingCheck.Run(course, diagnostics);
        LevelCoverage.Check(course, diagnostics);
        return new ItemCheckResult(course.AllQuestions.Count(), diagnostics.ToList());
    }
}
