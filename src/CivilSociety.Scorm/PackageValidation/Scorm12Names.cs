namespace CivilSociety.Scorm.PackageValidation;

/// <summary>
/// The names SCORM 1.2 fixes for every package, whichever tool made it: the manifest's file name and the
/// namespaces a manifest may use. Facts of the standard, so the check keeps its own copy rather than our writer's.
/// </summary>
internal static class Scorm12Names
{
    /// <summary>At the root of the zip, in lower case: the only name Moodle and Blackboard look for.</summary>
    public const string ManifestFile = "imsmanifest.xml";

    /// <summary>IMS Content Packaging 1.1.2: the namespace of a SCORM 1.2 manifest's root.</summary>
    public const string ImscpNamespace = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";

    /// <summary>ADL's extensions (scormtype, masteryscore, location).</summary>
    public const string AdlcpNamespace = "http://www.adlnet.org/xsd/adlcp_rootv1p2";

    /// <summary>IMS metadata (LOM), which a manifest may hold inline.</summary>
    public const string ImsmdNamespace = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1";
}
