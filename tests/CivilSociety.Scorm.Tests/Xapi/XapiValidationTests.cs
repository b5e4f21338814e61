using System.Text.Json;
using System.Text.Json.Nodes;
using CivilSociety.Scorm.TestTools;
using CivilSociety.Scorm.Tests.Infrastructure;
using CivilSociety.Scorm.Xapi;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Xapi;

/// <summary>
/// What the model writes passes an xAPI validator that shares none of its code: npm
/// @learninglocker/xapi-validation (tests/xapi-tools/validate.mjs).
/// </summary>
public sealed class XapiValidationTests
{
    private const string Base = "https://courses.example.org/xapi";
    private static readonly string GoldenFolder = Path.Combine(Repository.Root, "tests", "CivilSociety.Scorm.Tests", "Golden", "xapi");

    [Fact]
    public void The_validator_rejects_what_the_spec_rejects()
    {
        // Without this, a validator that accepts everything would make every other test here pass.
        var reports = XapiValidator.Validate("""
            [{"id": "not-a-uuid", "actor": {}, "verb": {"id": "answered"}, "object": {"id": "q1"}},
             {"actor": {"mbox": "mailto:a@example.org"}, "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
              "object": {"id": "https://example.org/q1"}, "result": {"score": {"raw": 5, "min": 0, "max": 3}}}]
            """);

        reports.Should().HaveCount(2);
        reports[0].Problems.Should().Contain(p => p.StartsWith("statement.id:", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("statement.actor:", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("statement.verb.id:", StringComparison.Ordinal));
        reports[1].Problems.Should().Contain(p => p.Contains("score", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_golden_statement_is_valid()
    {
        var files = Directory.GetFiles(GoldenFolder, "*.json");
        files.Should().NotBeEmpty();
        foreach (var file in files)
        {
            XapiValidator.Validate(File.ReadAllText(file)).Should().OnlyContain(r => r.Problems.Count == 0, file);
        }
    }

    /// <summary>The real course and every sample: each question type's interaction definition is in one of them.</summary>
    public static TheoryData<string> Courses => ["content", .. Repository.Samples];

    [Theory]
    [MemberData(nameof(Courses))]
    public void Statements_about_every_activity_of_the_course_are_valid(string course)
    {
        using var package = new BuiltPackage(Path.Combine(Repository.Root, course), options => options with { XapiActivityBase = Base });
        var xapiJson = JsonNode.Parse(package.LaunchPage().GetElementById("course-data")!.TextContent)!["xapi"]!.ToJsonString();
        var data = JsonSerializer.Deserialize(xapiJson, XapiJson.Readable.XapiPackageData)!;
        var actor = Actor.AgentWithAccount(data.HomePage, "student-0042");
        var registration = Guid.NewGuid();
        var at = DateTimeOffset.Parse("2026-03-01T10:15:42.310Z", System.Globalization.CultureInfo.InvariantCulture);

        Context ContextOf(ContextActivities? activities) => new(registration, activities, Platform: data.Platform, Language: data.Language);
        Statement About(Verb verb, Activity activity, Result? result = null, ContextActivities? activities = null) =>
            new(Guid.NewGuid(), actor, verb, activity, result, ContextOf(activities), at);

        var statements = new List<Statement> { About(Verbs.Initialized, data.Course) };
        statements.AddRange(data.Sections.Values.Select(s =>
            About(Verbs.Experienced, s, new Result(Duration: XapiDuration.Format(TimeSpan.FromMinutes(3))), new ContextActivities(Parent: [data.Course]))));
        var page = package.LaunchPage();
        statements.AddRange(data.Questions.Select(q =>
        {
            var section = data.Sections[q.Key.Split('.')[0]];
            // As the runtime sends it: the definition with the correct responses opened from the question's seal.
            var patterns = SealedKeys.Open(page, q.Key.Split('.')[0], q.Key.Split('.')[1]).GetProperty("xapi").EnumerateArray().Select(p => p.GetString()!).ToList();
            var activity = q.Value with { Definition = q.Value.Definition! with { CorrectResponsesPattern = patterns } };
            return About(Verbs.Answered, activity, new Result(new Score(1, 1, 0, 1), Success: true, Response: patterns[0]),
                new ContextActivities(Parent: [data.Quizzes[q.Key.Split('.')[0]]], Grouping: [section, data.Course], Other: [.. data.Objectives.Values.Take(1)]));
        }));
        statements.AddRange(data.Quizzes.Values.Select(quiz =>
            About(Verbs.Passed, quiz, new Result(new Score(0.8m, 4, 0, 5), Success: true, Completion: true), new ContextActivities(Grouping: [data.Course], Other: [.. data.Objectives.Values]))));
        statements.Add(About(Verbs.Completed, data.Course, new Result(Completion: true, Duration: "PT1H2M30S")));
        statements.Add(About(Verbs.Terminated, data.Course));

        var json = "[" + string.Join(",", statements.Select(XapiJson.Serialize)) + "]";
        var reports = XapiValidator.Validate(json);

        reports.Should().HaveCount(statements.Count);
        reports.Where(r => r.Problems.Count > 0).Should().BeEmpty(json);
    }
}
