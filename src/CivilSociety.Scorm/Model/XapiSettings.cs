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
    /// <summary>Used when no home_page is configured: a URN, so the actor is still a valid account.</summary>
    public const string DefaultHomePage = "urn:civil-scorm:lms";
}
