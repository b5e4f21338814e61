namespace CivilSociety.Scorm.PackageValidation;

/// <summary>
/// The names SCORM 2004 4th edition fixes for every package, whichever tool made it (the check keeps its own copy
/// rather than our writer's, as <see cref="Scorm12Names"/> does for SCORM 1.2).
/// </summary>
internal static class Scorm2004Names
{
    /// <summary>IMS Content Packaging 1.1.4: the namespace of a SCORM 2004 manifest's root.</summary>
    public const string ImscpNamespace = "http://www.imsglobal.org/xsd/imscp_v1p1";

    /// <summary>ADL's content packaging extensions (scormType, completionThreshold...).</summary>
    public const string AdlcpNamespace = "http://www.adlnet.org/xsd/adlcp_v1p3";

    /// <summary>What metadata/schemaversion says in a 4th edition manifest.</summary>
    public const string SchemaVersion = "2004 4th Edition";
}
