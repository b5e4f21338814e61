namespace CivilSociety.Scorm.Contract;

/// <summary>
/// The element ids and input names the page is built with, put together from the contract's parts so that the
/// runtime (which reads the same parts) finds every element: s-SECTION, q-SECTION-QUESTION, c-SECTION-QUESTION-a.
/// </summary>
internal static class PageIds
{
    public static string Section(string sectionId) => RuntimeContract.Ids.SectionPrefix + sectionId;

    public static string SectionHeading(string sectionId) => RuntimeContract.Ids.SectionHeadingPrefix + sectionId;

    public static string Quiz(string sectionId) => RuntimeContract.Ids.QuizPrefix + sectionId;

    public static string Question(string sectionId, string questionId) =>
        RuntimeContract.Ids.QuestionPrefix + sectionId + RuntimeContract.Ids.Separator + questionId;

    public static string Choice(string sectionId, string questionId, char letter) =>
        RuntimeContract.Ids.ChoicePrefix + sectionId + RuntimeContract.Ids.Separator + questionId + RuntimeContract.Ids.Separator + letter;

    public static string InputName(string sectionId, string questionId) => sectionId + RuntimeContract.Ids.InputNameSeparator + questionId;

    /// <summary>cmi.interactions.n.id and the key of a question everywhere else: SECTION.QUESTION.</summary>
    public static string Interaction(string sectionId, string questionId) => sectionId + RuntimeContract.Ids.InteractionSeparator + questionId;
}
