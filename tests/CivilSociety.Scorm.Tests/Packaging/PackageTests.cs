using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using CivilSociety.Scorm.PackageValidation;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Packaging;

public sealed class PackageTests
{
    private static readonly string[] SchemaFiles = ["adlcp_rootv1p2.xsd", "ims_xml.xsd", "imscp_rootv1p1p2.xsd", "imsmd_rootv1p2p1.xsd"];
    private static readonly XNamespace Cp = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    private static readonly XNamespace Adl = "http://www.adlnet.org/xsd/adlcp_rootv1p2";

    [Fact]
    public void The_real_course_package_has_the_manifest_launch_page_runtime_and_schemas_at_its_root()
    {
        using var package = new BuiltPackage(Repository.RealCourse);

        var names = package.EntryNames();

        names.Should().Contain(["imsmanifest.xml", "index.html", "runtime/player.js", "runtime/player.css", .. SchemaFiles]);
        names.Should().OnlyContain(n => System.Text.RegularExpressions.Regex.IsMatch(n, "^[A-Za-z0-9._/-]+$"), "Moodle rewrites other characters");
        names.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void The_schema_files_are_shipped_byte_for_byte()
    {
        using var package = new BuiltPackage(Repository.RealCourse);

        foreach (var schema in SchemaFiles)
        {
            package.ReadBytes(schema).Should().Equal(File.ReadAllBytes(Path.Combine(Repository.Root, "packaging", "schemas", schema)), schema);
        }
    }

    [Fact]
    public void Two_builds_of_the_same_course_are_byte_identical()
    {
        using var first = new BuiltPackage(Repository.RealCourse);
        using var second = new BuiltPackage(Repository.RealCourse);

        File.ReadAllBytes(first.ZipPath).Should().Equal(File.ReadAllBytes(second.ZipPath));
    }

    [Fact]
    public void Entries_have_a_fixed_timestamp()
    {
        using var package = new BuiltPackage(Repository.RealCourse);
        using var zip = ZipFile.OpenRead(package.ZipPath);

        zip.Entries.Select(e => e.LastWriteTime.DateTime).Distinct().Should().ContainSingle().Which.Year.Should().Be(2000);
    }

    [Fact]
    public void The_manifest_matches_the_golden_file()
    {
        using var package = new BuiltPackage(Repository.RealCourse);
        var golden = Path.Combine(Repository.Root, "tests", "CivilSociety.Scorm.Tests", "Golden", "real-course.imsmanifest.xml");
        var actual = package.ReadText("imsmanifest.xml");

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
        }

        actual.Should().Be(File.ReadAllText(golden), "set UPDATE_GOLDEN=1 to accept a deliberate change");
    }

    [Fact]
    public void The_manifest_is_what_moodle_and_blackboard_expect()
    {
        using var package = new BuiltPackage(Repository.RealCourse);
        var text = package.ReadText("imsmanifest.xml");
        var manifest = XDocument.Parse(text);

        text.Should().Contain("دور المجتمع المدني في مكافحة الاتجار بالأشخاص", "Arabic is written literally");
        text.Should().NotContain("&#", "Moodle garbles character references");
        text.Should().Contain("xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\"").And.Contain("xmlns:adlcp=");
        manifest.Root!.Element(Cp + "metadata")!.Elements().Select(e => (e.Name.LocalName, e.Value))
            .Should().Equal(("schema", "ADL SCORM"), ("schemaversion", "1.2"));

        var organizations = manifest.Root.Element(Cp + "organizations")!;
        var organization = organizations.Elements(Cp + "organization").Should().ContainSingle().Subject;
        ((string?)organizations.Attribute("default")).Should().Be((string?)organization.Attribute("identifier"));
        var item = organization.Element(Cp + "item")!;
        item.Elements().Select(e => e.Name.LocalName).Should().Equal("title", "masteryscore");
        item.Element(Adl + "masteryscore")!.Value.Should().Be("70");

        var resource = manifest.Root.Element(Cp + "resources")!.Elements(Cp + "resource").Should().ContainSingle().Subject;
        ((string?)resource.Attribute("identifier")).Should().Be((string?)item.Attribute("identifierref"));
        ((string?)resource.Attribute("type")).Should().Be("webcontent");
        ((string?)resource.Attribute(Adl + "scormtype")).Should().Be("sco");
        ((string?)resource.Attribute("href")).Should().Be("index.html");
        resource.Elements(Cp + "file").Select(f => (string)f.Attribute("href")!)
            .Should().BeEquivalentTo(package.EntryNames().Where(n => n != "imsmanifest.xml"));
    }

    [Fact]
    public void A_course_without_questions_has_no_mastery_score()
    {
        using var course = new CourseBuilder()
            .With("sections/one.md", "---\nid: one\ntitle: One\n---\nJust reading.\n")
            .With("sections/two.md", "---\nid: two\ntitle: Two\n---\nMore reading.\n");

        var result = course.Compile();

        result.Succeeded.Should().BeTrue();
        using var zip = ZipFile.OpenRead(result.PackagePath!);
        using var reader = new StreamReader(zip.GetEntry("imsmanifest.xml")!.Open());
        XDocument.Parse(reader.ReadToEnd()).Descendants(Adl + "masteryscore").Should().BeEmpty();
    }

    [Fact]
    public void The_package_passes_the_package_validator()
    {
        using var package = new BuiltPackage(Repository.RealCourse);

        PackageValidator.Validate(package.ZipPath).Should().BeEmpty();
    }

    [Fact]
    public void The_package_passes_xmllint_against_the_scorm_12_schemas()
    {
        using var package = new BuiltPackage(Repository.RealCourse);

        var (exitCode, output) = Tools.Run("bash", Path.Combine(Repository.Root, "scripts", "validate-manifest.sh"), package.ZipPath);

        exitCode.Should().Be(0, output);
    }

    [Fact]
    public void A_failed_build_leaves_an_existing_zip_untouched_and_no_temporary_files()
    {
        using var course = new CourseBuilder();
        course.Compile().Succeeded.Should().BeTrue();
        var before = File.ReadAllBytes(course.OutputPath);
        course.With("sections/one.md", CourseBuilder.SectionOne.Replace("outcomes=\"LO1\"", "outcomes=\"LO9\""));

        var result = course.Compile();

        result.Succeeded.Should().BeFalse();
        File.ReadAllBytes(course.OutputPath).Should().Equal(before);
        Directory.GetFiles(Path.GetDirectoryName(course.OutputPath)!).Select(Path.GetFileName)
            .Should().BeEquivalentTo(["course.zip", "course.decoder.csv"], "no temporary file is left behind");
    }

    [Fact]
    public void The_launch_page_carries_language_direction_sections_and_quizzes()
    {
        using var package = new BuiltPackage(Repository.RealCourse);
        var page = package.LaunchPage();

        page.DocumentElement.GetAttribute("lang").Should().Be("ar");
        page.DocumentElement.GetAttribute("dir").Should().Be("rtl");
        page.Title.Should().Be("دور المجتمع المدني في مكافحة الاتجار بالأشخاص");
        page.QuerySelectorAll("section.section").Select(s => s.GetAttribute("data-section"))
            .Should().Equal("introduction", "activities", "the-public", "module-structure", "learning-outcomes");
        page.QuerySelectorAll("[data-slot=toc] a[data-section]").Should().HaveCount(5);
        page.QuerySelectorAll("fieldset.question").Should().HaveCount(12);
        page.QuerySelectorAll("input").Should().OnlyContain(i => page.QuerySelector($"label[for='{i.Id}']") != null, "every control is labelled");
        page.QuerySelectorAll("[id]").Select(e => e.Id).Should().OnlyHaveUniqueItems();
        page.Body!.TextContent.Should().NotContain("التالي: قضايا أساسية").And.NotContain("العودة إلى الأعلى");

        using var data = JsonDocument.Parse(page.GetElementById("course-data")!.TextContent);
        data.RootElement.GetProperty("passingScore").GetInt32().Should().Be(70);
        data.RootElement.GetProperty("outcomes").GetArrayLength().Should().Be(8);
    }

    [Fact]
    public void Every_paragraph_and_list_item_of_the_seed_is_in_the_page()
    {
        using var package = new BuiltPackage(Repository.RealCourse);
        var text = Normalize(package.LaunchPage().Body!.TextContent);
        var seed = File.ReadAllLines(Path.Combine(Repository.Root, "tests", "CivilSociety.Scorm.Tests", "Golden", "seed.txt"));

        foreach (var line in seed.Select(l => l.Trim().TrimStart('•').Trim()).Where(l => l.Length > 0))
        {
            if (line is "التالي: قضايا أساسية" or "العودة إلى الأعلى")
            {
                continue;
            }

            text.Should().Contain(Normalize(line));
        }
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
