using System.Globalization;
using System.Xml.Linq;

namespace CivilSociety.Scorm.Testing;

/// <summary>
/// What Moodle 4.5 launches a SCORM 2004 SCO with, read from a manifest by Moodle's own two rules (written here
/// from its source, not from our writer; docs/scorm2004-pass-mark.md):
/// <list type="number">
/// <item>mod/scorm/datamodels/scormlib.php, scorm_get_manifest(), case 'IMSSS:SEQUENCING' → 'IMSSS:OBJECTIVES':
/// every IMSSS:PRIMARYOBJECTIVE and IMSSS:OBJECTIVE becomes a scorm_seq_objective row, in document order, with
/// <c>$objectivedata->minnormalizedmeasure = 1.0;</c> unless it has an IMSSS:MINNORMALIZEDMEASURE child (its text,
/// or 0 when it has none) and <c>objectiveid</c> its OBJECTIVEID attribute or ''. Moodle's XML parser folds names
/// to upper case and keeps the prefix as written: it matches "imsss:" literally, never the namespace.</item>
/// <item>mod/scorm/datamodels/scorm_13lib.php, get_scorm_default() (the launch data, near line 1227 in Moodle 4.5.6):
/// <c>foreach ($objectives as $objective)</c> (the SCO's rows in id order) <c>if (!empty($objective->minnormalizedmeasure))
/// $userdata->{'cmi.scaled_passing_score'} = $objective->minnormalizedmeasure;</c> (so the last one wins; PHP's
/// empty() is true for 0) and <c>if (!empty($objective->objectiveid))</c> it becomes <c>cmi.objectives.N.id</c>.</item>
/// </list>
/// </summary>
/// <param name="ScaledPassingScore">cmi.scaled_passing_score, or null when Moodle sends none.</param>
/// <param name="ObjectiveIds">cmi.objectives.n.id, in order.</param>
public sealed record MoodleScorm2004Launch(decimal? ScaledPassingScore, IReadOnlyList<string> ObjectiveIds)
{
    /// <summary>The launch data of the first item that launches something (an identifierref), as Moodle would give it.</summary>
    public static MoodleScorm2004Launch OfFirstSco(XDocument manifest)
    {
        var item = manifest.Descendants().First(e => Name(e) == "ITEM" && e.Attribute("identifierref") is not null);
        var rows = item.Elements().Where(e => Name(e) == "IMSSS:SEQUENCING")
            .SelectMany(s => s.Elements().Where(e => Name(e) == "IMSSS:OBJECTIVES"))
            .SelectMany(o => o.Elements().Where(e => Name(e) is "IMSSS:PRIMARYOBJECTIVE" or "IMSSS:OBJECTIVE"))
            .Select(Row)
            .ToList();

        decimal? passing = null;
        var ids = new List<string>();
        foreach (var (measure, id) in rows)
        {
            if (measure != 0m)
            {
                passing = measure;
            }

            if (id.Length > 0)
            {
                ids.Add(id);
            }
        }

        return new MoodleScorm2004Launch(passing, ids);
    }

    /// <summary>The launch value as text, as an LMS hands it to the SCO ("0.7").</summary>
    public string? ScaledPassingScoreText => ScaledPassingScore?.ToString("0.#######", CultureInfo.InvariantCulture);

    private static (decimal Measure, string Id) Row(XElement objective)
    {
        var measure = 1.0m;
        foreach (var child in objective.Elements().Where(e => Name(e) == "IMSSS:MINNORMALIZEDMEASURE"))
        {
            measure = child.Value.Length > 0 ? decimal.Parse(child.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture) : 0m;
        }

        return (measure, (string?)objective.Attribute("objectiveID") ?? string.Empty);
    }

    /// <summary>The name as Moodle's parser sees it: the prefix as written, folded to upper case.</summary>
    private static string Name(XElement element)
    {
        var prefix = element.GetPrefixOfNamespace(element.Name.Namespace);
        return (string.IsNullOrEmpty(prefix) ? element.Name.LocalName : prefix + ":" + element.Name.LocalName).ToUpperInvariant();
    }
}
