using System.Globalization;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Rendering;

/// <summary>The correct answer of a question, as the runtime compares it and as SCORM 1.2 records it.</summary>
internal static class Answers
{
    /// <summary>cmi.interactions.n.student_response and correct_responses are CMIFeedback: at most 255 characters.</summary>
    public const int MaxPatternLength = 255;

    public static IReadOnlyList<string> Correct(Question question, MarkdownHtml markdown) => question.Type switch
    {
        QuestionType.SingleChoice or QuestionType.MultipleResponse => [.. question.CorrectChoices.Select(c => c.Letter.ToString())],
        QuestionType.TrueFalse => [question.TrueFalseAnswer == false ? "f" : "t"],
        QuestionType.FillIn => [.. question.Choices.Select(c => markdown.PlainText(c.Markdown))],
        QuestionType.Numeric when question.Numeric is { } numeric => [Number(numeric.Min), Number(numeric.Max)],
        QuestionType.Matching => [.. question.Pairs.Select(p => $"{p.LeftId}.{p.RightId}")],
        QuestionType.Sequencing => [.. question.Choices.Select(c => c.Letter.ToString())],
        _ => [],
    };

    /// <summary>
    /// correct_responses.0.pattern in SCORM 1.2 form: choice "a,c"; true-false "t"; fill-in the first accepted answer;
    /// numeric the number (a range is recorded by its lower bound, as 1.2 has no range pattern); matching "a.1,b.2";
    /// sequencing "a,b,c".
    /// </summary>
    public static string CorrectPattern(Question question, IReadOnlyList<string> correct)
    {
        var pattern = question.Type switch
        {
            QuestionType.FillIn or QuestionType.Numeric or QuestionType.TrueFalse => correct.FirstOrDefault() ?? "",
            _ => string.Join(',', correct),
        };
        return pattern.Length <= MaxPatternLength ? pattern : pattern[..MaxPatternLength];
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
