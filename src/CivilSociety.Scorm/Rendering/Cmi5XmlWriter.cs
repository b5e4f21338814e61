using System.Globalization;
using System.Xml.Linq;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// cmi5.xml, the course structure of a cmi5 package (at the zip's root): the course, one objective per learning
/// outcome (the same IRIs as the statements' objective activities), and one AU, the launch page, whose moveOn and
/// masteryScore follow the course's rules.
/// </summary>
internal static class Cmi5XmlWriter
{
    public const string FileName = "cmi5.xml";

    public static readonly XNamespace Namespace = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

    /// <summary>The AU's id: below the course's, as the LMS keys its results by it.</summary>
    public static string AuId(string courseIri) => courseIri + "/au";

    /// <summary>A course with questions is done when every section was seen and its score passes; otherwise when seen.</summary>
    public static string MoveOn(Course course) => course.IsScored ? "CompletedAndPassed" : "Completed";

    public static XDocument Build(Course course, XapiActivities activities)
    {
        var data = activities.Build();
        var courseIri = data.Course.Id;
        var objectives = course.AllOutcomes.Select(o => (Outcome: o, Iri: data.Objectives[o.Id].Id)).ToList();

        var au = new XElement(Namespace + "au",
            new XAttribute("id", AuId(courseIri)),
            new XAttribute("moveOn", MoveOn(course)),
            course.IsScored ? new XAttribute("masteryScore", (course.PassingScore / 100m).ToString("0.0##", CultureInfo.InvariantCulture)) : null,
            new XAttribute("launchMethod", "AnyWindow"),
            Text("title", course.Title, course.Language),
            Text("description", course.Title, course.Language),
            objectives.Count == 0 ? null : new XElement(Namespace + "objectives",
                objectives.Select(o => new XElement(Namespace + "objective", new XAttribute("idref", o.Iri)))),
            new XElement(Namespace + "url", RuntimeContract.Files.LaunchPage));

        var root = new XElement(Namespace + "courseStructure",
            new XElement(Namespace + "course", new XAttribute("id", courseIri),
                Text("title", course.Title, course.Language),
                Text("description", course.Organisation is { } organisation ? $"{course.Title} ({organisation})" : course.Title, course.Language)),
            objectives.Count == 0 ? null : new XElement(Namespace + "objectives", objectives.Select(o =>
            {
                var text = o.Outcome.Text.TrimEnd(':', ' ');
                return new XElement(Namespace + "objective", new XAttribute("id", o.Iri),
                    Text("title", $"{o.Outcome.Id}: {text}", course.Language), Text("description", text, course.Language));
            })),
            au);
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    private static XElement Text(string name, string text, string language) =>
        new(Namespace + name, new XElement(Namespace + "langstring", new XAttribute("lang", language), text));
}
