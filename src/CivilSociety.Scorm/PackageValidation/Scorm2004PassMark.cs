using System.Globalization;
using System.Xml.Linq;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.PackageValidation;

/// <summary>
/// The pass mark a SCORM 2004 SCO is launched with in Moodle, against the one its manifest means. Moodle 4.5 reads
/// every objective of an item (mod/scorm/datamodels/scormlib.php: one without imsss:minNormalizedMeasure gets 1.0,
/// an empty one 0) and, at launch, sets cmi.scaled_passing_score from each objective whose measure is not empty
/// (PHP's empty(): not 0), in document order, so the last one wins (scorm_13lib.php, get_scorm_default()). The
/// standard's pass mark is the primary objective's measure (docs/scorm2004-pass-mark.md).
/// </summary>
internal static class Scorm2004PassMark
{
    private const string ImsssNamespace = "http://www.imsglobal.org/xsd/imsss";
    private static readonly XNamespace Cp = Scorm2004Names.ImscpNamespace;
    private static readonly XNamespace Imsss = ImsssNamespace;

    /// <summary>scormlib.php's value for an objective without a minNormalizedMeasure.</summary>
    private const decimal MoodleDefault = 1.0m;

    public static void Check(XElement root, DiagnosticBag diagnostics)
    {
        foreach (var item in root.Descendants(Cp + "item").Where(i => i.Attribute("identifierref") is not null))
        {
            if (item.Element(Imsss + "sequencing")?.Element(Imsss + "objectives") is not { } objectives
                || objectives.Element(Imsss + "primaryObjective") is not { } primary
                || MoodleMeasure(primary) is not { } meant)
            {
                continue;
            }

            var all = objectives.Elements().Where(o => o.Name == Imsss + "primaryObjective" || o.Name == Imsss + "objective").ToList();
            var measures = all.Select(MoodleMeasure).ToList();
            if (measures.Any(m => m is null))
            {
                continue; // a measure that is not a number: the schema check reports it
            }

            var sentBy = all.Zip(measures).LastOrDefault(p => p.Second != 0m);
            if (sentBy.First is null || sentBy.Second == meant)
            {
                continue;
            }

            var culprit = sentBy.First;
            var id = (string?)culprit.Attribute("objectiveID") ?? "(primary)";
            diagnostics.Report(DiagnosticCatalog.MoodlePassMark, ManifestLocation.Of(culprit),
                (string?)item.Attribute("identifier") ?? "", Text(sentBy.Second!.Value), Text(meant), id,
                culprit.Element(Imsss + "minNormalizedMeasure") is null ? "has no imsss:minNormalizedMeasure (Moodle takes 1.0)" : "has imsss:minNormalizedMeasure " + Text(sentBy.Second.Value));
        }
    }

    /// <summary>An objective's minNormalizedMeasure as Moodle stores it (absent: 1.0, empty: 0); null when it is no number.</summary>
    private static decimal? MoodleMeasure(XElement objective)
    {
        if (objective.Element(Imsss + "minNormalizedMeasure") is not { } measure)
        {
            return MoodleDefault;
        }

        var text = measure.Value.Trim();
        if (text.Length == 0)
        {
            return 0m;
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static string Text(decimal value) => value.ToString("0.#######", CultureInfo.InvariantCulture);
}
