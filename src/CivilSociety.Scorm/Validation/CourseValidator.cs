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
        // The rules of the course alone run on the thread pool while the first run here, and this thread takes those not
        // begun once it is done: each into a bag of its own, added after the first ones' in the list's order, as when
        // run one after another. Both threads only read the course and its sources, which nothing changes once parsed.
        var alone = new DiagnosticBag[RulesOfTheCourseAlone.Length];
        var claimed = -1;
        void RunTheRulesOfTheCourseAlone()
        {
            for (var i = Interlocked.Increment(ref claimed); i < alone.Length; i = Interlocked.Increment(ref claimed))
            {
                RulesOfTheCourseAlone[i](course, sources, alone[i] = new DiagnosticBag());
            }
        }

        var rest = Task.Run(RunTheRulesOfTheCourseAlone);
        foreach (var rule in Rules(target))
        {
            rule(course, sources, diagnostics);
        }

        RunTheRulesOfTheCourseAlone();
        rest.GetAwaiter().GetResult();
        foreach (var bag in alone)
        {
            foreach (var finding in bag.ToList())
            {
                diagnostics.Add(finding);
            }
        }
    }
}
