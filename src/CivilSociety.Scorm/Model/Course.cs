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
    XapiSettings? Xapi,
    SourceSpan Location)
{
    /// <summary>Where each top-level key of course.yml is, so a rule about a value points at its line.</summary>
    public IReadOnlyDictionary<string, SourceSpan> KeyLocations { get; init; } = new Dictionary<string, SourceSpan>();

    /// <summary>Where each top-level key's value starts, so a rule about a wrong value (passing_score: 800) points at it.</summary>
    public IReadOnlyDictionary<string, SourceSpan> ValueLocations { get; init; } = new Dictionary<string, SourceSpan>();

    /// <summary>
    /// True when a listed section could not be read or parsed (its own error says why): rules that look at the
    /// course as a whole (is every outcome assessed?) would only repeat that error in other words.
    /// </summary>
    public bool IsIncomplete { get; init; }

    /// <summary>Words course.yml adds to the item-writing check's lists, per language (<c>item_writing:</c>).</summary>
    public IReadOnlyList<ItemWritingWords> ItemWritingWords { get; init; } = [];

    /// <summary>The source's language when this is a language version built from a translation (build --language); null otherwise.</summary>
    public string? TranslatedFrom { get; init; }

    /// <summary>
    /// The package's own identifier (the manifest's, the zip's name): a language version's adds its language, since an
    /// LMS holds each as a course of its own; the ids inside (questions, outcomes, xAPI activities) stay the course's.
    /// </summary>
    public string PackageId => TranslatedFrom is null ? Id : $"{Id}-{Language}";

    /// <summary>The course's theme colours, logo and cover (theme:, logo:, image:), or null for the player's own look.</summary>
    public Branding? Branding { get; init; }

    /// <summary>What the summary tells a learner who completed (or passed) the course (<c>completion:</c>, Markdown), or null.</summary>
    public string? CompletionMessage { get; init; }

    /// <summary>The summary offers a printable certificate of completion to a learner who completed or passed (<c>certificate: true</c>).</summary>
    public bool Certificate { get; init; }

    public SourceSpan LocationOf(string key) => KeyLocations.TryGetValue(key, out var span) ? span : Location;

    public SourceSpan ValueLocationOf(string key) => ValueLocations.TryGetValue(key, out var span) ? span : LocationOf(key);

    public IEnumerable<Outcome> AllOutcomes => Outcomes.SelectMany(o => o.SelfAndDescendants());

    /// <summary>The questions of the quizzes: what is scored, reported, covered and exported (practice checks are not).</summary>
    public IEnumerable<Question> AllQuestions => Sections.SelectMany(s => s.Quiz?.Questions ?? []);

    /// <summary>The questions of the practice checks (<c>::: check</c>), checked like any question but never scored.</summary>
    public IEnumerable<Question> PracticeQuestions => Sections.SelectMany(s => s.Checks.SelectMany(c => c.Questions));

    /// <summary>A course ends in a scored result when it has at least one question.</summary>
    public bool IsScored => AllQuestions.Any();
}
