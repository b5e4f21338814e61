using System.Xml.Linq;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.PackageValidation;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Scorm2004;

/// <summary>What an LMS importing a SCORM 2004 4th edition package of the course finds in it.</summary>
public sealed class Scorm2004PackageTests
{
    private static readonly XNamespace Cp = "http://www.imsglobal.org/xsd/imscp_v1p1";
    private static readonly XNamespace Adlcp = "http://www.adlnet.org/xsd/adlcp_v1p3";
    private static readonly XNamespace Imsss = "http://www.imsglobal.org/xsd/imsss";

    public static TheoryData<string> Courses => ["content", "samples/minimal-en", "samples/every-question-type"];

    private static BuiltPackage Build(string course) =>
        new(Path.Combine(Repository.Root, course), o => o with { Target = PackageTarget.Scorm2004 });

    [Theory]
    [MemberData(nameof(Courses))]
    public void The_manifest_is_valid_against_the_4th_edition_schemas(string course)
    {
        using var package = Build(course);

        Scorm2004SchemaFiles.Errors(package.ReadBytes("imsmanifest.xml")).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Courses))]
    public void Validate_finds_nothing_to_report_in_the_package(string course)
    {
        using var package = Build(course);

        PackageValidator.Validate(package.ZipPath, out var standard).Should().BeEmpty();
        standard.Should().Be("SCORM 2004");
    }

    [Fact]
    public void The_4th_edition_schemas_are_shipped_byte_for_byte_at_the_root()
    {
        using var package = Build("content");

        foreach (var file in Directory.GetFiles(Scorm2004SchemaFiles.Folder))
        {
            package.ReadBytes(Path.GetFileName(file)).Should().Equal(File.ReadAllBytes(file), Path.GetFileName(file));
        }

        package.EntryNames().Should().NotContain("imscp_rootv1p1p2.xsd", "the SCORM 1.2 schemas are not a 2004 package's");
    }

    [Fact]
    public void One_sco_with_an_objective_per_outcome_and_the_passing_score_as_the_primary_objectives_measure()
    {
        using var package = Build("samples/every-question-type");
        var manifest = XDocument.Parse(package.ReadText("imsmanifest.xml"));

        manifest.Root!.Element(Cp + "metadata")!.Element(Cp + "schemaversion")!.Value.Should().Be("2004 4th Edition");
        var resource = manifest.Descendants(Cp + "resource").Should().ContainSingle().Subject;
        resource.Attribute(Adlcp + "scormType")!.Value.Should().Be("sco");
        resource.Attribute("href")!.Value.Should().Be("index.html");
        var objectives = manifest.Descendants(Imsss + "objectives").Single();
        objectives.Elements(Imsss + "objective").Select(o => o.Attribute("objectiveID")!.Value)
            .Should().Equal("WC1", "WC1.1", "WC1.2", "WC2");
        var primary = objectives.Element(Imsss + "primaryObjective")!;
        primary.Attribute("satisfiedByMeasure")!.Value.Should().Be("true");
        primary.Element(Imsss + "minNormalizedMeasure")!.Value.Should().Be("0.75", "passing_score: 75");
        objectives.Elements(Imsss + "objective").Should().OnlyContain(
            o => o.Element(Imsss + "minNormalizedMeasure")!.Value == "0.75" && o.Attribute("satisfiedByMeasure")!.Value == "false",
            "Moodle launches with the last objective's measure (docs/scorm2004-pass-mark.md); the SCO judges each outcome");
    }

    [Fact]
    public void The_player_speaks_the_2004_api_and_the_sealed_patterns_are_in_2004_syntax()
    {
        using var package = Build("samples/every-question-type");
        var page = package.LaunchPage();

        package.ReadBytes("runtime/player.js").Should().Equal(
            File.ReadAllBytes(Path.Combine(Repository.Root, "packaging", "runtime", "player-scorm2004.js")), "the launch page loads the 2004 player under the usual name");
        string Pattern(string section, string question) => SealedKeys.Open(page, section, question).GetProperty("pattern").GetString()!;
        Pattern("stages", "q-clouds").Should().Be("b");
        Pattern("stages", "q-forms").Should().Be("a[,]b[,]d");
        Pattern("stages", "q-droplets").Should().Be("true");
        Pattern("stages", "q-name").Should().Be("evaporation");
        Pattern("stages", "q-count").Should().Be("4[:]4");
        Pattern("stages", "q-match").Should().Be("a[.]2[,]b[.]4[,]c[.]3[,]d[.]1");
        Pattern("stages", "q-order").Should().Be("d[,]b[,]c[,]a");
        Pattern("energy", "q-percent").Should().Be("10[:]20");
    }
}
