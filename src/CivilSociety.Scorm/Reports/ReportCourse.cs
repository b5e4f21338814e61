using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Export;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Questions;

namespace CivilSociety.Scorm.Reports;

/// <summary>An outcome as the report shows it: id, text, depth in the tree, and the outcomes it counts (itself and those below).</summary>
internal sealed record ReportOutcome(string Id, string Text, int Depth, IReadOnlySet<string> SelfAndBelow);

/// <summary>
/// What the report matches records against: the course's questions by interaction id (SECTION.QUESTION, as Moodle's
/// report and the xAPI statements name them) with their bank entry, and its outcomes by id (the objective ids).
/// </summary>
internal sealed class ReportCourse
{
    public ReportCourse(Course course, BankCourse bank, IReadOnlyDictionary<string, string> strings)
    {
        Id = course.Id;
        Title = course.Title;
        Language = course.Language;
        IsRightToLeft = course.Direction == TextDirection.RightToLeft;
        PassingScore = course.PassingScore;
        Strings = strings;
        Questions = bank.AllEntries.ToDictionary(e => e.Entry.Id, e => (e.Section, e.Entry), StringComparer.Ordinal);
        Outcomes = [.. Flatten(course.Outcomes, 0)];
        QuestionIds = [.. Questions.Keys];
        _questionIndex = QuestionIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var sections = bank.Sections.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        QuizOf = [.. QuestionIds.Select(id => sections[Questions[id].Section.Id])];
        QuizCount = sections.Count;
        IsPool = [.. bank.Sections.Select(s => s.Draw is not null)];
        _outcomeQuestions = [.. Outcomes.Select(o => (IReadOnlyList<int>)[.. QuestionIds.Select((id, i) => (Questions[id].Entry, i))
            .Where(q => q.Entry.Outcomes.Any(a => o.SelfAndBelow.Contains(a.Id))).Select(q => q.i)])];
    }

    private readonly Dictionary<string, int> _questionIndex;
    private readonly IReadOnlyList<int>[] _outcomeQuestions;

    public string Id { get; }

    public string Title { get; }

    public string Language { get; }

    public bool IsRightToLeft { get; }

    public int PassingScore { get; }

    /// <summary>The player's interface texts in the course language (true, false...), for responses shown in words.</summary>
    public IReadOnlyDictionary<string, string> Strings { get; }

    public IReadOnlyDictionary<string, (BankSection Section, BankEntry Entry)> Questions { get; }

    public IReadOnlyList<ReportOutcome> Outcomes { get; }

    /// <summary>Per quiz: whether it draws its questions from a pool, so that a submitted attempt records only those it showed.</summary>
    public IReadOnlyList<bool> IsPool { get; }

    /// <summary>The questions' interaction ids in the course's order: a question's position is its number in the report's tallies.</summary>
    public IReadOnlyList<string> QuestionIds { get; }

    /// <summary>The quiz (the section's position among the bank's sections) each question belongs to, by question position.</summary>
    public IReadOnlyList<int> QuizOf { get; }

    public int QuizCount { get; }

    public bool HasOutcome(string id) => Outcomes.Any(o => o.Id == id);

    /// <summary>The position of a question by its interaction id (SECTION.QUESTION); -1 when it is none of this course's.</summary>
    public int IndexOf(string interactionId) => _questionIndex.TryGetValue(interactionId, out var index) ? index : -1;

    /// <summary>The positions of the questions that assess the outcome (by its position in <see cref="Outcomes"/>) or one below it.</summary>
    public IReadOnlyList<int> QuestionsOf(int outcome) => _outcomeQuestions[outcome];

    public BankEntry Entry(int question) => Questions[QuestionIds[question]].Entry;

    /// <summary>A response in words: choices by their text, pairs as "left → right", an order as "a → b → c".</summary>
    public string Describe(string interactionId, string response)
    {
        if (!Questions.TryGetValue(interactionId, out var question))
        {
            return response;
        }

        var parts = response.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return question.Entry.Shape switch
        {
            BankChoices choices => string.Join("; ", parts.Select(id => choices.Choices.FirstOrDefault(c => c.Id == id)?.Text ?? id)),
            BankOrdering ordering => string.Join(" → ", parts.Select(id => ordering.Items.FirstOrDefault(c => c.Id == id)?.Text ?? id)),
            BankPairs pairs => string.Join("; ", parts.Select(part => part.Split('.') is [var left, var right]
                ? $"{pairs.Pairs.FirstOrDefault(p => p.LeftId == left)?.LeftText ?? left} → {pairs.Pairs.FirstOrDefault(p => p.RightId == right)?.RightText ?? right}"
                : part)),
            BankTrueFalse => response switch
            {
                "t" or "true" => Strings.GetValueOrDefault(RuntimeContract.Strings.True, "true"),
                "f" or "false" => Strings.GetValueOrDefault(RuntimeContract.Strings.False, "false"),
                _ => response,
            },
            _ => response,
        };
    }

    private static IEnumerable<ReportOutcome> Flatten(IEnumerable<Outcome> outcomes, int depth)
    {
        foreach (var outcome in outcomes)
        {
            yield return new ReportOutcome(outcome.Id, outcome.Text, depth, outcome.SelfAndDescendants().Select(o => o.Id).ToHashSet(StringComparer.Ordinal));
            foreach (var below in Flatten(outcome.Children, depth + 1))
            {
                yield return below;
            }
        }
    }
}
