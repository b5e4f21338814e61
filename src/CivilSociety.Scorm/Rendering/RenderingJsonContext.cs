using System.Text.Json.Serialization;

namespace CivilSociety.Scorm.Rendering;

/// <summary>Source-generated JSON, so start-up needs no reflection.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(CourseData), GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(CourseData.SealedKey), GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(Dictionary<string, CourseData.KeptOutData>), GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(CourseData.QuestionData))]
[JsonSerializable(typeof(System.Text.Json.Nodes.JsonNode))]
internal sealed partial class RenderingJsonContext : JsonSerializerContext;
