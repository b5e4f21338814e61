namespace CivilSociety.Scorm.Questions;

/// <summary>
/// A question's answer as question banks see it (Moodle XML, GIFT, QTI 2.1), in shapes that name no question type:
/// each type describes its questions in one of these (<see cref="QuestionType.Describe"/>), and each exporter
/// translates the shapes. Texts are HTML (already through the allow-list) and plain text, in the course language.
/// </summary>
internal abstract record BankQuestion
{
    /// <summary>
    /// The shapes every exporter translates (src/CivilSociety.Scorm/Export/). A type that describes its questions in
    /// another one, or in none, is left out of the exported file with a warning (SCO7001) until the exporters learn it.
    /// </summary>
    public static IReadOnlySet<Type> Exported { get; } = new HashSet<Type>
    {
        typeof(BankChoices), typeof(BankTrueFalse), typeof(BankShortAnswer), typeof(BankNumber), typeof(BankPairs), typeof(BankOrdering),
    };
}

/// <summary>What a question whose type has no form in question banks is described as (its Describe gave null).</summary>
internal sealed record BankNoForm : BankQuestion;

/// <summary>One choice: its SCORM id, its text as HTML and as plain text, whether it is right, and its feedback (HTML).</summary>
internal sealed record BankChoice(string Id, string Html, string Text, bool IsCorrect, string? FeedbackHtml);

/// <summary>Choices, one right (radio buttons) or several, all of which must be picked (check boxes).</summary>
internal sealed record BankChoices(IReadOnlyList<BankChoice> Choices, bool SeveralCorrect) : BankQuestion
{
    public int CorrectCount => Choices.Count(c => c.IsCorrect);
}

/// <summary>A statement that is true or false.</summary>
internal sealed record BankTrueFalse(bool IsTrue) : BankQuestion;

/// <summary>A typed answer, compared with every accepted text (plain), with or without letter case.</summary>
/// <param name="FoldsArabic">The runtime also folds Arabic letter forms and diacritics, which no bank format can.</param>
internal sealed record BankShortAnswer(IReadOnlyList<string> Accepted, bool CaseSensitive, bool FoldsArabic) : BankQuestion;

/// <summary>A number: exact (Min == Max) or any value of an inclusive range.</summary>
internal sealed record BankNumber(decimal Min, decimal Max) : BankQuestion
{
    public bool IsExact => Min == Max;

    /// <summary>The middle of the range and the tolerance either side: how Moodle and GIFT write a range.</summary>
    public decimal Value => (Min + Max) / 2;

    public decimal Tolerance => (Max - Min) / 2;
}

/// <summary>One pair: the left item (id and HTML, text) and the right item it matches (id and plain text; rights may repeat).</summary>
internal sealed record BankPair(string LeftId, string LeftHtml, string LeftText, string RightId, string RightText);

/// <summary>Left items, each matched with one of the right items.</summary>
internal sealed record BankPairs(IReadOnlyList<BankPair> Pairs) : BankQuestion
{
    /// <summary>The distinct right items, in order of first appearance.</summary>
    public IEnumerable<BankPair> DistinctRights => Pairs.DistinctBy(p => p.RightId);
}

/// <summary>Items to put in order, listed in the right order.</summary>
internal sealed record BankOrdering(IReadOnlyList<BankChoice> Items) : BankQuestion;
