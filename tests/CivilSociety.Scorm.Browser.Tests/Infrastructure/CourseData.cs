using System.Text.Json;
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

    /// <summary>The course data, with each question's answer key opened from its seal (as the runtime does).</summary>
    public static CourseData Parse(string json)
    {
        var data = JsonSerializer.Deserialize<CourseData>(json, Options) ?? throw new InvalidOperationException("course-data is null");
        return data with
        {
            Sections = [.. data.Sections.Select(s => s.Quiz is null ? s : s with
            {
                Quiz = s.Quiz with { Questions = [.. s.Quiz.Questions.Select(q => q.Opened(data.Seal, s.Id))] },
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
/// A question as the course data describes it. <see cref="Correct"/> by type: the correct letters (single,
/// multiple), "t"/"f" (true-false), the accepted answers (fill-in), [min, max] (numeric), "left.right" pairs
/// (matching), the letters in order (sequencing).
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

    public bool IsMultiple => Type == "multiple";

    /// <summary>single, multiple and true-false: radio buttons or checkboxes with letter values.</summary>
    public bool IsChoice => Type is "single" or "multiple" or "true-false";

    /// <summary>fill-in and numeric: one text box.</summary>
    public bool IsText => Type is "fill-in" or "numeric";

    /// <summary>The values of the choice inputs (true-false: t and f).</summary>
    public IReadOnlyList<string> ChoiceValues => Type == "true-false" ? ["t", "f"] : Choices;

    /// <summary>A right answer, in the form <see cref="Learner.AnswerAsync"/> takes.</summary>
    public IReadOnlyList<string> RightAnswer => Type switch
    {
        "fill-in" or "numeric" => [Correct[0]],
        _ => Correct,
    };

    /// <summary>A wrong answer, in the form <see cref="Learner.AnswerAsync"/> takes.</summary>
    public IReadOnlyList<string> WrongAnswer
    {
        get
        {
            switch (Type)
            {
                case "multiple":
                    var wrongChoices = Choices.Except(Correct).ToList();
                    return wrongChoices.Count > 0 ? wrongChoices : Correct.Take(Correct.Count - 1).ToList();
                case "fill-in":
                    return ["not the answer"];
                case "numeric":
                    var max = decimal.Parse(Correct[^1], System.Globalization.CultureInfo.InvariantCulture);
                    return [(max + 1000).ToString(System.Globalization.CultureInfo.InvariantCulture)];
                case "matching":
                    // Every left item gets the right item of the next pair.
                    var rights = Correct.Select(p => p[(p.IndexOf('.', StringComparison.Ordinal) + 1)..]).ToList();
                    return Correct.Select((p, i) => p[..p.IndexOf('.', StringComparison.Ordinal)] + "." + rights[(i + 1) % rights.Count]).ToList();
                case "sequencing":
                    return Correct.Reverse().ToList();
                default: // single, true-false
                    return ChoiceValues.Except(Correct).Take(1).ToList();
            }
        }
    }
}
