using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Model;

/// <summary>The whole course as the author described it, after parsing.</summary>
internal sealed record Course(
    string Id,
    string Title,
    string Language,
    TextDirection Direction,
    string Version,
    string? Organisation,
    IReadOnlyList<string> Authors,
    int PassingScore,
    IReadOnlyList<Outcome> Outcomes,
    IReadOnlyList<Section> Sections,
    IReadOnlyDictionary<string, string> StringOverrides,
    SourceSpan Location)
{
    public IEnumerable<Outcome> AllOutcomes => Outcomes.SelectMany(o => o.SelfAndDescendants());

    public IEnumerable<Question> AllQuestions => Sections.SelectMany(s => s.Quiz?.Questions ?? []);

    /// <summary>A course ends in a scored result when it has at least one question.</summary>
    public bool IsScored => AllQuestions.Any();
}
