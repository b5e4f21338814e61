namespace CivilSociety.Scorm.Diagnostics;

// Diff: comparing two packages of a course (Republishing/; `civil-scorm diff OLD.zip NEW.zip`, `build --previous`):
// the SCO9xxx codes. An error means learners in progress or the LMS's records would be lost by the update.
internal static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor DiffUnreadable = new("SCO9001", Error,
        "'{0}' cannot be compared: {1}", "compare two zips built by civil-scorm (build writes them)");
    public static readonly DiagnosticDescriptor DiffManifestIdentifier = new("SCO9003", Error,
        "the course's id, and with it the manifest identifier, changes from '{0}' to '{1}': Moodle deletes every learner's attempts on 'Update package' when it does, and saved states are not found", "keep the course's id in course.yml as it was: it is what the LMS and every learner's saved state know the course by");
    public static readonly DiagnosticDescriptor DiffTarget = new("SCO9004", Error,
        "the package changes from {0} to {1}: an LMS activity cannot be updated from one to the other, and no learner's record carries over", "build with --target as before, or publish the new package as a new activity");
    public static readonly DiagnosticDescriptor DiffCompactState = new("SCO9005", Error,
        "learners who started on the previous package lose all their progress: its saved state ({0}) cannot be read once {1}", "leave the sections, questions, choices and attempts as they were until those learners finish, or accept that they start again (docs/republishing.md)");
    public static readonly DiagnosticDescriptor DiffVersionUnchanged = new("SCO9006", Warning,
        "the course version is '{0}' in both packages", "raise version in course.yml (for example to the next minor number), so that the LMS and teachers can tell the packages apart");
    public static readonly DiagnosticDescriptor DiffPassingScore = new("SCO9007", Warning,
        "the {0} changes from {1} to {2}: learners' pass or fail is judged again on their next launch", "keep the passing score while learners are in progress, or tell them");
    public static readonly DiagnosticDescriptor DiffOutcomes = new("SCO9008", Warning,
        "the outcomes change ({0}): the LMS's objective ids change with them", "keep outcome ids as they were; an LMS keeps the rows of removed objectives in its reports");
    public static readonly DiagnosticDescriptor DiffSectionRemoved = new("SCO9009", Warning,
        "section '{0}' is removed: learners lose it as seen{1}", "keep the section while learners are in progress, or accept the loss");
    public static readonly DiagnosticDescriptor DiffSectionAdded = new("SCO9010", Warning,
        "section '{0}' is new: learners who had finished the course are incomplete again until they read it", "add sections between cohorts of learners where you can");
    public static readonly DiagnosticDescriptor DiffQuestionRemoved = new("SCO9011", Warning,
        "question '{0}' is removed: learners who answered it lose that answer, and its interaction id no longer appears in reports", "keep the question while learners are in progress, or accept the loss");
    public static readonly DiagnosticDescriptor DiffQuestionAdded = new("SCO9012", Warning,
        "question '{0}' is new: learners who had checked its quiz find it open again, with an attempt left to answer it", "add questions between cohorts of learners where you can");
    public static readonly DiagnosticDescriptor DiffQuestionReset = new("SCO9013", Warning,
        "question '{0}' is reset for learners who {1}", "{2}");
    public static readonly DiagnosticDescriptor DiffLettersChanged = new("SCO9014", Warning,
        "the choices of question '{0}' are lettered anew ({1}): learners keep their answers, but the LMS's interaction reports of the two versions give different letters for the same choice", "add choices at the end of the list, and leave the order as it was, so that each keeps its letter");
    public static readonly DiagnosticDescriptor DiffScoreChanged = new("SCO9015", Warning,
        "question '{0}' changes its {1}: learners who answered it are scored again on their next launch, and may pass or fail where they did not", "make sure the change is a correction every learner should get");
    public static readonly DiagnosticDescriptor DiffAttemptsLowered = new("SCO9016", Warning,
        "the quiz of section '{0}' allows {2} attempts instead of {1}: learners who used more have none left", "lower the attempts limit between cohorts of learners");
    public static readonly DiagnosticDescriptor DiffPromptChanged = new("SCO9017", Warning,
        "the question '{0}' is reworded: learners keep their answers to it", "if it now asks something else, give it a new id, so that earlier answers are not kept for it");
    public static readonly DiagnosticDescriptor DiffNoSnapshot = new("SCO9018", Warning,
        "'{0}' was built by an earlier release: the wording of its questions and choices is not compared, only its manifest and course data", "compare packages built by this release where you can");
    public static readonly DiagnosticDescriptor DiffQuizReset = new("SCO9019", Warning,
        "the quiz of section '{0}' is reset for every learner who answered it ({1}): the course is too large to keep its answers one by one, so a quiz whose questions or choices change starts afresh as a whole (their attempts are kept)", "leave the quiz's questions and choices as they were while learners are in progress, or make the course smaller (fewer sections and questions) so that it gets the keyed saved state answer by answer (docs/republishing.md)");
}
