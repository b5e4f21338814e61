using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.ItemWriting;

/// <summary>
/// The outcomes by cognitive level: how many of the questions that assess each outcome (or one below it) declare
/// each level=, and a warning when an outcome whose text asks for understanding, application or analysis is
/// assessed only by recall (SCO7020), below its level (SCO7021), or by questions that do not say (SCO7022).
/// </summary>
internal static class LevelCoverage
{
    /// <summary>The column names of coverage, in order; "unstated" for questions without level=.</summary>
    public static readonly string[] Columns = ["remember", "understand", "apply", "analyze", "unstated"];

    public static bool CourseDeclaresLevels(Course course) => course.AllQuestions.Any(q => q.Level is not null);

    /// <summary>Per level column, how many questions that assess the outcome or one below it declare it.</summary>
    public static IReadOnlyDictionary<string, int> Count(Course course, Outcome outcome)
    {
        var questions = QuestionsOf(course, outcome);
        return Columns.ToDictionary(c => c, c => questions.Count(q => Column(q.Level) == c), StringComparer.Ordinal);
    }

    public static void Check(Course course, DiagnosticBag diagnostics)
    {
        var declares = CourseDeclaresLevels(course);
        var words = WordLists.For(course.Language, course.ItemWritingWords);
        foreach (var outcome in course.AllOutcomes)
        {
            if (Demand(course, outcome, words) is not var (demand, verb) || demand <= CognitiveLevel.Remember)
            {
                continue;
            }

            var questions = QuestionsOf(course, outcome);
            if (questions.Count == 0)
            {
                continue;   // SCO3009 says so already
            }

            var ids = string.Join(", ", questions.Select(q => q.Label));
            var declared = questions.Where(q => q.Level is not null).Select(q => q.Level!.Value).ToList();
            var highest = declared.Count == 0 ? (CognitiveLevel?)null : declared.Max();
            var (level, noun) = (Column(demand), Noun(demand));
            if (highest is null || (highest < demand && declared.Count < questions.Count))
            {
                if (declares)
                {
                    diagnostics.Report(DiagnosticCatalog.OutcomeLevelUnknown, outcome.Location, outcome.Id, noun, verb,
                        string.Join(", ", questions.Where(q => q.Level is null).Select(q => q.Label)));
                }
            }
            else if (highest == CognitiveLevel.Remember)
            {
                diagnostics.Report(DiagnosticCatalog.OutcomeAssessedOnlyByRecall, outcome.Location, outcome.Id, noun, verb, ids, level);
            }
            else if (highest < demand)
            {
                diagnostics.Report(DiagnosticCatalog.OutcomeAssessedBelowItsLevel, outcome.Location, outcome.Id, noun, verb, Column(highest), ids, level);
            }
        }
    }

    /// <summary>
    /// The level an outcome's text asks for, from its verb (فهم، تطبيق، تحليل; understand, apply, analyse); a
    /// sub-outcome that names only a subject ("the media") asks for what its parent asks.
    /// </summary>
    public static (CognitiveLevel Level, string Verb)? Demand(Course course, Outcome outcome, WordLists words)
    {
        var text = ItemText.Words(outcome.Text);
        foreach (var (list, level) in new[] { ("analyze", CognitiveLevel.Analyze), ("apply", CognitiveLevel.Apply), ("understand", CognitiveLevel.Understand), ("remember", CognitiveLevel.Remember) })
        {
            if (words.Find(list, text) is { } verb)
            {
                return (level, ItemText.AsWritten(outcome.Text, verb));
            }
        }

        return outcome.ParentId is { } parentId && course.AllOutcomes.FirstOrDefault(o => o.Id == parentId) is { } parent
            ? Demand(course, parent, words)
            : null;
    }

    private static List<Question> QuestionsOf(Course course, Outcome outcome)
    {
        var below = outcome.SelfAndDescendants().Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        return [.. course.Sections.SelectMany(s => (s.Quiz?.Questions ?? []).Select(q => q with { Id = $"{s.Id}.{q.Id}" }))
            .Where(q => q.Outcomes.Any(o => below.Contains(o.Id)))];
    }

    private static string Noun(CognitiveLevel level) => level switch
    {
        CognitiveLevel.Understand => "understanding",
        CognitiveLevel.Apply => "application",
        CognitiveLevel.Analyze => "analysis",
        _ => "recall",
    };

    private static string Column(CognitiveLevel? level) => level switch
    {
        CognitiveLevel.Remember => "remember",
        CognitiveLevel.Understand => "understand",
        CognitiveLevel.Apply => "apply",
        CognitiveLevel.Analyze => "analyze",
        _ => "unstated",
    };
}
