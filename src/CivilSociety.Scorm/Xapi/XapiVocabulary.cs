namespace CivilSociety.Scorm.Xapi;

/// <summary>The ADL verbs the package sends (http://adlnet.gov/expapi/verbs/), with en-US displays.</summary>
public static class Verbs
{
    public static readonly Verb Initialized = Adl("initialized");
    public static readonly Verb Resumed = Adl("resumed");
    public static readonly Verb Experienced = Adl("experienced");
    public static readonly Verb Attempted = Adl("attempted");
    public static readonly Verb Answered = Adl("answered");
    public static readonly Verb Passed = Adl("passed");
    public static readonly Verb Failed = Adl("failed");
    public static readonly Verb Completed = Adl("completed");
    public static readonly Verb Progressed = Adl("progressed");
    public static readonly Verb Suspended = Adl("suspended");
    public static readonly Verb Terminated = Adl("terminated");

    public static IReadOnlyList<Verb> All { get; } =
        [Initialized, Resumed, Experienced, Attempted, Answered, Passed, Failed, Completed, Progressed, Suspended, Terminated];

    private static Verb Adl(string name) =>
        new("http://adlnet.gov/expapi/verbs/" + name, new Dictionary<string, string> { ["en-US"] = name });
}

/// <summary>ADL activity types.</summary>
public static class ActivityTypes
{
    public const string Course = "http://adlnet.gov/expapi/activities/course";
    public const string Lesson = "http://adlnet.gov/expapi/activities/lesson";
    public const string Assessment = "http://adlnet.gov/expapi/activities/assessment";
    public const string Interaction = "http://adlnet.gov/expapi/activities/cmi.interaction";
    public const string Objective = "http://adlnet.gov/expapi/activities/objective";
}

/// <summary>Context and result extensions borrowed from cmi5 and the TinCan registry (docs: xapi-design).</summary>
public static class XapiExtensions
{
    public const string SessionId = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    public const string MasteryScore = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
    public const string AttemptId = "http://id.tincanapi.com/extension/attempt-id";
    public const string Progress = "https://w3id.org/xapi/cmi5/result/extensions/progress";
}
