using System.Text.Json.Serialization;

namespace CivilSociety.Scorm.Cli;

internal sealed record JsonDiagnostic(string Id, string Severity, string File, int Line, int Column, string Message, string? Help);

internal sealed record JsonReport(string? Package, IReadOnlyList<JsonDiagnostic> Diagnostics);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(JsonReport))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
