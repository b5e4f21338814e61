using System.Globalization;
using System.Xml.Linq;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// imsmanifest.xml for SCORM 2004 4th edition: one organization, one item, one SCO. The item's sequencing carries an
/// objective per learning outcome (the ids the runtime writes in cmi.objectives.n.id) and, for a scored course, the
/// primary objective satisfied by the score against the passing score (what the LMS gives as cmi.scaled_passing_score,
/// whichever objective it takes it from).
/// </summary>
internal static class Scorm2004ManifestWriter
{
    public const string SchemaVersion = "2004 4th Edition";

    public static readonly XNamespace Imscp = "http://www.imsglobal.org/xsd/imscp_v1p1";
    public static readonly XNamespace Adlcp = "http://www.adlnet.org/xsd/adlcp_v1p3";
    public static readonly XNamespace Adlseq = "http://www.adlnet.org/xsd/adlseq_v1p3";
    public static readonly XNamespace Adlnav = "http://www.adlnet.org/xsd/adlnav_v1p3";
    public static readonly XNamespace Imsss = "http://www.imsglobal.org/xsd/imsss";

    /// <summary>Each namespace and the schema file (at the package root) that defines it.</summary>
    public static readonly IReadOnlyList<(XNamespace Namespace, string File)> Schemas =
    [
        (Imscp, "imscp_v1p1.xsd"),
        (Adlcp, "adlcp_v1p3.xsd"),
        (Adlseq, "adlseq_v1p3.xsd"),
        (Adlnav, "adlnav_v1p3.xsd"),
        (Imsss, "imsss_v1p0.xsd"),
    ];

    private static readonly ManifestEdition Scorm2004 = new(
        Imscp,
        Prefixes: [("adlcp", Adlcp), ("adlseq", Adlseq), ("adlnav", Adlnav), ("imsss", Imsss)],
        SchemaLocation: string.Join(' ', Schemas.Select(s => s.Namespace.NamespaceName + " " + s.File)),
        SchemaVersion,
        ScormType: Adlcp + "scormType");

    public static XDocument Build(Course course, IEnumerable<string> packageFiles) =>
        ManifestSkeleton.Build(course, packageFiles, Scorm2004, [Sequencing(course)]);

    /// <summary>
    /// The objectives, then the delivery controls (the schema's order): the SCO sets completion and success itself.
    /// The primary objective has no id, so that the LMS adds no cmi.objectives entry of its own beside the outcomes'.
    /// Every objective of a scored course carries the passing score as its minNormalizedMeasure, and only the primary
    /// one is satisfied by it: Moodle gives an objective without a measure 1.0 and sends the last objective's as
    /// cmi.scaled_passing_score, other engines read the primary's (docs/scorm2004-pass-mark.md).
    /// </summary>
    private static XElement Sequencing(Course course)
    {
        XElement? PassMark() => course.IsScored ? new XElement(Imsss + "minNormalizedMeasure", Scaled(course.PassingScore)) : null;

        var primary = new XElement(Imsss + "primaryObjective",
            course.IsScored ? new XAttribute("satisfiedByMeasure", "true") : null,
            PassMark());
        var outcomes = course.AllOutcomes.Select(o => new XElement(Imsss + "objective",
            course.IsScored ? new XAttribute("satisfiedByMeasure", "false") : null,
            new XAttribute("objectiveID", o.Id),
            PassMark()));

        return new XElement(Imsss + "sequencing",
            new XElement(Imsss + "objectives", primary, outcomes),
            new XElement(Imsss + "deliveryControls",
                new XAttribute("completionSetByContent", "true"),
                new XAttribute("objectiveSetByContent", "true")));
    }

    /// <summary>A passing score of 0..100 as a normalized measure: 80 is "0.8".</summary>
    private static string Scaled(int percent) => (percent / 100m).ToString("0.##", CultureInfo.InvariantCulture);
}
