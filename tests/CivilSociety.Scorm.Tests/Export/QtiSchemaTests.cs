using System.Xml.Linq;
using CivilSociety.Scorm.Export;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Export;

/// <summary>
/// Every XML file of the exported QTI 2.1 package, the manifest included, valid against the IMS schemas, for the
/// real Arabic course and both samples: what Blackboard Learn and other QTI importers check before they read an item.
/// </summary>
public sealed class QtiSchemaTests
{
    [Theory]
    [MemberData(nameof(ExportedCourses.All), MemberType = typeof(ExportedCourses))]
    public void Every_file_of_the_package_is_valid_against_the_QTI_2_1_and_IMS_CP_schemas(string course)
    {
        var entries = ExportRun.Entries(ExportRun.Of(Path.Combine(Repository.Root, course), QuestionFormat.Qti21).Content);
        var xmlFiles = entries.Where(e => e.Key.EndsWith(".xml", StringComparison.Ordinal)).ToList();

        xmlFiles.Should().Contain(e => e.Key == "imsmanifest.xml");
        xmlFiles.SelectMany(e => QtiSchemas.Validate(e.Value, e.Key)).Should().BeEmpty();
    }

    [Fact]
    public void Rich_question_text_stays_valid_QTI_content()
    {
        using var course = new CourseBuilder()
            .WithBytes("media/key.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 9])
            .With("sections/one.md", CourseBuilder.SectionOne.Replace("### Which is first? {#q1 outcomes=\"LO1\"}\n", RichStem, StringComparison.Ordinal));

        var entries = ExportRun.Entries(ExportRun.Of(course.Directory, QuestionFormat.Qti21).Content);

        QtiSchemas.Validate(entries["items/one.q1.xml"], "one.q1.xml").Should().BeEmpty();
        QtiSchemas.Validate(entries["imsmanifest.xml"], "imsmanifest.xml").Should().BeEmpty();
    }

    /// <summary>A stem holds one paragraph of inline Markdown: marks, code, emphasis, an image, a link, a line break.</summary>
    private const string RichStem = """
        ### Which is first? {#q1 outcomes="LO1"}

        The ==marked== word, `code`, **bold**, *emphasis*, H~2~O and ![a key](../media/key.png) with [a link](https://example.org).<br>A new line.

        """;

    [Fact]
    public void A_link_without_href_keeps_its_text_and_an_image_without_src_is_dropped()
    {
        var blocks = new QtiHtml().ToBlocks("""<p>See <a name="top">the <a href="#x">top</a></a> and <img alt="nothing"> <img src="a.png"> here.</p>""");
        var item = new XDocument(new XElement(QtiHtml.Qti + "assessmentItem", new XAttribute("identifier", "x"), new XAttribute("title", "t"),
            new XAttribute("adaptive", "false"), new XAttribute("timeDependent", "false"), new XElement(QtiHtml.Qti + "itemBody", blocks)));

        QtiSchemas.Validate(System.Text.Encoding.UTF8.GetBytes(item.ToString()), "links.xml").Should().BeEmpty();
        item.Descendants(QtiHtml.Qti + "p").Single().Value.Should().Be("See the top and   here.");
        item.Descendants(QtiHtml.Qti + "img").Should().ContainSingle().Which.Attribute("alt")!.Value.Should().BeEmpty();
    }

    [Fact]
    public void The_schemas_reject_what_an_importer_would()
    {
        const string item = """
            <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="x" title="t" adaptive="false" timeDependent="false">
              <itemBody><textEntryInteraction responseIdentifier="1st"/></itemBody>
              <responseDeclaration identifier="RESPONSE" cardinality="single"/>
            </assessmentItem>
            """;

        var problems = QtiSchemas.Validate(System.Text.Encoding.UTF8.GetBytes(item), "bad.xml");

        problems.Should().Contain(p => p.Contains("textEntryInteraction", StringComparison.Ordinal), "an inline interaction is not a block of the body");
        problems.Should().Contain(p => p.Contains("responseDeclaration", StringComparison.Ordinal), "declarations come before the body");
    }
}
