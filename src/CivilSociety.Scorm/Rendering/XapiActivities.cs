using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Questions;
using CivilSociety.Scorm.Xapi;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// Activity IRIs and definitions for a course, in its language, from stable ids (never titles or positions):
/// {base}/courses/{course}, …/sections/{section}, …/sections/{section}/quiz, …/quiz/questions/{question},
/// {base}/courses/{course}/objectives/{outcome}.
/// </summary>
internal sealed class XapiActivities(Course course, XapiSettings settings, IReadOnlyDictionary<string, string> strings, MarkdownHtml markdown)
{
    /// <summary>What the runtime reports as context.platform.</summary>
    public static readonly string Platform = "CivilSociety.Scorm " + typeof(XapiActivities).Assembly.GetName().Version!.ToString(3) + " (SCORM 1.2 runtime)";

    private string CourseIri => $"{settings.ActivityBase}/courses/{course.Id}";

    public XapiPackageData Build() => new(
        settings.Endpoint,
        settings.Auth,
        settings.HomePage,
        settings.SendName,
        Platform,
        course.Language,
        course.PassingScore / 100m,
        CourseActivity(),
        course.Sections.ToDictionary(s => s.Id, SectionActivity),
        course.Sections.Where(s => s.Quiz is not null).ToDictionary(s => s.Id, QuizActivity),
        course.Sections.SelectMany(s => (s.Quiz?.Questions ?? []).Select(q => (Section: s, Question: q)))
            .ToDictionary(p => PageIds.Interaction(p.Section.Id, p.Question.Id), p => QuestionActivity(p.Section, p.Question)),
        course.AllOutcomes.ToDictionary(o => o.Id, ObjectiveActivity));

    public IEnumerable<Activity> All()
    {
        var data = Build();
        return new[] { data.Course }.Concat(data.Sections.Values).Concat(data.Quizzes.Values).Concat(data.Questions.Values).Concat(data.Objectives.Values);
    }

    public Activity CourseActivity() => new(CourseIri, new ActivityDefinition(ActivityTypes.Course, Text(course.Title)));

    private Activity SectionActivity(Section section) =>
        new($"{CourseIri}/sections/{section.Id}", new ActivityDefinition(ActivityTypes.Lesson, Text(section.Title)));

    private Activity QuizActivity(Section section) =>
        new($"{CourseIri}/sections/{section.Id}/quiz",
            new ActivityDefinition(ActivityTypes.Assessment, Text($"{strings.GetValueOrDefault(RuntimeContract.Strings.QuizTitle, "Quiz")}: {section.Title}")));

    private Activity ObjectiveActivity(Outcome outcome) =>
        new($"{CourseIri}/objectives/{outcome.Id}", new ActivityDefinition(ActivityTypes.Objective, Text(outcome.Text.TrimEnd(':', ' '))));

    /// <summary>A question's activity, without its correct responses: those are sealed with its answer key.</summary>
    private Activity QuestionActivity(Section section, Question question) =>
        new($"{CourseIri}/sections/{section.Id}/quiz/questions/{question.Id}", Definition(question) with { CorrectResponsesPattern = null });

    /// <summary>The correctResponsesPattern of a question: sealed in the page, added to its statements by the runtime.</summary>
    public IReadOnlyList<string>? CorrectResponses(Question question) => Definition(question).CorrectResponsesPattern;

    private ActivityDefinition Definition(Question question)
    {
        var type = question.Type;
        var prompt = markdown.PlainText(question.PromptMarkdown);
        var common = new ActivityDefinition(
            ActivityTypes.Interaction,
            Text(prompt.Length <= 100 ? prompt : prompt[..99] + "…"),
            Description: Text(prompt),
            InteractionType: type.InteractionType);
        return type.XapiDefinition(question.Answer, common, new XapiText(markdown, course.Language));
    }

    private IReadOnlyDictionary<string, string> Text(string text) => new Dictionary<string, string> { [course.Language] = text };
}
