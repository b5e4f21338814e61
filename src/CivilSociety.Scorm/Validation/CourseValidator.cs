using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Validation;

/// <summary>Stage 3: the course's own rules, each a small named check, all run so one build reports everything.</summary>
internal static class CourseValidator
{
    /// <summary>
    /// The first rules, in the order they report; some read what the rules before them reported. The saved state's
    /// room depends on the target, and without a target (a question bank, coverage, a report: no package is made) the
    /// saved state is no concern.
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
    ];

    /// <summary>The rules that report after <see cref="Rules"/>, in their order: they read the course and its files only.</summary>
    private static readonly Action<Course, CourseSources, DiagnosticBag>[] RulesOfTheCourseAlone =
    [
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
        // The rules of the course alone run on the thread pool, into a bag of their own, while the first run here; their
        // findings are added after the first ones', as when run one after another. Both threads only read the course
        // and its sources, which nothing changes once parsed.
        var alone = new DiagnosticBag();
        var rest = Task.Run(() =>
        {
            foreach (var rule in RulesOfTheCourseAlone)
            {
                rule(course, sources, alone);
            }
        });
        foreach (var rule in Rules(target))
        {
            rule(course, sources, diagnostics);
        }

        rest.GetAwaiter().GetResult();
        foreach (var finding in alone.ToList())
        {
            diagnostics.Add(finding);
        }
    }
}
