using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Parsing;

namespace CivilSociety.Scorm.Translation;

/// <summary>
/// The stage between Parse and Validate when a language version is built: the course's texts replaced by those of
/// translations/LANG.xlf, parsed again, with the source's answer ids. Everything after it (validation, the item
/// check, rendering, the package) sees an ordinary course in that language.
/// </summary>
internal static class LanguageVersion
{
    public static bool IsCourseLanguage(string language, Course course) => string.Equals(language, course.Language, StringComparison.OrdinalIgnoreCase);

    /// <returns>The language version and its texts; a null course when the translation could not be used (reported).</returns>
    public static (Course? Course, CourseSources Sources) Build(Course course, CourseSources sources, string language, bool staleToSource, DiagnosticBag diagnostics)
    {
        if (CourseTranslation.Read(sources, course, language, staleToSource, diagnostics) is not { } translation)
        {
            return (null, sources);
        }

        var translatedSources = translation.Apply(sources);
        var reparsed = new DiagnosticBag(diagnostics.WarningsAsErrors);
        var parsed = CourseParser.Parse(translatedSources, reparsed);

        // The source's own problems were reported by its parse already; only what a translated text caused is new.
        var known = diagnostics.ToList().SelectMany(d => new[] { d.Id + "@" + d.Location, d.Id + ":" + d.Message }).ToHashSet(StringComparer.Ordinal);
        foreach (var diagnostic in reparsed.ToList().Where(d => !known.Contains(d.Id + "@" + d.Location) && !known.Contains(d.Id + ":" + d.Message)))
        {
            diagnostics.Add(diagnostic);
        }

        return parsed is null
            ? (null, translatedSources)
            : (AnswerAlignment.Align(translation.Apply(parsed), course) with { TranslatedFrom = course.Language }, translatedSources);
    }
}
