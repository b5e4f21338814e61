namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// Every name the compiled page shares with packaging/runtime/player.js (its NAMES object).
/// A test checks that both sides agree; see docs/runtime-contract.md.
/// </summary>
internal static class PlayerNames
{
    public const string LaunchPage = "index.html";

    // Slots the compiler fills in the shell.
    public const string SlotAttribute = "data-slot";
    public const string CourseTitleSlot = "course-title";
    public const string TocSlot = "toc";
    public const string SectionsSlot = "sections";
    public const string CourseDataId = "course-data";
    public const string StringAttribute = "data-string";
    public const string StringAriaLabelAttribute = "data-string-aria-label";

    // Sections.
    public const string SectionClass = "section";
    public const string SectionTitleClass = "section-title";
    public const string SectionAttribute = "data-section";
    public static string SectionElementId(string sectionId) => "s-" + sectionId;
    public static string SectionHeadingId(string sectionId) => "h-" + sectionId;

    // Quizzes.
    public const string QuizClass = "quiz";
    public const string QuizTitleClass = "quiz-title";
    public const string QuizAttribute = "data-quiz";
    public const string QuestionClass = "question";
    public const string QuestionAttribute = "data-question";
    public const string QuestionTypeAttribute = "data-type";
    public const string QuestionPromptClass = "question-prompt";
    public const string QuestionNumberClass = "question-number";
    public const string QuestionStemClass = "question-stem";
    public const string ChoicesClass = "choices";
    public const string ChoiceClass = "choice";
    public const string ChoiceFeedbackClass = "choice-feedback";
    public const string FeedbackForAttribute = "data-feedback-for";
    public const string QuestionFeedbackClass = "question-feedback";
    public const string FeedbackAttribute = "data-feedback";
    public const string QuestionStatusClass = "question-status";
    public const string QuizActionsClass = "quiz-actions";
    public const string QuizSubmitClass = "quiz-submit";
    public const string QuizRetryClass = "quiz-retry";
    public const string QuizResultClass = "quiz-result";
    public const string TextAnswerClass = "text-answer";
    public const string PairsClass = "pairs";
    public const string PairClass = "pair";
    public const string SequenceClass = "sequence";
    public const string SequenceItemClass = "sequence-item";
    public const string SequenceTextClass = "sequence-text";
    public const string ItemAttribute = "data-item";
    public const string MoveUpClass = "move-up";
    public const string MoveDownClass = "move-down";
    public const string HintClass = "question-hint";
    public static string QuizElementId(string sectionId) => "quiz-" + sectionId;
    public static string QuestionElementId(string sectionId, string questionId) => $"q-{sectionId}-{questionId}";
    public static string ChoiceElementId(string sectionId, string questionId, char letter) => $"c-{sectionId}-{questionId}-{letter}";
    public static string InputName(string sectionId, string questionId) => $"{sectionId}.{questionId}";

    // UI string keys the compiler itself uses.
    public const string QuizTitleString = "quizTitle";
    public const string CheckAnswersString = "checkAnswers";
    public const string TryAgainString = "tryAgain";
    public const string TrueString = "true";
    public const string FalseString = "false";
    public const string YourAnswerString = "yourAnswer";
    public const string ChooseOptionString = "chooseOption";
    public const string MoveUpString = "moveUp";
    public const string MoveDownString = "moveDown";
    public const string HintString = "hint";
}
