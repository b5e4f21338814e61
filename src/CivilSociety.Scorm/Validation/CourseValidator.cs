using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Validation;

/// <summary>Stage 3: the course's own rules, each a small named check, all run so one build reports everything.</summary>
internal static class CourseValidator
{
    /// <summary>
    /// The rules, in the order they report; the saved state's room depends on the target, and without a target (a
    /// question bank, coverage, a report: no package is made) the saved state is no concern.
    /// </summary>
    private static Action<Course, CourseSources, DiagnosticBag>[] Rules(PackageTarget? target) =>
    [
        TextRules.TextHasNoControlCharacters,
        CourseRules.IdsAreWellFormed,
        CourseRules.LanguageIsWellFormed,
        CourseRules.PlayerSpeaksTheLanguage,
        CourseRules.PassingScoreIsInRange,
        CourseRules.TitlesFitTheManifest,
        CourseRules.OutcomeIdsAreUnique,
        CourseRules.SectionIdsAreUnique,
        CourseRules.SectionsHaveContent,
        HeadingRules.HeadingLevelsFollowTheTitle,
        HeadingRules.HeadingsHaveTheirSpace,
        QuizRules.QuizzesHaveQuestions,
        QuizRules.QuestionsHavePrompts,
        QuizRules.QuestionIdsAreUniqueInSection,
        QuizRules.AnswersAreWellFormed,
        DrawRules.PoolsCanBeDrawn,
        (course, _, diagnostics) =>
        {
            if (target is { } package)
            {
                QuizRules.SavedStateFitsSuspendData(course, package, diagnostics);
            }
        },
        QuizRules.OutcomeReferencesExist,
        QuizRules.EveryOutcomeIsAssessed,
        LinkRules.LinksResolveInsideTheCourse,
        LinkRules.BundledNamesDifferBeyondCase,
        AnchorRules.AnchorsExist,
        DesignerRules.GlossaryTermsAreDefined,
        DesignerRules.MediaHaveTextAlternatives,
        BrandingRules.ThemeIsReadable,
        BrandingRules.BrandImagesAreCourseFiles,
        EndingRules.CompletionMessageIsMarkdown,
        BundledFileRules.BundledFilesRunNoCode,
        HtmlRules.RawHtmlIsOnTheAllowList,
        HtmlRules.MarkdownAttributesRunNoCode,
        XapiRules.AddressesAreAbsolute,
    ];

    /// <param name="target">
    /// What the package will be: the saved state's room depends on it (SCORM 1.2's, the smallest, by default); null
    /// when no package is made.
    /// </param>
    public static void Validate(Course course, CourseSources sources, DiagnosticBag diagnostics, PackageTarget? target = PackageTarget.Scorm12)
    {
        foreach (var rule in Rules(target))
        {
            rule(course, sources, diagnostics);
        }
    }
}
