using System.Reflection;
using System.Text.Json;
using CivilSociety.Scorm.Contract;

namespace CivilSociety.Scorm.Resources;

/// <summary>
/// The files of packaging/ (runtime, UI strings, SCORM schemas), embedded in the assembly so that every caller
/// builds the same package. Resource names are "packaging/" + the path below packaging/.
/// </summary>
internal static class PackagingResources
{
    public const string SchemaFolder = "schemas/";
    public const string StringsFolder = "strings/";
    public const string DefaultLanguage = "en";

    private const string Prefix = "packaging/";
    private const string DeflatedPrefix = "deflated/";
    private static readonly Assembly Assembly = typeof(PackagingResources).Assembly;

    /// <summary>Every embedded resource's name, asked of the assembly once (each time is a walk of its metadata).</summary>
    private static readonly string[] ResourceNames = Assembly.GetManifestResourceNames();

    /// <summary>The runtime files that go into every package under runtime/, in ordinal order (the shell excluded).</summary>
    public static IReadOnlyList<string> RuntimeFiles { get; } =
        [.. Names("runtime/").Where(name => name != RuntimeContract.Files.Shell).Order(StringComparer.Ordinal)];

    /// <summary>The SCORM 1.2 schema files, shipped byte for byte at the package root.</summary>
    public static IReadOnlyList<string> SchemaFiles { get; } = [.. Names(SchemaFolder).Order(StringComparer.Ordinal)];

    /// <summary>The schema files' own names (as they stand at a package's root), in ordinal order.</summary>
    public static IReadOnlyList<string> SchemaFileNames { get; } = FileNamesIn(SchemaFolder);

    /// <summary>The own names of the files embedded from one folder of packaging/ (e.g. "schemas/"), in ordinal order.</summary>
    public static IReadOnlyList<string> FileNamesIn(string folder) => [.. Names(folder).Select(name => name[folder.Length..]).Order(StringComparer.Ordinal)];

    /// <summary>One of the SCORM 1.2 schema files, by its own name.</summary>
    public static Stream OpenSchema(string fileName) => new MemoryStream(Read(SchemaFolder + fileName), writable: false);

    public static byte[] Read(string name) => ReadEmbedded(Prefix + name);

    /// <summary>
    /// A file packaged as it is (the runtime, a schema), deflated when the tool was built (CivilSociety.Scorm.csproj:
    /// "deflated/" + its name): the bytes a zip entry of it holds, made once instead of in every build.
    /// </summary>
    public static byte[] ReadDeflated(string name) => ReadEmbedded(DeflatedPrefix + Prefix + name);

    private static byte[] ReadEmbedded(string resourceName)
    {
        using var stream = Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"{resourceName} is not embedded in {Assembly.GetName().Name}");
        // An embedded resource knows its length: one array of that size, not a growing copy and a copy of it.
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    public static string ReadText(string name) => System.Text.Encoding.UTF8.GetString(Read(name)).TrimStart('\uFEFF');

    /// <summary>The languages UI strings exist for.</summary>
    public static IReadOnlyList<string> StringLanguages { get; } =
        [.. Names(StringsFolder).Select(n => Path.GetFileNameWithoutExtension(n)).Order(StringComparer.Ordinal)];

    /// <summary>Whether there are UI strings for a language tag (by its primary subtag), without reading them.</summary>
    public static bool HasStringsFor(string languageTag) => StringLanguages.Contains(PrimarySubtag(languageTag));

    /// <summary>The UI strings for a language tag (by its primary subtag), or null when there are none.</summary>
    public static IReadOnlyDictionary<string, string>? StringsFor(string languageTag)
    {
        var primary = PrimarySubtag(languageTag);
        return StringLanguages.Contains(primary) ? ReadStrings($"{StringsFolder}{primary}.json") : null;
    }

    /// <summary>
    /// A UI string file: one JSON object of strings. Read with the reader rather than the serializer: these are a
    /// build's first JSON, and the serializer's first use (its options, converters and the reflection they make) was
    /// most of the ~0.7 ms their reading took in the real course's build (docs/benchmarks.md, issue 23, seventh session).
    /// </summary>
    private static Dictionary<string, string> ReadStrings(string name)
    {
        var reader = new Utf8JsonReader(Read(name));
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        Expect(reader.Read() && reader.TokenType == JsonTokenType.StartObject, name);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            Expect(reader.Read() && reader.TokenType == JsonTokenType.String, name);
            strings[key] = reader.GetString()!;
        }

        Expect(reader.TokenType == JsonTokenType.EndObject && !reader.Read(), name);
        return strings;
    }

    private static void Expect(bool holds, string name)
    {
        if (!holds)
        {
            throw new InvalidDataException($"packaging/{name}: a UI string file is one JSON object of strings");
        }
    }

    private static string PrimarySubtag(string languageTag) => languageTag.Split('-', '_')[0].ToLowerInvariant();

    private static IEnumerable<string> Names(string folder) =>
        ResourceNames
            .Where(n => n.StartsWith(Prefix + folder, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..]);
}
