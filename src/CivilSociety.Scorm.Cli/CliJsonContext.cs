using System.Text.Json.Serialization;

namespace CivilSociety.Scorm.Cli;

internal sealed record JsonDiagnostic(string Id, string Severity, string File, int Line, int Column, string Message, string? Help);

internal sealed record JsonReport(string? Package, IReadOnlyList<JsonDiagnostic> Diagnostics)
{
    /// <summary>Set only when the command stopped short: interrupted, or an internal error.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }
}

/// <summary>civil-scorm diff --format json: the verdict, what learners keep, and each cost as a diagnostic.</summary>
internal sealed record JsonDiffReport(string Old, string New, bool Safe, string Verdict, IReadOnlyList<string> Kept, IReadOnlyList<JsonDiagnostic> Diagnostics);

/// <summary>What the preview page polls: the current build, or why there is none.</summary>
internal sealed record PreviewState(
    int Version, bool Ok, string? Title, string? Launch, string? MasteryScore, DateTimeOffset BuiltAt, string DiagnosticsText,
    IReadOnlyList<JsonDiagnostic> Diagnostics);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(JsonReport))]
[JsonSerializable(typeof(PreviewState))]
[JsonSerializable(typeof(JsonDiffReport))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
