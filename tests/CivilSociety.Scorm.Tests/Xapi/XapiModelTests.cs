using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Tests.Infrastructure;
using CivilSociety.Scorm.Xapi;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Xapi;

public sealed class XapiModelTests
{
    private const string Base = "https://courses.example.org/xapi";
    private static readonly string GoldenFolder = Path.Combine(Repository.Root, "tests", "CivilSociety.Scorm.Tests", "Golden", "xapi");

    [Theory]
    [InlineData(18.4, "PT18.4S")]
    [InlineData(0, "PT0S")]
    [InlineData(3750.5, "PT1H2M30.5S")]
    [InlineData(90000, "PT25H")]
    [InlineData(61.005, "PT1M1.01S")]
    public void Durations_are_iso_8601_with_hours_as_the_largest_unit(double seconds, string expected)
    {
        XapiDuration.Format(TimeSpan.FromSeconds(seconds)).Should().Be(expected);
    }

    [Fact]
    public void An_answered_statement_serialises_as_xapi_1_0_3_json()
    {
        var question = new Activity($"{Base}/courses/c/sections/s/quiz/questions/q1", new ActivityDefinition(
            ActivityTypes.Interaction,
            new Dictionary<string, string> { ["ar"] = "السؤال 1" },
            InteractionType: "choice",
            CorrectResponsesPattern: ["c"],
            Choices: [new InteractionComponent("a", new Dictionary<string, string> { ["ar"] = "المنظمات غير الحكومية" })]));
        var statement = new Statement(
            Guid.Parse("a0cc61e2-e7bf-4a13-ba0a-6caabeba5744"),
            Actor.AgentWithAccount("https://lms.example.org", "student-0042"),
            Verbs.Answered,
            question,
            new Result(new Score(1, 1, 0, 1), Success: true, Response: "c", Duration: XapiDuration.Format(TimeSpan.FromSeconds(18.4))),
            new Context(
                Guid.Parse("5bd3ff3d-2e5d-440d-81bc-8520fa734dc9"),
                new ContextActivities(Parent: [new Activity($"{Base}/courses/c/sections/s/quiz")]),
                Platform: "CivilSociety.Scorm",
                Language: "ar",
                Extensions: new Dictionary<string, JsonNode?> { [XapiExtensions.AttemptId] = 1 }),
            DateTimeOffset.Parse("2026-03-01T10:15:42.310Z", System.Globalization.CultureInfo.InvariantCulture));

        var json = XapiJson.Serialize(statement);

        var golden = Path.Combine(GoldenFolder, "answered.json");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        }

        JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(File.ReadAllText(golden))).Should().BeTrue(json);
        json.Should().Contain("\"objectType\":\"Activity\"").And.Contain("السؤال 1").And.NotContain("null");
        var roundTrip = XapiJson.Serialize(XapiJson.Deserialize(File.ReadAllText(golden))!);
        JsonNode.DeepEquals(JsonNode.Parse(roundTrip), JsonNode.Parse(json)).Should().BeTrue("what the model writes, it reads back: " + roundTrip);
    }

    [Fact]
    public void The_real_course_with_xapi_on_carries_every_activity_definition_in_its_language()
    {
        using var course = XapiCourse(Repository.RealCourse, "--target scorm12");
        var xapi = JsonNode.Parse(course.LaunchPage().GetElementById("course-data")!.TextContent)!["xapi"]!;

        ((string?)xapi["course"]!["id"]).Should().Be($"{Base}/courses/civil-society-tip");
        ((string?)xapi["course"]!["definition"]!["name"]!["ar"]).Should().Be("دور المجتمع المدني في مكافحة الاتجار بالأشخاص");
        xapi["sections"]!.AsObject().Should().HaveCount(5);
        xapi["questions"]!.AsObject().Should().HaveCount(12);
        xapi["objectives"]!.AsObject().Select(p => p.Key).Should().Equal("LO1", "LO2", "LO2.1", "LO2.2", "LO2.3", "LO2.4", "LO2.5", "LO2.6");
        var question = xapi["questions"]!["introduction.q-categories"]!;
        ((string?)question["id"]).Should().Be($"{Base}/courses/civil-society-tip/sections/introduction/quiz/questions/q-categories");
        ((string?)question["definition"]!["interactionType"]).Should().Be("choice");
        question["definition"]!["correctResponsesPattern"].Should().BeNull("the correct responses are sealed with the answer key");
        SealedKeys.Open(course.LaunchPage(), "introduction", "q-categories").GetProperty("xapi")[0].GetString().Should().Be("a[,]b[,]c[,]d");
        ((decimal?)xapi["masteryScore"]).Should().Be(0.7m);
        course.EntryNames().Should().Contain(["imsmanifest.xml", "runtime/xapi.js"]);
        course.LaunchPage().QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content").Should().Contain("connect-src 'self' http://127.0.0.1:8180 https:;", "the LRS built in, and any https LRS a launch may name");
    }

    [Fact]
    public void Every_question_type_gets_its_xapi_response_pattern()
    {
        using var course = XapiCourse(Repository.Sample("every-question-type"), "--target scorm12");
        var page = course.LaunchPage();
        var questions = JsonNode.Parse(page.GetElementById("course-data")!.TextContent)!["xapi"]!["questions"]!;

        // In the page without their correct responses; those are sealed with each question's answer key.
        questions.AsObject().Should().OnlyContain(q => q.Value!["definition"]!["correctResponsesPattern"] == null);
        string[] Patterns(string id) => [.. SealedKeys.Open(page, id.Split('.')[0], id.Split('.')[1]).GetProperty("xapi").EnumerateArray().Select(p => p.GetString()!)];
        string Pattern(string id) => Patterns(id).Single();
        Pattern("stages.q-forms").Should().Be("a[,]b[,]d");
        Pattern("stages.q-droplets").Should().Be("true");
        Patterns("stages.q-name").Should().Equal("evaporation", "evaporating");
        Pattern("stages.q-count").Should().Be("4");
        Pattern("energy.q-percent").Should().Be("10[:]20");
        Pattern("stages.q-match").Should().Be("a[.]2[,]b[.]4[,]c[.]3[,]d[.]1");
        questions["stages.q-match"]!["definition"]!["source"]!.AsArray().Should().HaveCount(4);
        questions["stages.q-match"]!["definition"]!["target"]!.AsArray().Select(t => (string?)t!["id"]).Should().Equal("1", "2", "3", "4");
        Pattern("stages.q-order").Should().Be("d[,]b[,]c[,]a");
        questions["stages.q-order"]!["definition"]!["choices"]!.AsArray().Select(c => (string?)c!["id"]).Should().Equal("a", "b", "c", "d");
    }

    [Fact]
    public void The_xapi_target_writes_tincan_xml_with_the_launch_page_instead_of_a_scorm_manifest()
    {
        using var course = XapiCourse(Repository.RealCourse, "--target xapi");

        course.EntryNames().Should().Contain("tincan.xml").And.NotContain("imsmanifest.xml");
        var tincan = XDocument.Parse(course.ReadText("tincan.xml"));
        XNamespace ns = "http://projecttincan.com/tincan.xsd";
        var activities = tincan.Root!.Element(ns + "activities")!.Elements(ns + "activity").ToList();
        activities.Should().HaveCount(1 + 5 + 4 + 12 + 8);
        activities[0].Element(ns + "launch")!.Value.Should().Be("index.html");
        activities.Where(a => a.Element(ns + "interactionType") is not null).Should().HaveCount(12);
    }

    [Fact]
    public void Xapi_settings_are_checked()
    {
        using var badBase = new CourseBuilder().With("course.yml", CourseBuilder.ValidCourseYml + "\nxapi:\n  activity_base: not a url\n  auth: Basic abc\n");
        using var xapiTargetWithoutSettings = new CourseBuilder();

        badBase.Compile().Diagnostics.Select(d => d.Id).Should().Contain(["SCO3037", "SCO3036"]);
        CourseCompiler.Compile(new CompileOptions(xapiTargetWithoutSettings.Directory, xapiTargetWithoutSettings.OutputPath) { Target = PackageTarget.Xapi })
            .Diagnostics.Should().ContainSingle(d => d.Id == "SCO3038");
    }

    [Fact]
    public void With_xapi_on_the_suspend_data_budget_also_counts_the_registration()
    {
        // One section whose fill-in answers alone overflow 4096: SCO3034 names the worst case, with and without xAPI.
        var quiz = string.Join("\n", Enumerable.Range(0, 30).Select(i => $"### Q{i} {{#q{i} outcomes=\"LO1\" type=fill-in maxlength=60}}\n\n- [x] answer\n"));
        using var course = new CourseBuilder().With("sections/one.md",
            CourseBuilder.SectionOne[..CourseBuilder.SectionOne.IndexOf("::: quiz", StringComparison.Ordinal)] + "::: quiz\n" + quiz + ":::\n");

        int WorstCase(CompileResult result) =>
            int.Parse(System.Text.RegularExpressions.Regex.Match(result.Diagnostics.Single(d => d.Id == "SCO3034").Message, @"could reach (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var without = WorstCase(course.Compile());
        var with = WorstCase(CourseCompiler.Compile(new CompileOptions(course.Directory, course.OutputPath) { XapiActivityBase = Base }));

        (with - without).Should().BeInRange(21, 22, "the registration's 128 bits, six to a character (docs/runtime-contract.md)");
    }

    [Fact]
    public void Without_a_built_in_endpoint_the_page_may_reach_any_https_lrs_named_at_launch()
    {
        using var package = new BuiltPackage(Repository.RealCourse, options => options with { XapiActivityBase = Base });

        package.LaunchPage().QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")
            .Should().Contain("connect-src 'self' https:;").And.Contain("script-src 'self';");
    }

    [Fact]
    public void Without_xapi_the_package_has_no_sender_and_no_xapi_data()
    {
        using var package = new BuiltPackage(Repository.RealCourse);

        package.EntryNames().Should().NotContain("runtime/xapi.js");
        JsonNode.Parse(package.LaunchPage().GetElementById("course-data")!.TextContent)!["xapi"].Should().BeNull();
        package.LaunchPage().QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content").Should().Contain("connect-src 'self';");
    }

    private static BuiltPackage XapiCourse(string directory, string target) =>
        new(directory, options => options with
        {
            XapiActivityBase = Base,
            XapiEndpoint = "http://127.0.0.1:8180/xAPI",
            Target = target.EndsWith("xapi", StringComparison.Ordinal) ? PackageTarget.Xapi : PackageTarget.Scorm12,
        });
}
