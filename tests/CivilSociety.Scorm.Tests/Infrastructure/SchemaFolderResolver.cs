using System.Xml;
using System.Xml.Schema;

namespace CivilSociety.Scorm.Tests.Infrastructure;

/// <summary>Resolves a schema's imports to the files of one folder, by file name; anything else is refused (no schema is fetched).</summary>
internal sealed class SchemaFolderResolver(string folder) : XmlResolver
{
    public override object GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        var path = Path.Combine(folder, Path.GetFileName(absoluteUri.LocalPath));
        return File.Exists(path)
            ? File.OpenRead(path)
            : throw new XmlSchemaException($"schema '{absoluteUri}' is not in {folder}: add it there (no schema is fetched)");
    }
}
