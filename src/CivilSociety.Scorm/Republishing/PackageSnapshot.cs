using CivilSociety.Scorm.Rendering;

namespace CivilSociety.Scorm.Republishing;

/// <summary>
/// What a built package tells of its course for a comparison with another version of it: read from its manifest,
/// its course data (answer keys opened) and its snapshot (<see cref="SnapshotFile"/>, absent from packages of
/// earlier releases).
/// </summary>
/// <param name="StateFormat">"keyed" (answers by identity: they survive an update), "quizzes" (a course too large for it: sections by identity, each quiz's answers together) or "compact" (the state is read only by the same course).</param>
/// <param name="HasSnapshot">False for a package of an earlier release: no question or choice texts.</param>
internal sealed record PackageSnapshot(
    string CourseId,
    string? Version,
    string Target,
    string? ManifestIdentifier,
    int? MasteryScore,
    int PassingScore,
    string StateFormat,
    bool HasSnapshot,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<SectionSnapshot> Sections)
{
    public IEnumerable<(SectionSnapshot Section, QuestionSnapshot Question)> Questions =>
        Sections.SelectMany(s => (s.Quiz?.Questions ?? []).Select(q => (s, q)));
}

internal sealed record SectionSnapshot(string Id, string Title, QuizSnapshot? Quiz);

/// <param name="Attempts">Null: unlimited.</param>
/// <param name="PassingScore">Null: the course's.</param>
internal sealed record QuizSnapshot(int? Attempts, int? PassingScore, IReadOnlyList<QuestionSnapshot> Questions);

/// <param name="Choices">The choices, left items or items to order, in the order of their ids (letters).</param>
/// <param name="Targets">Matching: the right items.</param>
/// <param name="Correct">The correct answer by identity (choices' keys, "left=right" keys, keys in order, accepted texts, min and max); null when the seal could not be opened.</param>
/// <param name="PromptDigest">A digest of the prompt and stem; null without a snapshot.</param>
internal sealed record QuestionSnapshot(
    string Id,
    string Type,
    int Weight,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<ItemSnapshot> Choices,
    IReadOnlyList<ItemSnapshot> Targets,
    IReadOnlyList<string>? Correct,
    int? MaxLength,
    string? Prompt,
    string? PromptDigest);

/// <param name="Id">Its id in the page and in SCORM responses (a letter, a digit).</param>
/// <param name="Key">Its identity across versions (Questions/ChoiceIdentity).</param>
/// <param name="Text">Its plain text; null without a snapshot.</param>
internal sealed record ItemSnapshot(string Id, string Key, string? Text);
