using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.PackageValidation;

namespace CivilSociety.Scorm.Republishing;

/// <summary>What an update costs: its findings (SCO9xxx diagnostics), what learners in progress keep, and the verdict.</summary>
/// <param name="Kept">What every learner in progress keeps, in words.</param>
/// <param name="Safe">No learner loses anything and the LMS keeps every record: the package can replace the old one.</param>
public sealed record PackageComparison(IReadOnlyList<Diagnostic> Findings, IReadOnlyList<string> Kept, bool Safe)
{
    /// <summary>One line: whether the update is safe, and why not.</summary>
    public string Verdict => Findings.Any(d => d.Id == DiagnosticCatalog.DiffUnreadable.Id)
        ? "nothing was compared (see the error above)"
        : Findings.Any(IsError)
        ? "not safe: learners in progress or the LMS's records would be lost (see the errors above)"
        : Safe ? "safe: learners in progress keep everything, and the LMS's records stay as they are"
        : "safe to upload, at the costs above: every learner keeps everything else";

    private static bool IsError(Diagnostic diagnostic) => diagnostic.Severity == DiagnosticSeverity.Error;
}

/// <summary>
/// Compares two packages of a course (docs/republishing.md): what learners in progress on the old one keep when the
/// LMS hands its saved state to the new one, what each may lose, and what changes for the LMS. Rules follow the
/// runtime's keyed saved state (packaging/runtime/src/state/v4.js): sections, quizzes, questions and choices are
/// matched by identity, never by position.
/// </summary>
public static class PackageComparer
{
    /// <summary>Compares two zips; diagnostics are located at the new one.</summary>
    public static PackageComparison Compare(string oldZip, string newZip)
    {
        var (old, oldProblem) = PackageReader.Read(oldZip);
        var (@new, newProblem) = PackageReader.Read(newZip);
        var diagnostics = new DiagnosticBag();
        if (old is null || @new is null)
        {
            if (old is null)
            {
                diagnostics.Report(DiagnosticCatalog.DiffUnreadable, SourceSpan.File(oldZip), Path.GetFileName(oldZip), WhatIsNotAZip(oldZip) ?? oldProblem);
            }

            if (@new is null)
            {
                diagnostics.Report(DiagnosticCatalog.DiffUnreadable, SourceSpan.File(newZip), Path.GetFileName(newZip), WhatIsNotAZip(newZip) ?? newProblem);
            }
            return new PackageComparison(diagnostics.ToList(), [], Safe: false);
        }

        return Compare(old, @new, Path.GetFileName(oldZip), (_, _) => SourceSpan.File(newZip));
    }

    /// <summary>
    /// What a file that is no zip at all is (a text file, a PDF), as validate says it, instead of .NET's words about
    /// a zip's directory; null for a file that starts as a zip, whose own problem the reader tells.
    /// </summary>
    internal static string? WhatIsNotAZip(string path)
    {
        var head = new byte[2];
        try
        {
            using var stream = File.OpenRead(path);
            if (stream.ReadAtLeast(head, 2, throwOnEndOfStream: false) == 2 && head[0] == (byte)'P' && head[1] == (byte)'K')
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return PackageValidator.WhatIsNotAZip(path).What;
    }

    /// <param name="locate">Where a finding about a section (and question, when not null) is reported.</param>
    internal static PackageComparison Compare(PackageSnapshot old, PackageSnapshot @new, string oldName, Func<string?, string?, SourceSpan> locate)
    {
        var diagnostics = new DiagnosticBag();
        var kept = new List<string>();
        var course = locate(null, null);
        if (old.CourseId != @new.CourseId || (old.ManifestIdentifier is { } before && @new.ManifestIdentifier is { } after && before != after))
        {
            diagnostics.Report(DiagnosticCatalog.DiffManifestIdentifier, course, old.ManifestIdentifier ?? old.CourseId, @new.ManifestIdentifier ?? @new.CourseId);
            return new PackageComparison(diagnostics.ToList(), kept, Safe: false);
        }

        CourseLevel(old, @new, oldName, course, diagnostics);
        Sections(old, @new, locate, diagnostics, kept);
        foreach (var section in @new.Sections.Where(s => s.Quiz is not null))
        {
            if (old.Sections.FirstOrDefault(s => s.Id == section.Id)?.Quiz is { } earlier)
            {
                // The keyed state by quiz (state/v5.js) keeps a quiz's answers together: all of them, or none when what they name changed.
                var whole = old.StateFormat == "quizzes" && !QuizLayout(earlier).SequenceEqual(QuizLayout(section.Quiz!), StringComparer.Ordinal);
                if (whole)
                {
                    diagnostics.Report(DiagnosticCatalog.DiffQuizReset, locate(section.Id, null), section.Id, $"{earlier.Questions.Count} question(s)");
                }

                QuizComparison.Compare(section.Id, earlier, section.Quiz!, locate, diagnostics, whole ? [] : kept);
            }
        }

        if (old.StateFormat == "compact" && !SameLayout(old, @new))
        {
            diagnostics.Report(DiagnosticCatalog.DiffCompactState, course, old.HasSnapshot ? "its course was too large for the keyed format" : "the format of earlier releases",
                "sections, questions, choices or attempts change");
        }

        if (kept.Count == 0 || diagnostics.Count == 0)
        {
            // With findings, an answer may be reset (SCO9013, a whole quiz): "every answer" would promise too much.
            kept.Insert(0, "every section seen, the bookmark, every quiz's attempts and every answer"
                + (diagnostics.Count == 0 ? "" : " but those a warning says are reset"));
        }

        return new PackageComparison(diagnostics.ToList(), kept, Safe: diagnostics.Count == 0 || diagnostics.ToList().All(d => d.Id == DiagnosticCatalog.DiffVersionUnchanged.Id));
    }

    private static void CourseLevel(PackageSnapshot old, PackageSnapshot @new, string oldName, SourceSpan course, DiagnosticBag diagnostics)
    {
        if (!old.HasSnapshot)
        {
            diagnostics.Report(DiagnosticCatalog.DiffNoSnapshot, course, oldName);
        }

        if (old.Target != @new.Target)
        {
            diagnostics.Report(DiagnosticCatalog.DiffTarget, course, Named(old.Target), Named(@new.Target));
        }

        if (old.Version is { } version && version == @new.Version)
        {
            diagnostics.Report(DiagnosticCatalog.DiffVersionUnchanged, course, version);
        }

        if (old.MasteryScore != @new.MasteryScore || old.PassingScore != @new.PassingScore)
        {
            diagnostics.Report(DiagnosticCatalog.DiffPassingScore, course, "course's passing score (the manifest's mastery score)",
                old.MasteryScore ?? old.PassingScore, @new.MasteryScore ?? @new.PassingScore);
        }

        var removed = old.Outcomes.Except(@new.Outcomes, StringComparer.Ordinal).ToList();
        var added = @new.Outcomes.Except(old.Outcomes, StringComparer.Ordinal).ToList();
        if (removed.Count + added.Count > 0)
        {
            diagnostics.Report(DiagnosticCatalog.DiffOutcomes, course, string.Join("; ", new[]
            {
                removed.Count > 0 ? "removed: " + string.Join(", ", removed) : null,
                added.Count > 0 ? "new: " + string.Join(", ", added) : null,
            }.OfType<string>()));
        }
    }

    private static void Sections(PackageSnapshot old, PackageSnapshot @new, Func<string?, string?, SourceSpan> locate, DiagnosticBag diagnostics, List<string> kept)
    {
        foreach (var section in old.Sections.Where(s => @new.Sections.All(n => n.Id != s.Id)))
        {
            var answers = section.Quiz is { } quiz ? $", and their answers to its {quiz.Questions.Count} question(s)" : "";
            diagnostics.Report(DiagnosticCatalog.DiffSectionRemoved, locate(null, null), section.Id, answers);
        }

        foreach (var section in @new.Sections.Where(s => old.Sections.All(o => o.Id != s.Id)))
        {
            diagnostics.Report(DiagnosticCatalog.DiffSectionAdded, locate(section.Id, null), section.Id);
        }

        var common = @new.Sections.Select(s => s.Id).Intersect(old.Sections.Select(s => s.Id), StringComparer.Ordinal).ToList();
        if (!common.SequenceEqual(old.Sections.Select(s => s.Id).Intersect(common, StringComparer.Ordinal)))
        {
            kept.Add("the sections seen and the bookmark, though the sections are in another order (they are kept by id)");
        }
    }

    /// <summary>Whether a compact (position-based) saved state of the old package can be read by the new one.</summary>
    private static bool SameLayout(PackageSnapshot old, PackageSnapshot @new) =>
        Layout(old).SequenceEqual(Layout(@new), StringComparer.Ordinal);

    // What the compact state's fingerprint covers (packaging/runtime/src/state/v3.js): ids, types, attempts and ranges.
    private static IEnumerable<string> Layout(PackageSnapshot package) =>
        package.Sections.Select(s => s.Id).Concat(package.Sections.Where(s => s.Quiz is not null).Select(s =>
            s.Quiz!.Attempts + ":" + string.Join(",", s.Quiz.Questions.Select(q => $"{q.Id}/{q.Type}/{q.Choices.Count}/{q.Targets.Count}/{q.MaxLength}"))));

    // What the keyed state by quiz keys a quiz's answers with (packaging/runtime/src/state/v5.js, quizKey): its
    // questions' ids and types, the identities of their choices, items and pairs in order, and their widths.
    private static IEnumerable<string> QuizLayout(QuizSnapshot quiz) =>
        quiz.Questions.Select(q => $"{q.Id}/{q.Type}/{q.MaxLength}/{string.Join(",", q.Choices.Select(c => c.Key))}/{string.Join(",", q.Targets.Select(c => c.Key))}");

    private static string Named(string target) => target switch
    {
        "scorm2004" => "SCORM 2004",
        "cmi5" => "cmi5",
        "xapi" => "an xAPI (TinCan) package",
        _ => "SCORM 1.2",
    };
}
