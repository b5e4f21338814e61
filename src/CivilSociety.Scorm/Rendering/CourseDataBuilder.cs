using System.Text.Json;
using System.Text.Json.Nodes;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Questions;

namespace CivilSociety.Scorm.Rendering;

/// <summary>The course as the runtime needs it: ids, weights and correct answers, no prose beyond accepted answers.</summary>
internal static class CourseDataBuilder
{
    public static CourseData Build(Course course, IReadOnlyDictionary<string, string> strings, MarkdownHtml markdown, JsonNode? xapi) => new(
        course.Id,
        course.Title,
        course.Language,
        course.Direction == TextDirection.RightToLeft ? "rtl" : "ltr",
        course.PassingScore,
        [.. course.AllOutcomes.Select(o => new CourseData.OutcomeData(o.Id, o.ParentId))],
        [.. course.Sections.Select(s => new CourseData.SectionData(s.Id, s.Title, s.Quiz is { } quiz ? Quiz(course, quiz, markdown) : null))],
        strings,
        xapi);

    private static CourseData.QuizData Quiz(Course course, Quiz quiz, MarkdownHtml markdown) => new(
        quiz.Settings.PassingScore,
        quiz.Settings.Attempts,
        quiz.Settings.ShuffleQuestions,
        quiz.Settings.ShuffleChoices,
        quiz.Settings.RevealAnswers,
        [.. quiz.Questions.Select(q => Question(q, markdown))]);

    private static CourseData.QuestionData Question(Question question, MarkdownHtml markdown)
    {
        var type = QuestionTypeRegistry.Of(question);
        var key = type.Key(question, markdown);
        var settings = type.RuntimeSettings(question)
            .ToDictionary(pair => pair.Key, pair => JsonSerializer.SerializeToElement(pair.Value, RenderingJsonContext.Default.JsonNode));
        return new CourseData.QuestionData(
            question.Id,
            type.Name,
            type.InteractionType,
            question.Weight,
            [.. question.Outcomes.Select(o => o.Id)],
            type.ChoiceIds(question),
            key.Correct,
            key.Pattern)
        {
            Settings = settings.Count > 0 ? settings : null,
        };
    }
}
