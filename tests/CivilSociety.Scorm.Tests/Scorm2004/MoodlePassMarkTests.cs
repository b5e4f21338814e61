using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.PackageValidation;
using CivilSociety.Scorm.Testing;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Scorm2004;

/// <summary>
/// The pass mark Moodle 4.5 launches each built SCORM 2004 package with, read from its manifest by Moodle's own
/// rules (<see cref="MoodleScorm2004Launch"/>: scormlib.php gives an objective without a measure 1.0, scorm_13lib.php
/// sends the last objective's measure): it must be the course's passing_score, which the manifest's primary
/// objective states for every other engine.
/// </summary>
public sealed partial class MoodlePassMarkTests
{
    private static readonly XNamespace Imsss = "http://www.imsglobal.org/xsd/imsss";

    public static TheoryData<string> Courses => ["content", .. Repository.Samples];

    [Theory]
    [MemberData(nameof(Courses))]
    public void Moodle_sends_the_courses_passing_score_as_cmi_scaled_passing_score(string course)
    {
        var passingScore = PassingScore(course);
        using var package = new BuiltPackage(Path.Combine(Repository.Root, course), o => o with { Target = PackageTarget.Scorm2004 });
        var manifest = XDocument.Parse(package.ReadText("imsmanifest.xml"));

        var launch = MoodleScorm2004Launch.OfFirstSco(manifest);

        launch.ScaledPassingScore.Should().Be(passingScore / 100m, "{0} has passing_score: {1}", course, passingScore);
        var primary = manifest.Descendants(Imsss + "primaryObjective").Single();
        decimal.Parse(primary.Element(Imsss + "minNormalizedMeasure")!.Value, CultureInfo.InvariantCulture)
            .Should().Be(passingScore / 100m, "an engine that reads the primary objective arrives at the same pass mark");
        manifest.Descendants(Imsss + "objective").Should().OnlyContain(
            o => (string?)o.Attribute("satisfiedByMeasure") != "true", "an outcome is judged by the SCO, not by the LMS from a measure");
        manifest.Descendants(Imsss + "objective").Select(o => decimal.Parse(o.Element(Imsss + "minNormalizedMeasure")!.Value, CultureInfo.InvariantCulture))
            .Should().OnlyContain(m => m == passingScore / 100m, "whichever objective an engine reads last, it reads the pass mark");
        launch.ObjectiveIds.Should().NotBeEmpty().And.OnlyHaveUniqueItems("Moodle seeds cmi.objectives.n.id with the outcomes' ids");
    }

    [Fact]
    public void The_rules_reproduce_what_moodle_did_with_the_earlier_manifest_one_measure_on_the_primary_objective_only()
    {
        // The shape the 2004 target wrote at 2b188ff, which a real Moodle 4.5.6 launched with cmi.scaled_passing_score 1.
        var manifest = XDocument.Parse(
            """
            <manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:imsss="http://www.imsglobal.org/xsd/imsss">
              <organizations><organization><item identifier="I" identifierref="R"><imsss:sequencing><imsss:objectives>
                <imsss:primaryObjective satisfiedByMeasure="true"><imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure></imsss:primaryObjective>
                <imsss:objective objectiveID="LO1"/><imsss:objective objectiveID="LO2"/>
              </imsss:objectives></imsss:sequencing></item></organization></organizations>
            </manifest>
            """);

        var launch = MoodleScorm2004Launch.OfFirstSco(manifest);

        launch.ScaledPassingScore.Should().Be(1m);
        launch.ObjectiveIds.Should().Equal("LO1", "LO2");
    }

    [Fact]
    public void Validate_warns_when_moodle_would_send_another_pass_mark_than_the_primary_objectives()
    {
        using var directory = new TempDirectory();
        using var built = new BuiltPackage(Repository.Sample("every-question-type"), o => o with { Target = PackageTarget.Scorm2004 });
        var zipPath = directory.File("earlier.zip");
        File.Copy(built.ZipPath, zipPath);
        using (var zip = System.IO.Compression.ZipFile.Open(zipPath, System.IO.Compression.ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("imsmanifest.xml")!;
            XDocument manifest;
            using (var stream = entry.Open())
            {
                manifest = XDocument.Load(stream);
            }

            // Take the measure off the last outcome: Moodle gives it 1.0, and it comes last.
            manifest.Descendants(Imsss + "objective").Last().Element(Imsss + "minNormalizedMeasure")!.Remove();
            entry.Delete();
            using var writer = zip.CreateEntry("imsmanifest.xml").Open();
            manifest.Save(writer);
        }

        var diagnostics = PackageValidator.Validate(zipPath);

        diagnostics.Should().ContainSingle().Which.Id.Should().Be("SCO6041");
        diagnostics[0].Message.Should().Contain("cmi.scaled_passing_score 1,").And.Contain("minNormalizedMeasure 0.75").And.Contain("'WC2'");
    }

    private static int PassingScore(string course) =>
        int.Parse(PassingScoreLine().Match(File.ReadAllText(Path.Combine(Repository.Root, course, "course.yml"))).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^passing_score:\s*(\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex PassingScoreLine();
}
