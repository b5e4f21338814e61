namespace CivilSociety.Scorm.Xapi;

/// <summary>
/// The static half of every statement, built by the compiler and read by the runtime (course data, "xapi"):
/// where to send, and the full definition of every activity, keyed by section id, "section.question" or outcome id.
/// The runtime adds actor, verb, result, context and timestamps.
/// </summary>
internal sealed record XapiPackageData(
    string? Endpoint,
    string? Auth,
    string HomePage,
    bool SendName,
    string Platform,
    string Language,
    decimal MasteryScore,
    Activity Course,
    IReadOnlyDictionary<string, Activity> Sections,
    IReadOnlyDictionary<string, Activity> Quizzes,
    IReadOnlyDictionary<string, Activity> Questions,
    IReadOnlyDictionary<string, Activity> Objectives);
