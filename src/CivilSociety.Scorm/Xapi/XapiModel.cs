using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CivilSociety.Scorm.Xapi;

// The xAPI 1.0.3 statement model (Data part, section 2.4), as records serialised with System.Text.Json.
// Optional properties are null and left out of the JSON; language maps are keyed by RFC 5646 tags.

/// <summary>A statement: who did what, to what, with what result, in what context.</summary>
internal sealed record Statement(
    Guid? Id,
    Actor Actor,
    Verb Verb,
    Activity Object,
    Result? Result = null,
    Context? Context = null,
    DateTimeOffset? Timestamp = null)
{
    public string? Version { get; init; }
}

/// <summary>An Agent, or a Group with members; identified by mbox, mbox_sha1sum, openid or account.</summary>
internal sealed record Actor(
    string ObjectType,
    string? Name = null,
    string? Mbox = null,
    [property: JsonPropertyName("mbox_sha1sum")] string? MboxSha1Sum = null,
    string? Openid = null,
    Account? Account = null,
    IReadOnlyList<Actor>? Member = null)
{
    public static Actor AgentWithAccount(string homePage, string name, string? displayName = null) =>
        new("Agent", Name: displayName, Account: new Account(homePage, name));
}

internal sealed record Account(string HomePage, string Name);

internal sealed record Verb(string Id, IReadOnlyDictionary<string, string> Display);

/// <summary>An activity; as a statement's object or inside context activities.</summary>
internal sealed record Activity(string Id, ActivityDefinition? Definition = null)
{
    public string ObjectType => "Activity";
}

internal sealed record ActivityDefinition(
    string Type,
    IReadOnlyDictionary<string, string> Name,
    IReadOnlyDictionary<string, string>? Description = null,
    string? InteractionType = null,
    IReadOnlyList<string>? CorrectResponsesPattern = null,
    IReadOnlyList<InteractionComponent>? Choices = null,
    IReadOnlyList<InteractionComponent>? Source = null,
    IReadOnlyList<InteractionComponent>? Target = null,
    IReadOnlyDictionary<string, JsonNode?>? Extensions = null);

/// <summary>A choice (also a sequencing item), a matching source or target: an id without spaces and its description.</summary>
internal sealed record InteractionComponent(string Id, IReadOnlyDictionary<string, string> Description);

internal sealed record Result(
    Score? Score = null,
    bool? Success = null,
    bool? Completion = null,
    string? Response = null,
    string? Duration = null,
    IReadOnlyDictionary<string, JsonNode?>? Extensions = null);

/// <summary>scaled in [-1, 1]; raw in [min, max].</summary>
internal sealed record Score(decimal? Scaled = null, decimal? Raw = null, decimal? Min = null, decimal? Max = null);

internal sealed record Context(
    Guid? Registration = null,
    ContextActivities? ContextActivities = null,
    string? Revision = null,
    string? Platform = null,
    string? Language = null,
    IReadOnlyDictionary<string, JsonNode?>? Extensions = null);

/// <summary>Always arrays, as the spec recommends.</summary>
internal sealed record ContextActivities(
    IReadOnlyList<Activity>? Parent = null,
    IReadOnlyList<Activity>? Grouping = null,
    IReadOnlyList<Activity>? Category = null,
    IReadOnlyList<Activity>? Other = null);
