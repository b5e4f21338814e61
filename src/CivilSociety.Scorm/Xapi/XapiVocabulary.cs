using CivilSociety.Scorm.Contract;

namespace CivilSociety.Scorm.Xapi;

/// <summary>The ADL verbs the package sends (http://adlnet.gov/expapi/verbs/), with en-US displays, as the runtime does.</summary>
internal static class Verbs
{
    public static readonly Verb Initialized = Adl(RuntimeContract.XapiVerbs.Initialized);
    public static readonly Verb Resumed = Adl(RuntimeContract.XapiVerbs.Resumed);
    public static readonly Verb Experienced = Adl(RuntimeContract.XapiVerbs.Experienced);
    public static readonly Verb Attempted = Adl(RuntimeContract.XapiVerbs.Attempted);
    public static readonly Verb Answered = Adl(RuntimeContract.XapiVerbs.Answered);
    public static readonly Verb Passed = Adl(RuntimeContract.XapiVerbs.Passed);
    public static readonly Verb Failed = Adl(RuntimeContract.XapiVerbs.Failed);
    public static readonly Verb Completed = Adl(RuntimeContract.XapiVerbs.Completed);
    public static readonly Verb Progressed = Adl(RuntimeContract.XapiVerbs.Progressed);
    public static readonly Verb Suspended = Adl(RuntimeContract.XapiVerbs.Suspended);
    public static readonly Verb Terminated = Adl(RuntimeContract.XapiVerbs.Terminated);

    public static IReadOnlyList<Verb> All { get; } =
        [Initialized, Resumed, Experienced, Attempted, Answered, Passed, Failed, Completed, Progressed, Suspended, Terminated];

    private static Verb Adl(string name) =>
        new(RuntimeContract.XapiVerbs.Base + name, new Dictionary<string, string> { [RuntimeContract.Xapi.DisplayLanguage] = name });
}

/// <summary>ADL activity types.</summary>
internal static class ActivityTypes
{
    public const string Course = "http://adlnet.gov/expapi/activities/course";
    public const string Lesson = "http://adlnet.gov/expapi/activities/lesson";
    public const string Assessment = "http://adlnet.gov/expapi/activities/assessment";
    public const string Interaction = "http://adlnet.gov/expapi/activities/cmi.interaction";
    public const string Objective = "http://adlnet.gov/expapi/activities/objective";
}

/// <summary>Context and result extensions borrowed from cmi5 and the TinCan registry (docs: xapi-design).</summary>
internal static class XapiExtensions
{
    public const string SessionId = RuntimeContract.XapiExtensions.SessionId;
    public const string MasteryScore = RuntimeContract.XapiExtensions.MasteryScore;
    public const string AttemptId = RuntimeContract.XapiExtensions.AttemptId;
    public const string Progress = RuntimeContract.XapiExtensions.Progress;
}
