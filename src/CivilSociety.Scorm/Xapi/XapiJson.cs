using System.Text.Json;
using System.Text.Json.Serialization;

namespace CivilSociety.Scorm.Xapi;

/// <summary>Serialisation faithful to xAPI 1.0.3: camelCase names, absent (not null) optional properties.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Statement))]
[JsonSerializable(typeof(IReadOnlyList<Statement>))]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(XapiPackageData))]
internal sealed partial class XapiJson : JsonSerializerContext
{
    /// <summary>
    /// Readable output: Arabic and every other script written literally; what could end an HTML script element
    /// (&lt; &gt; &amp;) still escaped, so the same JSON can sit inside the launch page.
    /// </summary>
    public static XapiJson Readable => ReadableContext.Value;

    // Lazy: the generated Default is not yet set while this class's static fields initialise.
    private static readonly Lazy<XapiJson> ReadableContext = new(() => new XapiJson(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = LiteralJsonEncoder.Instance,
    }));

    public static string Serialize(Statement statement) => JsonSerializer.Serialize(statement, Readable.Statement);

    public static Statement? Deserialize(string json) => JsonSerializer.Deserialize(json, Readable.Statement);

    public static IReadOnlyList<Statement> DeserializeMany(string json) =>
        JsonSerializer.Deserialize(json, Readable.IReadOnlyListStatement) ?? [];
}
