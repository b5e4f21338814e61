using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Rendering;

namespace CivilSociety.Scorm.Validation;

/// <summary>
/// The longest cmi.suspend_data the runtime can write for a course, from the encoding in
/// docs/runtime-contract.md (version 2), so that a course that could overflow SCORM 1.2's limit never builds.
/// </summary>
internal static class SuspendDataBudget
{
    /// <summary>SCORM 1.2: cmi.suspend_data is a CMIString4096.</summary>
    public const int Limit = 4096;

    /// <summary>Characters the runtime escapes in typed answers (% . ~ |) become three (%25).</summary>
    private const int EscapedCharacter = 3;

    /// <summary>The runtime stops counting attempts at "zz" in base 36.</summary>
    public const int MaxCountedAttempts = 1295;

    public static int WorstCase(Course course)
    {
        var sections = course.Sections.Count;
        var quizzes = course.Sections.Select(s => s.Quiz).OfType<Quiz>().ToList();

        // "2|" + visited + "|" + bookmark + "|" + quizzes joined by "~"
        var total = 2 + sections + 1 + Base36Digits(Math.Max(sections - 1, 0)) + 1;
        total += Math.Max(quizzes.Count - 1, 0);
        foreach (var quiz in quizzes)
        {
            // attempts "." checked, then "." + answer per question
            total += Base36Digits(quiz.Settings.Attempts ?? MaxCountedAttempts) + 1 + 1;
            total += quiz.Questions.Sum(q => 1 + WorstAnswer(q));
        }

        // With xAPI on: "|" + the registration's 32 hex digits, so that a relaunch continues the same registration.
        if (course.Xapi is not null)
        {
            total += 1 + 32;
        }

        return total;
    }

    public static int WorstAnswer(Question question) => question.Type switch
    {
        QuestionType.SingleChoice or QuestionType.TrueFalse => 1,
        QuestionType.MultipleResponse => question.Choices.Count,
        QuestionType.FillIn => question.FillIn.MaxLength * EscapedCharacter,
        QuestionType.Numeric => QuizRenderer.NumericMaxLength,
        QuestionType.Matching => question.Pairs.Count,
        QuestionType.Sequencing => question.Choices.Count,
        _ => 0,
    };

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
