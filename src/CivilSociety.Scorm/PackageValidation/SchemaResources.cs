using System.Reflection;

namespace CivilSociety.Scorm.PackageValidation;

/// <summary>
/// The SCORM 1.2 schema files, embedded in this assembly from packaging/schemas/: the same files the compiler ships
/// in every package. Resource names are "packaging/" + the path below packaging/ (CivilSociety.Scorm.csproj).
/// </summary>
internal static class SchemaResources
{
    private const string Prefix = "packaging/schemas/";
    private static readonly Assembly Assembly = typeof(SchemaResources).Assembly;

    /// <summary>The schema files' names, in ordinal order: a package should hold each at its root.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        [.. Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal)];

    public static Stream Open(string fileName) =>
        Assembly.GetManifestResourceStream(Prefix + fileName)
        ?? throw new InvalidOperationException($"{Prefix}{fileName} is not embedded in {Assembly.GetName().Name}");
}
