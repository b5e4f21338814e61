using System.Xml.Linq;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Xapi;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// tincan.xml, the launch descriptor of an xAPI (TinCan) package: the course activity with its launch page, then
/// every other activity with its definition, for LMSs and LRSs that import such packages.
/// </summary>
internal static class TincanXmlWriter
{
    public const string FileName = "tincan.xml";

    private static readonly XNamespace Tincan = "http://projecttincan.com/tincan.xsd";

    public static XDocument Build(IEnumerable<Activity> activities, string language)
    {
        var list = activities.ToList();
        var elements = list.Select((activity, index) =>
        {
            var definition = activity.Definition!;
            var element = new XElement(Tincan + "activity",
                new XAttribute("id", activity.Id),
                new XAttribute("type", definition.Type),
                LanguageElements("name", definition.Name),
                LanguageElements("description", definition.Description ?? definition.Name));
            if (index == 0)
            {
                element.Add(new XElement(Tincan + "launch", new XAttribute("lang", language), RuntimeContract.Files.LaunchPage));
            }

            if (definition.InteractionType is { } interactionType)
            {
                element.Add(new XElement(Tincan + "interactionType", interactionType));
                // Correct responses are left out: the package is open to learners (docs/answer-keys.md).
                element.Add(Components("choices", definition.Choices), Components("source", definition.Source), Components("target", definition.Target));
            }

            return element;
        });

        return new XDocument(new XDeclaration("1.0", "UTF-8", null), new XElement(Tincan + "tincan", new XElement(Tincan + "activities", elements)));
    }

    private static IEnumerable<XElement> LanguageElements(string name, IReadOnlyDictionary<string, string> map) =>
        map.Select(pair => new XElement(Tincan + name, new XAttribute("lang", pair.Key), pair.Value));

    private static XElement? Components(string name, IReadOnlyList<InteractionComponent>? components) =>
        components is null ? null : new XElement(Tincan + name, components.Select(c =>
            new XElement(Tincan + "component", new XElement(Tincan + "id", c.Id), LanguageElements("description", c.Description))));
}
