namespace CivilSociety.Scorm.Resources;

/// <summary>
/// What only SCORM 2004 packages carry: the 4th edition schema files (shipped byte for byte at the package root,
/// with the two DTDs xml.xsd names) and the runtime built from src/player-scorm2004.js, shipped as runtime/player.js.
/// </summary>
internal static class Scorm2004Resources
{
    public const string SchemaFolder = "schemas2004/";

    /// <summary>The embedded bundle of packaging/runtime/player-scorm2004.js.</summary>
    public const string Player = "scorm2004/player.js";

    /// <summary>The schema files' own names (as they stand at a package's root), in ordinal order.</summary>
    public static IReadOnlyList<string> SchemaFileNames { get; } = PackagingResources.FileNamesIn(SchemaFolder);

    /// <summary>One of the 4th edition schema files, by its own name.</summary>
    public static Stream OpenSchema(string fileName) => new MemoryStream(PackagingResources.Read(SchemaFolder + fileName), writable: false);
}
