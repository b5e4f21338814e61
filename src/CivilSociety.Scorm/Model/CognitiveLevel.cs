namespace CivilSociety.Scorm.Model;

/// <summary>
/// What a question asks of the learner, on the first four levels of the revised Bloom taxonomy (Anderson and
/// Krathwohl 2001), as the author declares it with <c>level=</c>: coverage shows the outcomes by level.
/// </summary>
internal enum CognitiveLevel
{
    Remember = 1,
    Understand = 2,
    Apply = 3,
    Analyze = 4,
}
