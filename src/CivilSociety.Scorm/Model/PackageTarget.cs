namespace CivilSociety.Scorm.Model;

/// <summary>What kind of package to write.</summary>
public enum PackageTarget
{
    /// <summary>A SCORM 1.2 zip (imsmanifest.xml and the schemas), optionally also sending xAPI statements.</summary>
    Scorm12,

    /// <summary>
    /// A SCORM 2004 4th edition zip: one SCO, the 4th edition schemas, an objective per learning outcome in its
    /// sequencing, the runtime speaking API_1484_11 (optionally also sending xAPI statements).
    /// </summary>
    Scorm2004,

    /// <summary>An xAPI (TinCan) package: tincan.xml, for LMSs and LRSs that import those; needs xAPI settings.</summary>
    Xapi,

    /// <summary>A cmi5 package: cmi5.xml with one AU (the launch page), launched by an LMS with cmi5 parameters.</summary>
    Cmi5,
}
