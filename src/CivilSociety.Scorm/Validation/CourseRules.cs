using System.Text.RegularExpressions;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Resources;

namespace CivilSociety.Scorm.Validation;

/// <summary>Rules about the course as a whole: ids, titles, language, score, sections.</summary>
internal static partial class CourseRules
{
    /// <summary>
    /// Ids end up in SCORM identifiers (XML NCName), cmi.objectives ids and interaction ids (printable ASCII),
    /// HTML ids and xAPI IRIs: the intersection of those is this.
    /// </summary>
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9._-]{0,63}$")]
    public static partial Regex WellFormedId();

    /// <summary>SCORM 1.2 titles are limited to 200 characters.</summary>
    public const int MaxTitleLength = 200;

    public static void IdsAreWellFormed(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        Check("course", course.Id, course.Location);
        foreach (var outcome in course.AllOutcomes)
        {
            Check("outcome", outcome.Id, outcome.Location);
        }

        foreach (var section in course.Sections)
        {
            Check("section", section.Id, section.Location);
            foreach (var question in section.Quiz?.Questions ?? [])
            {
                if (question.Id.Length > 0)
                {
                    Check("question", question.Id, question.Location);
                }
            }
        }

        void Check(string what, string id, SourceSpan location)
        {
            if (id.Length > 0 && Suggestions.InvisibleMarks(id, WellFormedId().IsMatch) is { } invisible)
            {
                diagnostics.ReportWithHelp(DiagnosticCatalog.InvalidId, location, invisible, what, id);
            }
            else if (id.Length > 0 && !WellFormedId().IsMatch(id) && id.Any(c => c > '\u007F' && char.IsLetter(c)))
            {
                // هدف1: an id is a code the LMS stores and reports, not words the learner reads.
                var words = what switch { "outcome" => "text:", "section" => "title:", "question" => "heading", _ => "title:" };
                diagnostics.ReportWithHelp(DiagnosticCatalog.InvalidId, location,
                    $"an id is a short code that the LMS stores and reports, written in Latin letters in every language (such as {(what == "outcome" ? "LO1" : what == "question" ? "q-1" : what + "-1")}); the words learners read go in its {words}", what, id);
            }
            else if (id.Length > 0 && !WellFormedId().IsMatch(id) && IdLike(id) is { } like)
            {
                // "Introduction Part": the words of a title used as an id.
                diagnostics.ReportWithHelp(DiagnosticCatalog.InvalidId, location,
                    $"write it as '{like}': ASCII letters, digits, '-', '_' and '.', starting with a letter, without spaces (at most 64 characters)", what, id);
            }
            else if (id.Length > 0 && !WellFormedId().IsMatch(id))
            {
                diagnostics.Report(DiagnosticCatalog.InvalidId, location, what, id);
            }
        }
    }

    /// <summary>The id an invalid one was meant to be: small letters, '-' for spaces ("Introduction Part": introduction-part), or null.</summary>
    private static string? IdLike(string id)
    {
        var like = string.Join('-', id.Trim().ToLowerInvariant().Split([' ', '/', '\\', ':', ','], StringSplitOptions.RemoveEmptyEntries));
        return like != id && WellFormedId().IsMatch(like) ? like : null;
    }

    public static void LanguageIsWellFormed(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        if (!Languages.IsWellFormed(course.Language))
        {
            ReportInvalidLanguage(course.Language, course.ValueLocationOf("language"), diagnostics);
        }
    }

    private static void ReportInvalidLanguage(string language, SourceSpan location, DiagnosticBag diagnostics)
    {
        if (Languages.TagMeant(language) is { } tag)
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.InvalidLanguage, location,
                $"did you mean '{tag}'? A language is written as its code: en for English, ar for Arabic, ar-EG for the Arabic of Egypt", language);
        }
        else
        {
            diagnostics.Report(DiagnosticCatalog.InvalidLanguage, location, language);
        }
    }

    public static void PlayerSpeaksTheLanguage(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        if (Languages.IsWellFormed(course.Language) && !UiStrings.Supports(course.Language)
            && course.StringOverrides.Count < UiStrings.Keys.Count)
        {
            var known = string.Join(", ", PackagingResources.StringLanguages);
            if (Languages.TagMeant(course.Language) is { } tag && !tag.Equals(course.Language, StringComparison.OrdinalIgnoreCase))
            {
                // eng, ara: three-letter codes, which the browser and the player know by their two letters only.
                diagnostics.ReportWithHelp(DiagnosticCatalog.NoUiStrings, course.ValueLocationOf("language"),
                    $"did you mean '{tag}'? '{course.Language}' is the three-letter code; write the two-letter one, as browsers and the player know it", course.Language, known);
            }
            else
            {
                diagnostics.Report(DiagnosticCatalog.NoUiStrings, course.ValueLocationOf("language"), course.Language, known);
            }
        }

        foreach (var section in course.Sections.Where(s => s.Language is { } tag && !Languages.IsWellFormed(tag)))
        {
            ReportInvalidLanguage(section.Language!, section.Location, diagnostics);
        }
    }

    public static void PassingScoreIsInRange(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        if (course.PassingScore is < 1 or > 100)
        {
            diagnostics.Report(DiagnosticCatalog.PassingScoreOutOfRange, course.ValueLocationOf("passing_score"), course.PassingScore);
        }
    }

    public static void TitlesFitTheManifest(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        if (course.Title.Length > MaxTitleLength)
        {
            diagnostics.Report(DiagnosticCatalog.TitleTooLong, course.LocationOf("title"), "course", course.Title.Length);
        }

        foreach (var section in course.Sections.Where(s => s.Title.Length > MaxTitleLength))
        {
            diagnostics.Report(DiagnosticCatalog.TitleTooLong, section.Location, "section", section.Title.Length);
        }
    }

    public static void OutcomeIdsAreUnique(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var group in course.AllOutcomes.GroupBy(o => o.Id).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.ReportWithHelp(DiagnosticCatalog.DuplicateOutcomeId, duplicate.Location,
                    $"give every outcome its own id: line {group.First().Location.Line} already declares '{group.Key}' (questions name an outcome by its id)", duplicate.Id);
            }
        }
    }

    public static void SectionIdsAreUnique(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var group in course.Sections.GroupBy(s => s.Id).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            var first = group.First();
            foreach (var duplicate in group.Skip(1))
            {
                diagnostics.Report(DiagnosticCatalog.DuplicateSectionId, duplicate.Location, duplicate.Id, first.SourcePath);
            }
        }
    }

    public static void SectionsHaveContent(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var section in course.Sections.Where(s => s.Quiz is null && s.Checks.Count == 0))
        {
            if (section.Body.Count == 0)
            {
                diagnostics.Report(DiagnosticCatalog.EmptySection, section.Location, section.Id);
            }
            else if (section.Body.All(block => block is Markdig.Syntax.HeadingBlock))
            {
                // A placeholder: the headings of a section still to be written, which learners would open to nothing.
                diagnostics.ReportWithHelp(DiagnosticCatalog.EmptySection, section.Location,
                    "it holds only headings: write the text below them, or leave the section out of sections: in course.yml until it is written", section.Id);
            }
        }
    }
}
