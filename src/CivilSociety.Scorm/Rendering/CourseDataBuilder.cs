using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Rendering;

/// <summary>The course as the runtime needs it: ids, weights and correct answers; no prose.</summary>
internal static class CourseDataBuilder
{
    public static CourseData Build(Course course, IReadOnlyDictionary<string, string> strings) => new(
        course.Id,
        course.Title,
        course.Language,
        course.Direction == TextDirection.RightToLeft ? "rtl" : "ltr",
        course.PassingScore,
        [.. course.AllOutcomes.Select(o => new CourseData.OutcomeData(o.Id, o.ParentId))],
        [.. course.Sections.Select(s => new CourseData.SectionData(s.Id, s.Title, s.Quiz is { } quiz ? Quiz(quiz) : null))],
        strings);

    private static CourseData.QuizData Quiz(Quiz quiz) => new(
        [.. quiz.Questions.Select(q => new CourseData.QuestionData(
            q.Id,
            QuestionTypes.Name(q.Type),
            q.Weight,
            [.. q.Outcomes.Select(o => o.Id)],
            [.. q.Choices.Select(c => c.Letter.ToString())],
            [.. q.CorrectChoices.Select(c => c.Letter.ToString())]))]);
}
