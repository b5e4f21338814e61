using System.Globalization;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Rendering;

namespace CivilSociety.Scorm.Xapi;

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
            .ToDictionary(p => $"{p.Section.Id}.{p.Question.Id}", p => QuestionActivity(p.Section, p.Question)),
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
            new ActivityDefinition(ActivityTypes.Assessment, Text($"{strings.GetValueOrDefault(PlayerNames.QuizTitleString, "Quiz")}: {section.Title}")));

    private Activity ObjectiveActivity(Outcome outcome) =>
        new($"{CourseIri}/objectives/{outcome.Id}", new ActivityDefinition(ActivityTypes.Objective, Text(outcome.Text.TrimEnd(':', ' '))));

    private Activity QuestionActivity(Section section, Question question)
    {
        var prompt = markdown.PlainText(question.PromptMarkdown);
        var definition = new ActivityDefinition(
            ActivityTypes.Interaction,
            Text(prompt.Length <= 100 ? prompt : prompt[..99] + "…"),
            Description: Text(prompt),
            InteractionType: QuestionTypes.ScormInteractionType(question.Type),
            CorrectResponsesPattern: CorrectResponses(question));
        definition = question.Type switch
        {
            QuestionType.SingleChoice or QuestionType.MultipleResponse => definition with { Choices = Components(question.Choices) },
            QuestionType.Sequencing => definition with { Choices = Components(question.Choices) },
            QuestionType.Matching => definition with
            {
                Source = [.. question.Pairs.Select(p => new InteractionComponent(p.LeftId.ToString(), Text(markdown.PlainText(p.LeftMarkdown))))],
                Target = [.. question.DistinctRights.Select(p => new InteractionComponent(p.RightId.ToString(), Text(markdown.PlainText(p.RightMarkdown))))],
            },
            _ => definition,
        };
        return new Activity($"{CourseIri}/sections/{section.Id}/quiz/questions/{question.Id}", definition);
    }

    /// <summary>xAPI's response patterns: "a[,]c", "true", "a[.]1[,]b[.]2", "10[:]20"; one pattern per accepted fill-in answer.</summary>
    private IReadOnlyList<string> CorrectResponses(Question question)
    {
        var correct = Answers.Correct(question, markdown);
        return question.Type switch
        {
            QuestionType.TrueFalse => [correct[0] == "t" ? "true" : "false"],
            QuestionType.FillIn => [.. correct.Select(a => question.FillIn.CaseSensitive ? "{case_matters=true}" + a : a)],
            QuestionType.Numeric when question.Numeric is { } n => [n.IsExact ? Number(n.Min) : $"{Number(n.Min)}[:]{Number(n.Max)}"],
            QuestionType.Matching => [string.Join("[,]", question.Pairs.Select(p => $"{p.LeftId}[.]{p.RightId}"))],
            _ => [string.Join("[,]", correct)],
        };
    }

    private List<InteractionComponent> Components(IEnumerable<Choice> choices) =>
        [.. choices.Select(c => new InteractionComponent(c.Letter.ToString(), Text(markdown.PlainText(c.Markdown))))];

    private IReadOnlyDictionary<string, string> Text(string text) => new Dictionary<string, string> { [course.Language] = text };

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
