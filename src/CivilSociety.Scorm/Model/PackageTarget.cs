namespace CivilSociety.Scorm.Model;

/// <summary>What kind of package to write.</summary>
public enum PackageTarget
{
    /// <summary>A SCORM 1.2 zip (imsmanifest.xml and the schemas), optionally also sending xAPI statements.</summary>
    Scorm12,

    /// <summary>An xAPI (TinCan) package: tincan.xml, for LMSs and LRSs that import those; needs xAPI settings.</summary>
    Xapi,

    /// <summary>A cmi5 package: cmi5.xml with one AU (the launch page), launched by an LMS with cmi5 parameters.</summary>
    Cmi5,
}
