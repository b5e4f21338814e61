using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Questions;
using CivilSociety.Scorm.Xapi;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// cmi.interactions.n.correct_responses.0.pattern in SCORM 2004's syntax: choice "a[,]b", true-false "true",
/// fill-in "{case_matters=true}text" when case matters, numeric "min[:]max", matching "a[.]1[,]b[.]2", sequencing
/// "a[,]b". xAPI took its correctResponsesPattern from SCORM 2004, so each question type's xAPI definition already
/// spells it: the first of its patterns is the one the runtime writes.
/// </summary>
internal static class Scorm2004Patterns
{
    private const string NumericType = "numeric";
    private const string RangeSeparator = "[:]";

    public static string Of(Question question, MarkdownHtml markdown, string language)
    {
        var type = question.Type;
        var bare = new ActivityDefinition(ActivityTypes.Interaction, new Dictionary<string, string>(), InteractionType: type.InteractionType);
        var patterns = type.XapiDefinition(question.Answer, bare, new XapiText(markdown, language)).CorrectResponsesPattern;
        var first = patterns is [var one, ..] ? one : "";
        // xAPI writes an exact number alone; SCORM 2004's numeric pattern is a range, so "4" is "4[:]4".
        return type.InteractionType == NumericType && !first.Contains(RangeSeparator, StringComparison.Ordinal) && first.Length > 0
            ? first + RangeSeparator + first
            : first;
    }
}
