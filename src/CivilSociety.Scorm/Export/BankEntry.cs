using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Questions;

namespace CivilSociety.Scorm.Export;

/// <summary>An outcome a question assesses: its id and its text, as course.yml declares them.</summary>
internal sealed record BankOutcome(string Id, string Text);

/// <summary>
/// One question as every exporter takes it: what all questions have (the interaction id, texts as HTML, weight,
/// outcomes) and its answer in a neutral shape (<see cref="Shape"/>, described by its question type).
/// </summary>
/// <param name="Id">SECTION.QUESTION: the SCORM interaction id, kept as the bank question's id number.</param>
/// <param name="Name">The question's name in a bank: its prompt as plain text, cut to a length banks show.</param>
/// <param name="TextHtml">The prompt and the stem, as HTML.</param>
internal sealed record BankEntry(
    string Id,
    string Name,
    string TextHtml,
    BankQuestion Shape,
    int Weight,
    string? HintHtml,
    string? CorrectHtml,
    string? IncorrectHtml,
    IReadOnlyList<BankOutcome> Outcomes,
    Question Question)
{
    /// <summary>The correct answer as the runtime judges it (the question type's key); null: not known.</summary>
    public AnswerKey? Key { get; init; }

    /// <summary>
    /// Whether a SCORM 1.2 response ("a,c", "t", "a.1,b.2", "15", the text) answers this question right, judged by
    /// its question type (<see cref="QuestionType.Judge"/>): for a report whose result column is empty or was not
    /// downloaded. Moodle's "Right answer N" is no help there (a range is "10[:]20", a short answer has several
    /// spellings). Null: the course cannot tell.
    /// </summary>
    public bool? Judge(string response) => Key is null ? null : Question.Type.Judge(Question.Answer, Key, response);

    /// <summary>Tag names hold at most 50 characters in Moodle (TAG_MAX_LENGTH).</summary>
    private const int MaxTagLength = 50;

    /// <summary>The outcomes as tags: each id, and each id with its text ("LO1: ..."), cut to a length banks keep.</summary>
    public IEnumerable<string> Tags => Outcomes.SelectMany(o => new[] { o.Id, Tag($"{o.Id}: {o.Text}") }).Distinct(StringComparer.Ordinal);

    /// <summary>Commas separate tags in Moodle's forms and GIFT ends a tag at ']': neither inside one, nor markup.</summary>
    private static string Tag(string text)
    {
        var clean = string.Concat(text.Select(c => c == ',' ? '،' : c).Where(c => c is not (']' or '[' or '<' or '>') && !char.IsControl(c))).Trim();
        return clean.Length <= MaxTagLength ? clean : clean[..(MaxTagLength - 1)] + "…";
    }
}

/// <summary>A section's questions: one category in Moodle, one folder of items in a QTI package.</summary>
internal sealed record BankSection(string Id, string Title, string SourcePath, IReadOnlyList<BankEntry> Entries)
{
    /// <summary>The quiz's pool (draw=): how many of its questions an attempt shows; null: every one.</summary>
    public QuestionDraw? Draw { get; init; }
}

/// <summary>The course's questions, section by section, in the course's language and direction.</summary>
internal sealed record BankCourse(string Id, string Title, string Language, TextDirection Direction, IReadOnlyList<BankSection> Sections)
{
    public bool IsRightToLeft => Direction == TextDirection.RightToLeft;

    public IEnumerable<(BankSection Section, BankEntry Entry)> AllEntries => Sections.SelectMany(s => s.Entries.Select(e => (s, e)));

    /// <summary>
    /// The course without the questions no exporter can write (a type with no bank form, or a shape the exporters do
    /// not know yet), each reported as left out of <paramref name="format"/>'s file.
    /// </summary>
    public BankCourse WithoutUnexported(string format, DiagnosticBag diagnostics) => this with
    {
        Sections = [.. Sections.Select(s => s with
        {
            Entries = [.. s.Entries.Where(e =>
            {
                if (BankQuestion.Exported.Contains(e.Shape.GetType()))
                {
                    return true;
                }

                diagnostics.Report(DiagnosticCatalog.ExportLeftOut, e.Question.Location, e.Id, format, e.Shape is BankNoForm
                    ? $"its type '{e.Question.Type.Name}' has no form in question banks"
                    : $"its type '{e.Question.Type.Name}' describes it as {e.Shape.GetType().Name}, which the exporters do not translate yet");
                return false;
            })],
        })],
    };

    /// <summary>
    /// The fallback for banks without ordering questions: each item to order is matched with its place (1, 2, 3...);
    /// the change of type is a warning naming each question, as every loss a format imposes is.
    /// </summary>
    public BankCourse WithOrderingAsMatching(string format, DiagnosticBag diagnostics) => this with
    {
        Sections = [.. Sections.Select(s => s with
        {
            Entries = [.. s.Entries.Select(e =>
            {
                if (e.Shape is not BankOrdering ordering)
                {
                    return e;
                }

                FormatLosses.Report(e, format, "its type: the sequencing question is written as a matching question (each item with its place), as --ordering-as-matching asks", diagnostics);
                return e with { Shape = new BankPairs([.. ordering.Items.Select((item, i) => new BankPair(item.Id, item.Html, item.Text, $"{i + 1}", $"{i + 1}"))]) };
            })],
        })],
    };
}
