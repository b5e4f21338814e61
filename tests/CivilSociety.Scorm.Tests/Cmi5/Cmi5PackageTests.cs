using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.PackageValidation;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Cmi5;

/// <summary>
/// build --target cmi5: cmi5.xml at the zip's root, valid against the cmi5 CourseStructure schema kept here
/// (CourseStructure.xsd, from the cmi5 specification), one AU launching the page with its own player.
/// </summary>
public sealed class Cmi5PackageTests
{
    private static readonly XNamespace Cs = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

    private static string TestSchemaPath => Path.Combine(Repository.Root, "tests", "CivilSociety.Scorm.Tests", "Cmi5", "CourseStructure.xsd");

    public static TheoryData<string> Courses() => new() { "content", "samples/minimal-en", "samples/every-question-type" };

    private static BuiltPackage Build(string course) =>
        new(Path.Combine(Repository.Root, course), options => options with { Target = PackageTarget.Cmi5 });

    private static List<string> SchemaErrors(XDocument document)
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        using (var reader = XmlReader.Create(TestSchemaPath, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            set.Add(XmlSchema.Read(reader, null)!);
        }

        var errors = new List<string>();
        document.Validate(set, (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        return errors;
    }

    [Theory]
    [MemberData(nameof(Courses))]
    public void The_cmi5_xml_of_every_course_is_valid_against_the_cmi5_schema(string course)
    {
        using var package = Build(course);

        var document = XDocument.Parse(package.ReadText("cmi5.xml"));
        SchemaErrors(document).Should().BeEmpty();
        document.Root!.Name.Should().Be(Cs + "courseStructure");
        PackageValidator.Validate(package.ZipPath, out var standard).Should().BeEmpty("validate reads a cmi5 package without a complaint");
        standard.Should().Be("cmi5", "validate says what it checked the package as");
    }

    [Fact]
    public void The_schema_kept_here_is_the_one_validate_uses()
    {
        var library = Path.Combine(Repository.Root, "src", "CivilSociety.Scorm", "PackageValidation", "Schemas", "CourseStructure.xsd");
        File.ReadAllBytes(TestSchemaPath).Should().Equal(File.ReadAllBytes(library));
    }

    [Fact]
    public void The_real_course_has_one_au_passed_and_completed_at_its_passing_score_with_an_objective_per_outcome()
    {
        using var package = Build("content");

        var root = XDocument.Parse(package.ReadText("cmi5.xml")).Root!;
        var au = root.Elements(Cs + "au").Should().ContainSingle().Subject;
        au.Attribute("moveOn")!.Value.Should().Be("CompletedAndPassed");
        au.Attribute("masteryScore")!.Value.Should().Be("0.7");
        au.Attribute("launchMethod")!.Value.Should().Be("AnyWindow");
        au.Element(Cs + "url")!.Value.Should().Be("index.html");
        var courseId = root.Element(Cs + "course")!.Attribute("id")!.Value;
        courseId.Should().Be("urn:civil-scorm:cmi5/courses/civil-society-tip", "without an xapi: block the ids are URNs");
        au.Attribute("id")!.Value.Should().StartWith(courseId + "/");
        var objectives = root.Element(Cs + "objectives")!.Elements(Cs + "objective").Select(o => o.Attribute("id")!.Value).ToList();
        objectives.Should().Equal(new[] { "LO1", "LO2", "LO2.1", "LO2.2", "LO2.3", "LO2.4", "LO2.5", "LO2.6" }.Select(id => $"{courseId}/objectives/{id}"));
        au.Element(Cs + "objectives")!.Elements().Select(o => o.Attribute("idref")!.Value).Should().Equal(objectives);
        root.Element(Cs + "course")!.Element(Cs + "title")!.Element(Cs + "langstring")!.Attribute("lang")!.Value.Should().Be("ar");
    }

    [Fact]
    public void A_cmi5_package_runs_its_own_player_and_no_scorm_file()
    {
        using var package = Build("samples/minimal-en");

        package.EntryNames().Should().Contain(["cmi5.xml", "index.html", "runtime/player-cmi5.js"])
            .And.NotContain(["imsmanifest.xml", "runtime/player.js", "runtime/xapi.js", "imscp_rootv1p1p2.xsd"]);
        var page = package.LaunchPage();
        page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).Should().Equal("runtime/player-cmi5.js");
        page.GetElementById("course-data")!.TextContent.Should().Contain("\"xapi\"", "the statements need the activities");
    }

    [Fact]
    public void A_course_without_questions_moves_on_when_completed_and_has_no_mastery_score()
    {
        using var course = new CourseBuilder()
            .With("sections/one.md", "---\nid: one\ntitle: Section one\noutcomes: [LO1]\n---\n\nText only.\n")
            .With("sections/two.md", "---\nid: two\ntitle: Section two\noutcomes: [LO2]\n---\n\nMore text.\n");
        var result = CourseCompiler.Compile(new CompileOptions(course.Directory, course.OutputPath) { Target = PackageTarget.Cmi5 });
        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));

        using var zip = System.IO.Compression.ZipFile.OpenRead(result.PackagePath!);
        using var stream = zip.GetEntry("cmi5.xml")!.Open();
        var au = XDocument.Load(stream).Root!.Element(Cs + "au")!;
        au.Attribute("moveOn")!.Value.Should().Be("Completed");
        au.Attribute("masteryScore").Should().BeNull();
    }

    [Fact]
    public void A_built_in_endpoint_alone_keeps_the_urn_ids_and_opens_the_page_to_that_lrs()
    {
        using var package = new BuiltPackage(Repository.RealCourse, options => options with { Target = PackageTarget.Cmi5, XapiEndpoint = "http://127.0.0.1:8180/xAPI/" });

        XDocument.Parse(package.ReadText("cmi5.xml")).Root!.Element(Cs + "course")!.Attribute("id")!.Value.Should().StartWith("urn:civil-scorm:cmi5/");
        package.LaunchPage().QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")
            .Should().Contain("connect-src 'self' http://127.0.0.1:8180 https:");
    }

    [Fact]
    public void The_scorm_target_never_ships_the_cmi5_player()
    {
        using var scorm = new BuiltPackage(Repository.RealCourse);

        scorm.EntryNames().Should().NotContain("runtime/player-cmi5.js").And.NotContain("cmi5.xml");
    }
}
