using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.ItemWriting;

/// <summary>Whether the questions and the outcomes they claim to assess agree.</summary>
internal static class OutcomeRules
{
    /// <summary>A question with this many tags or fewer is never "most of the outcomes" (a course may have only three).</summary>
    public const int TagsAlwaysFine = 2;

    /// <summary>A question tagged with more than half of the course's outcomes (and more than two).</summary>
    public static IEnumerable<Finding> TooManyOutcomes(ItemView item, int outcomeCount)
    {
        var tags = item.Question.Outcomes.Select(o => o.Id).Distinct(StringComparer.Ordinal).Count();
        if (tags > TagsAlwaysFine && tags * 2 > outcomeCount)
        {
            yield return new Finding(DiagnosticCatalog.TooManyOutcomes, item.Question.Location, [item.Label, tags, outcomeCount]);
        }
    }

    /// <summary>What <see cref="SectionOutcomesAssessed"/> reads of the whole course, worked out once per course, not once per section.</summary>
    public sealed class CourseOutcomes(Course course)
    {
        /// <summary>Each outcome by its id (the first, where two share one: that is SCO3005).</summary>
        public IReadOnlyDictionary<string, Outcome> ById { get; } =
            course.AllOutcomes.DistinctBy(o => o.Id).ToDictionary(o => o.Id, StringComparer.Ordinal);

        /// <summary>The ids some question of the course is tagged with.</summary>
        public IReadOnlySet<string> Tagged { get; } =
            course.AllQuestions.SelectMany(q => q.Outcomes).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Each outcome of a section's front matter that no question of its quiz assesses (itself or one below it).</summary>
    public static IEnumerable<Finding> SectionOutcomesAssessed(Section section, CourseOutcomes course)
    {
        if (section.Quiz is not { Questions.Count: > 0 } quiz)
        {
            yield break;   // a section without a quiz teaches; the outcomes it lists say what
        }

        var tagged = quiz.Questions.SelectMany(q => q.Outcomes).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var listed in section.Outcomes)
        {
            // An outcome no question of the course assesses is one mistake, said once at the outcome (SCO3009).
            if (course.ById.TryGetValue(listed.Id, out var outcome) && !outcome.SelfAndDescendants().Any(o => tagged.Contains(o.Id))
                && outcome.SelfAndDescendants().Any(o => course.Tagged.Contains(o.Id)))
            {
                yield return new Finding(DiagnosticCatalog.SectionOutcomeNotAssessed, listed.Location, [section.Id, listed.Id]);
            }
        }
    }
}
