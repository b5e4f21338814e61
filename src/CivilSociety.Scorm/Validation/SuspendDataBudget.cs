using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Questions;

namespace CivilSociety.Scorm.Validation;

/// <summary>
/// The longest cmi.suspend_data the runtime can write for a course, from the encoding in
/// docs/runtime-contract.md (version 2), so that a course that could overflow SCORM 1.2's limit never builds.
/// A test encodes the same worst case with the runtime's own codec and checks that both agree.
/// </summary>
internal static class SuspendDataBudget
{
    /// <summary>SCORM 1.2: cmi.suspend_data is a CMIString4096.</summary>
    public const int Limit = RuntimeContract.SavedState.Limit;

    public static int WorstCase(Course course)
    {
        var sections = course.Sections.Count;
        var quizzes = course.Sections.Select(s => s.Quiz).OfType<Quiz>().ToList();

        // version "|" visited "|" bookmark "|" quizzes joined by "~"
        var total = RuntimeContract.SavedState.Version.Length + 1 + sections + 1 + Base36Digits(Math.Max(sections - 1, 0)) + 1;
        total += Math.Max(quizzes.Count - 1, 0);
        foreach (var quiz in quizzes)
        {
            // attempts "." checked, then "." + answer per question
            total += Base36Digits(quiz.Settings.Attempts ?? RuntimeContract.SavedState.MaxCountedAttempts) + 1 + 1;
            total += quiz.Questions.Sum(q => 1 + QuestionTypeRegistry.Of(q).LongestSavedAnswer(q));
        }

        // With xAPI on: "|" + the registration's 32 hex digits, so that a relaunch continues the same registration.
        if (course.Xapi is not null)
        {
            total += 1 + 32;
        }

        return total;
    }

    private static int Base36Digits(int value)
    {
        var digits = 1;
        while (value >= 36)
        {
            value /= 36;
            digits++;
        }

        return digits;
    }
}
