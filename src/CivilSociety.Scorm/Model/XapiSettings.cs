using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Model;

/// <summary>
/// Optional xAPI tracking, from the <c>xapi:</c> block of course.yml. Activity IRIs are built below
/// <paramref name="ActivityBase"/>; the endpoint and credential may also come from launch parameters.
/// </summary>
/// <param name="HomePage">The account homePage of the SCORM learner when no actor is given at launch.</param>
/// <param name="SendName">Put cmi.core.student_name in the actor (personal data: off by default).</param>
public sealed record XapiSettings(
    string ActivityBase,
    string? Endpoint,
    string? Auth,
    string HomePage,
    bool SendName,
    SourceSpan Location)
{
    /// <summary>The settings given on the command line (activity_base, endpoint), said as their options when wrong.</summary>
    public IReadOnlyCollection<string> FromCommandLine { get; init; } = [];

    /// <summary>Used when no home_page is configured: a URN, so the actor is still a valid account.</summary>
    public const string DefaultHomePage = "urn:civil-scorm:lms";

    /// <summary>
    /// The activity base of a cmi5 package built from a course without an xapi: block: a URN, since the LMS gives
    /// the AU's own id at launch and only the course's other activities (questions, objectives) need a base.
    /// </summary>
    public const string DefaultCmi5ActivityBase = "urn:civil-scorm:cmi5";

    /// <summary>The settings a cmi5 package uses when course.yml has none: the endpoint and actor come from the launch.</summary>
    public static XapiSettings ForCmi5(SourceSpan location) =>
        new(DefaultCmi5ActivityBase, null, null, DefaultHomePage, SendName: false, location);
}
