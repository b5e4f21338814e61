using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Validation;

/// <summary>Stage 3: the course's own rules, each a small named check, all run so one build reports everything.</summary>
internal static class CourseValidator
{
    private static readonly Action<Course, CourseSources, DiagnosticBag>[] Rules =
    [
        CourseRules.IdsAreWellFormed,
        CourseRules.LanguageIsWellFormed,
        CourseRules.PlayerSpeaksTheLanguage,
        CourseRules.PassingScoreIsInRange,
        CourseRules.TitlesFitTheManifest,
        CourseRules.OutcomeIdsAreUnique,
        CourseRules.SectionIdsAreUnique,
        CourseRules.SectionsHaveContent,
        QuizRules.QuizzesHaveQuestions,
        QuizRules.QuestionsHavePrompts,
        QuizRules.QuestionIdsAreUniqueInSection,
        QuizRules.AnswersAreWellFormed,
        QuizRules.SavedStateFitsSuspendData,
        QuizRules.OutcomeReferencesExist,
        QuizRules.EveryOutcomeIsAssessed,
        LinkRules.LinksResolveInsideTheCourse,
        LinkRules.BundledNamesDifferBeyondCase,
        BundledFileRules.BundledFilesRunNoCode,
        HtmlRules.RawHtmlIsOnTheAllowList,
        HtmlRules.MarkdownAttributesRunNoCode,
        XapiRules.AddressesAreAbsolute,
    ];

    public static void Validate(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var rule in Rules)
        {
            rule(course, sources, diagnostics);
        }
    }
}
