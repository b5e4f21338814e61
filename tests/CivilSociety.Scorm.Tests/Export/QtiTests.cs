using System.Xml;
using System.Xml.Linq;
using CivilSociety.Scorm.Export;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Export;

/// <summary>
/// The QTI 2.1 package checked against the structure of the QTI 2.1 and IMS CP 1.1 bindings: every resource's file is
/// in the zip, every item is an assessmentItem in the QTI namespace with its required attributes, its parts in the
/// schema's order, identifiers that are XML names, the interaction and response declaration each type needs, and
/// only the XHTML elements QTI 2.1 defines in its content.
/// </summary>
public sealed class QtiTests
{
    private static readonly XNamespace Qti = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    private static readonly XNamespace Cp = "http://www.imsglobal.org/xsd/imscp_v1p1";

    private static readonly string[] BodyBlocks = ["p", "div", "ul", "ol", "blockquote", "table", "pre"];

    private static readonly string[] ItemOrder = ["responseDeclaration", "outcomeDeclaration", "itemBody", "responseProcessing", "modalFeedback"];

    private static readonly HashSet<string> QtiElements =
    [
        "assessmentItem", "responseDeclaration", "outcomeDeclaration", "defaultValue", "correctResponse", "value", "itemBody", "responseProcessing",
        "modalFeedback", "choiceInteraction", "simpleChoice", "textEntryInteraction", "matchInteraction", "simpleMatchSet", "simpleAssociableChoice",
        "orderInteraction", "responseCondition", "responseIf", "responseElse", "setOutcomeValue", "baseValue", "variable", "correct", "match", "or",
        "and", "gte", "lte", "equal", "stringMatch", "multiple",
        "p", "div", "blockquote", "ul", "ol", "li", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "hr",
        "a", "b", "br", "code", "em", "i", "img", "span", "strong", "sub", "sup", "q",
    ];

    [Fact]
    public void Package_lists_an_item_resource_per_question_with_its_outcomes()
    {
        var entries = ExportRun.Entries(ExportRun.Of(Repository.Sample("every-question-type"), QuestionFormat.Qti21).Content);
        var manifest = XDocument.Load(new MemoryStream(entries["imsmanifest.xml"])).Root!;

        manifest.Name.Should().Be(Cp + "manifest");
        var resources = manifest.Element(Cp + "resources")!.Elements(Cp + "resource").ToList();
        resources.Should().HaveCount(9).And.OnlyContain(r => (string?)r.Attribute("type") == "imsqti_item_xmlv2p1");
        foreach (var resource in resources)
        {
            XmlConvert.VerifyNCName(resource.Attribute("identifier")!.Value);
            resource.Elements(Cp + "file").Select(f => f.Attribute("href")!.Value).Should().OnlyContain(href => entries.ContainsKey(href));
            resource.Descendants().Where(e => e.Name.LocalName == "keyword").Should().NotBeEmpty();
        }

        entries.Keys.Where(k => k.StartsWith("items/", StringComparison.Ordinal)).Should().BeEquivalentTo(resources.Select(r => r.Attribute("href")!.Value));
    }

    [Fact]
    public void Every_item_is_a_well_formed_QTI_2_1_assessment_item()
    {
        var entries = ExportRun.Entries(ExportRun.Of(Repository.Sample("every-question-type"), QuestionFormat.Qti21).Content);
        var interactions = new Dictionary<string, string>();
        foreach (var (name, bytes) in entries.Where(e => e.Key.StartsWith("items/", StringComparison.Ordinal)))
        {
            var item = XDocument.Load(new MemoryStream(bytes)).Root!;
            item.Name.Should().Be(Qti + "assessmentItem");
            foreach (var attribute in new[] { "identifier", "title", "adaptive", "timeDependent" })
            {
                item.Attribute(attribute).Should().NotBeNull($"{name} has {attribute}");
            }

            item.Elements().Select(e => Array.IndexOf(ItemOrder, e.Name.LocalName)).Should().BeInAscendingOrder($"{name} keeps the schema's order").And.NotContain(-1);
            item.Descendants().Should().OnlyContain(e => e.Name.Namespace == Qti && QtiElements.Contains(e.Name.LocalName), name);
            item.Descendants(Qti + "simpleChoice").Concat(item.Descendants(Qti + "simpleAssociableChoice"))
                .Select(c => c.Attribute("identifier")!.Value).ToList().ForEach(id => XmlConvert.VerifyNCName(id));
            item.Element(Qti + "itemBody")!.Elements().Select(e => e.Name.LocalName)
                .Should().OnlyContain(n => BodyBlocks.Contains(n) || n.EndsWith("Interaction"), "an item body holds blocks");
            var declaration = item.Element(Qti + "responseDeclaration")!;
            var interaction = item.Element(Qti + "itemBody")!.Descendants().First(e => e.Name.LocalName.EndsWith("Interaction", StringComparison.Ordinal));
            interaction.Attribute("responseIdentifier")!.Value.Should().Be(declaration.Attribute("identifier")!.Value);
            interactions[item.Attribute("identifier")!.Value] = $"{interaction.Name.LocalName} {declaration.Attribute("cardinality")!.Value} {declaration.Attribute("baseType")!.Value}";
        }

        interactions.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["stages.q-clouds"] = "choiceInteraction single identifier",
            ["stages.q-forms"] = "choiceInteraction multiple identifier",
            ["stages.q-droplets"] = "choiceInteraction single identifier",
            ["stages.q-name"] = "textEntryInteraction single string",
            ["stages.q-count"] = "textEntryInteraction single float",
            ["stages.q-match"] = "matchInteraction multiple directedPair",
            ["stages.q-order"] = "orderInteraction ordered identifier",
            ["energy.q-gravity"] = "choiceInteraction single identifier",
            ["energy.q-percent"] = "textEntryInteraction single float",
        });
    }

    [Fact]
    public void Html5_elements_become_QTI_ones_and_images_travel_in_the_package()
    {
        using var course = new CourseBuilder()
            .WithBytes("media/key.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 9])
            .With("sections/one.md", CourseBuilder.SectionOne.Replace("Some text about the *first* thing.\n\n::: quiz\n### Which is first? {#q1 outcomes=\"LO1\"}\n",
                "Some text.\n\n::: quiz\n### Which is first? {#q1 outcomes=\"LO1\"}\n\nThe ==marked== word and ![a key](../media/key.png).\n", StringComparison.Ordinal));
        var entries = ExportRun.Entries(ExportRun.Of(course.Directory, QuestionFormat.Qti21).Content);

        var item = XDocument.Load(new MemoryStream(entries["items/one.q1.xml"])).Root!;
        item.Descendants(Qti + "img").Single().Attribute("src")!.Value.Should().Be("../media/key.png");
        item.Descendants(Qti + "span").Should().Contain(s => s.Value == "marked");
        entries["media/key.png"].Should().HaveCount(9);
    }
}
