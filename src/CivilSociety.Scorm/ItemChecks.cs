using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.ItemWriting;

namespace CivilSociety.Scorm;

/// <summary>Which course <c>check-items</c> reads.</summary>
public sealed record ItemCheckOptions(string CourseDirectory)
{
    /// <summary>Every item-writing warning counts as an error (the result does not succeed).</summary>
    public bool WarningsAsErrors { get; init; }
}

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
    public static ItemCheckResult Check(ItemCheckOptions options)
    {
        var read = new DiagnosticBag();
        var (course, _) = CourseCompiler.Read(options.CourseDirectory, read, target: null);   // items are checked as a question bank is: no package, so no saved-state rule
        var errors = read.ToList().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (course is null || errors.Count > 0)
        {
            return new ItemCheckResult(0, errors);
        }

        var diagnostics = new DiagnosticBag(options.WarningsAsErrors);
        ItemWritingCheck.Run(course, diagnostics);
        LevelCoverage.Check(course, diagnostics);
        return new ItemCheckResult(course.AllQuestions.Count(), diagnostics.ToList());
    }
}
