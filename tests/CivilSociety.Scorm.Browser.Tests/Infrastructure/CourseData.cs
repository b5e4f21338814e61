using System.Text.Json;
using System.Text.Json.Nodes;
using CivilSociety.Scorm.Rendering;
using System.Text.Json.Serialization;

namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>The launch page's <c>script#course-data</c> JSON (docs/runtime-contract.md).</summary>
public sealed record CourseData(
    string Id,
    string Title,
    string Language,
    string Direction,
    int PassingScore,
    IReadOnlyList<OutcomeData> Outcomes,
    IReadOnlyList<SectionData> Sections,
    IReadOnlyDictionary<string, string> Strings,
    string? Seal = null)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>
    /// The course data of a launch page (<paramref name="html"/>), with the quizzes of the sections kept out of it
    /// put back from <paramref name="sections"/> (the package's sections.js), each question's answer key opened from
    /// its seal (as the runtime does) and the controls the page shows for it.
    /// </summary>
    public static CourseData Parse(string json, string html, string? sections = null)
    {
        var node = JsonNode.Parse(json) as JsonObject ?? throw new InvalidOperationException("course-data is not an object");
        DeferredSections.Restore(node, sections);
        var data = node.Deserialize<CourseData>(Options) ?? throw new InvalidOperationException("course-data is null");
        var controls = PageControls.Read(html, sections);
        return data with
        {
            Sections = [.. data.Sections.Select(s => s.Quiz is null ? s : s with
            {
                Quiz = s.Quiz with
                {
                    Questions = [.. s.Quiz.Questions.Select(q => controls.TryGetValue(s.Id + "." + q.Id, out var shown)
                        ? q.Opened(data.Seal, s.Id) with { Controls = shown.Controls, ControlValues = shown.Values }
                        : q.Opened(data.Seal, s.Id))],
                },
            })],
        };
    }

    public IEnumerable<SectionData> SectionsWithQuiz => Sections.Where(s => s.Quiz is { Questions.Count: > 0 });

    public IEnumerable<QuestionData> Questions => SectionsWithQuiz.SelectMany(s => s.Quiz!.Questions);

    /// <summary>A UI string by key; fails clearly when the runtime's strings have no such key.</summary>
    public string String(string key) =>
        Strings.TryGetValue(key, out var value)
            ? value
            : throw new KeyNotFoundException($"course-data strings has no '{key}'; it has: {string.Join(", ", Strings.Keys)}");
}

public sealed record OutcomeData(string Id, string? Parent);

public sealed record SectionData(string Id, string Title, QuizData? Quiz);

public sealed record QuizData(
    IReadOnlyList<QuestionData> Questions,
    int? PassingScore = null,
    int? Attempts = null,
    bool ShuffleQuestions = false,
    bool ShuffleChoices = false,
    bool RevealAnswers = false);

public sealed record FillInData(bool CaseSensitive, bool NormalizeArabic, int MaxLength);

/// <summary>
/// A question as the course data describes it, with the controls the page shows for it. <see cref="Correct"/> is
/// what the answer key holds: the values to pick (radio buttons, check boxes), the accepted texts or [min, max] (a
/// text box), "left.right" pairs (select lists), the items in order (an order list).
/// </summary>
public sealed record QuestionData(
    string Id,
    string Type,
    int Weight,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> Choices,
    IReadOnlyList<string>? Correct = null,
    string? ScormType = null,
    string? CorrectPattern = null,
    FillInData? FillIn = null,
    string? Sealed = null)
{
    /// <summary>The correct answers, from the sealed answer key.</summary>
    public IReadOnlyList<string> Correct { get; init; } = Correct ?? [];

    /// <summary>This question with its answer key opened (docs/answer-keys.md), read here from the format itself.</summary>
    public QuestionData Opened(string? seal, string sectionId)
    {
        if (seal is null || Sealed is null)
        {
            return this;
        }

        var key = SealedKey.Open(seal, sectionId + "." + Id, Sealed);
        return this with
        {
            Correct = [.. key.GetProperty("correct").EnumerateArray().Select(c => c.GetString()!)],
            CorrectPattern = key.GetProperty("pattern").GetString(),
        };
    }

    /// <summary>What the page answers it with (read from its markup, not from its type's name).</summary>
    public AnswerControls Controls { get; init; }

    /// <summary>The values of its radio buttons or check boxes, in page order.</summary>
    public IReadOnlyList<string> ControlValues { get; init; } = [];

    public bool IsMultiple => Controls == AnswerControls.Checkboxes;

    /// <summary>Radio buttons or check boxes.</summary>
    public bool IsChoice => Controls is AnswerControls.Radios or AnswerControls.Checkboxes;

    /// <summary>One text box, for words or a number.</summary>
    public bool IsText => Controls is AnswerControls.TextBox or AnswerControls.NumberBox;

    /// <summary>The values of the choice inputs: the course data's choices (in course order) or, without them, the page's (t and f).</summary>
    public IReadOnlyList<string> ChoiceValues => Choices.Count > 0 ? Choices : ControlValues;

    /// <summary>A right answer, in the form <see cref="Learner.AnswerAsync"/> takes.</summary>
    public IReadOnlyList<string> RightAnswer => IsText ? [Correct[0]] : Correct;

    /// <summary>A wrong answer, in the form <see cref="Learner.AnswerAsync"/> takes.</summary>
    public IReadOnlyList<string> WrongAnswer
    {
        get
        {
            switch (Controls)
            {
                case AnswerControls.Checkboxes:
                    var wrongChoices = ChoiceValues.Except(Correct).ToList();
                    return wrongChoices.Count > 0 ? wrongChoices : Correct.Take(Correct.Count - 1).ToList();
                case AnswerControls.TextBox:
                    return ["not the answer"];
                case AnswerControls.NumberBox:
                    var max = decimal.Parse(Correct[^1], System.Globalization.CultureInfo.InvariantCulture);
                    return [(max + 1000).ToString(System.Globalization.CultureInfo.InvariantCulture)];
                case AnswerControls.Selects:
                    // Every left item gets the right item of the next pair.
                    var rights = Correct.Select(p => p[(p.IndexOf('.', StringComparison.Ordinal) + 1)..]).ToList();
                    return Correct.Select((p, i) => p[..p.IndexOf('.', StringComparison.Ordinal)] + "." + rights[(i + 1) % rights.Count]).ToList();
                case AnswerControls.OrderList:
                    return Correct.Reverse().ToList();
                default: // radio buttons
                    return ChoiceValues.Except(Correct).Take(1).ToList();
            }
        }
    }
}
