namespace CivilSociety.Scorm.Model;

/// <summary>What the author set on the <c>::: quiz {...}</c> line.</summary>
/// <param name="PassingScore">The quiz's own passing score; null: the course's.</param>
/// <param name="Attempts">How many times the learner may check the quiz; null: unlimited.</param>
/// <param name="ShuffleQuestions">Show questions in an order of the learner's own, stable across relaunches.</param>
/// <param name="ShuffleChoices">Likewise for the choices of each question.</param>
/// <param name="RevealAnswers">Show the correct answers after the last attempt.</param>
internal sealed record QuizSettings(int? PassingScore, int? Attempts, bool ShuffleQuestions, bool ShuffleChoices, bool RevealAnswers)
{
    public static readonly QuizSettings Default = new(null, null, false, false, true);

    /// <summary>The quiz's own title (<c>title="..."</c>); null: the player's "Check your understanding".</summary>
    public string? Title { get; init; }
}
