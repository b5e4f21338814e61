namespace CivilSociety.Scorm.Model;

/// <summary>
/// What the compiler knows of a quiz's pool without drawing: which questions can fill which place, and how many
/// questions on each outcome an attempt shows. The draw itself is the runtime's (packaging/runtime/src/quiz/draw.js,
/// docs/question-pools.md); these facts follow the same rules: a question fills an outcome's place when it assesses
/// that outcome or one below it, questions of one group are never shown together, and without fixed counts every
/// outcome written on the quiz's questions gets a place when the draw is large enough.
/// </summary>
internal sealed class QuestionPool
{
    private readonly IReadOnlyDictionary<string, string?> _parents;

    public QuestionPool(Course course, Quiz quiz)
    {
        Quiz = quiz;
        _parents = course.AllOutcomes.GroupBy(o => o.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().ParentId, StringComparer.Ordinal);
    }

    public Quiz Quiz { get; }

    public QuestionDraw? Draw => Quiz.Draw;

    /// <summary>The outcomes the balanced draw covers: each one written on the quiz's questions, in order of first use.</summary>
    public IReadOnlyList<string> WrittenOutcomes =>
        [.. Quiz.Questions.SelectMany(q => q.Outcomes).Select(r => r.Id).Distinct(StringComparer.Ordinal)];

    /// <summary>Whether the question assesses the outcome or one below it.</summary>
    public bool Assesses(Question question, string outcomeId) =>
        question.Outcomes.Any(r => IsAtOrBelow(r.Id, outcomeId));

    public IReadOnlyList<Question> QuestionsOn(string outcomeId) => [.. Quiz.Questions.Where(q => Assesses(q, outcomeId))];

    /// <summary>How many of these questions can be shown together: each group counts once.</summary>
    public static int Drawable(IEnumerable<Question> questions) =>
        questions.Select((q, i) => q.Group ?? "\0" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct(StringComparer.Ordinal).Count();

    /// <summary>
    /// How many questions on the outcome (or one below it) an attempt shows, at least and at most; every question
    /// when the quiz has no draw=.
    /// </summary>
    public (int Least, int Most) PerAttempt(string outcomeId)
    {
        var on = QuestionsOn(outcomeId);
        if (Draw is not { } draw)
        {
            return (on.Count, on.Count);
        }

        if (draw.IsPerOutcome)
        {
            // Its own shares (its own count, and those of outcomes below it) for certain; another share may draw a
            // question that assesses it too, up to that share's count.
            var own = draw.Shares.Where(s => IsAtOrBelow(s.Outcome.Id, outcomeId)).Sum(s => s.Count);
            var others = draw.Shares.Where(s => !IsAtOrBelow(s.Outcome.Id, outcomeId))
                .Sum(s => Math.Min(s.Count, Drawable(on.Where(q => Assesses(q, s.Outcome.Id)))));
            var upTo = Math.Min(Drawable(on), own + others);
            return (Math.Min(own, upTo), upTo);
        }

        var most = Math.Min(draw.Count, Drawable(on));
        var covered = WrittenOutcomes.Any(o => IsAtOrBelow(o, outcomeId));
        var least = covered && draw.Count >= WrittenOutcomes.Count && on.Count > 0 ? 1 : 0;
        return (least, most);
    }

    private bool IsAtOrBelow(string id, string ancestor)
    {
        for (var depth = 0; id is not null && depth < 50; depth++)
        {
            if (id == ancestor)
            {
                return true;
            }

            id = _parents.GetValueOrDefault(id)!;
        }

        return false;
    }
}
