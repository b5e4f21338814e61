using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CivilSociety.Scorm.TestTools;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Reports;

/// <summary>
/// The report on statements read from the test LRS (Learning Locker's statement service on loopback): "answered"
/// statements shaped as runtime/xapi.js sends them, for two learners, with another course's statements beside them,
/// read a few per page so that "more" is followed.
/// </summary>
public sealed class LrsReportTests : IAsyncLifetime
{
    private const string Base = "https://courses.example.org/xapi/courses/every-question-type/sections";
    private TestLrs? _lrs;

    public async Task InitializeAsync() => _lrs = await TestLrs.StartAsync();

    public async Task DisposeAsync()
    {
        if (_lrs is not null)
        {
            await _lrs.DisposeAsync();
        }
    }

    [Fact]
    public async Task Statements_of_the_course_become_the_per_outcome_report()
    {
        // Given: Ann answers everything of section two right; Bo answers gravity wrong, then right in a new attempt
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        var ann = Guid.NewGuid();
        await Post(
            Answered("ann", ann, "energy", "q-gravity", "b", true, 1),
            Answered("ann", ann, "energy", "q-percent", "15", true, 2),
            Answered("bo", first, "energy", "q-gravity", "a", false, 3),
            Answered("bo", first, "stages", "q-forms", "a[,]b[,]d", true, 4),
            Answered("bo", second, "energy", "q-gravity", "c", false, 5),
            Answered("bo", second, "stages", "q-clouds", "a", false, 6),
            Answered("cy", Guid.NewGuid(), "energy", "q-gravity", "b", true, 7).Replace("every-question-type", "another-course", StringComparison.Ordinal));

        // When
        var result = CourseReports.Mastery(new ReportOptions(Repository.Sample("every-question-type"), "-")
        {
            LrsEndpoint = _lrs!.Endpoint,
            LrsAuthorization = TestLrs.FullAuthorization,
            Format = ReportFormat.Json,
            LrsPageSize = 2,
        });

        // Then
        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        var report = result.Report!;
        report.Learners.Select(l => (l.Name, l.Attempt)).Should().Equal(("ann", ann.ToString()), ("bo", second.ToString()));
        report.Learners[0].Outcomes.Select(c => (c.OutcomeId, c.Score, c.Mastered)).Should().Equal(
            ("WC1", null, null), ("WC1.1", null, null), ("WC1.2", null, null), ("WC2", 100m, true));
        report.Learners[1].Outcomes.Select(c => (c.OutcomeId, c.Score, c.Mastered)).Should().Equal(
            ("WC1", 0m, false), ("WC1.1", 0m, false), ("WC1.2", 0m, false), ("WC2", 0m, false));
        var gravity = report.Questions.Single(q => q.Id == "energy.q-gravity");
        (gravity.Answered, gravity.Facility, gravity.CommonWrongAnswer).Should().Be((2, 50m, "The sun's heat"));
        report.Sources.Should().ContainSingle().Which.Should().EndWith(": 6 answer statement(s) of this course");
    }

    [Fact]
    public void A_key_that_may_not_read_is_reported_with_the_LRS_answer()
    {
        var result = CourseReports.Mastery(new ReportOptions(Repository.Sample("every-question-type"), "-")
        {
            LrsEndpoint = _lrs!.Endpoint,
            LrsAuthorization = TestLrs.WriteOnlyAuthorization,
        });

        result.Succeeded.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO8006").Which.Message.Should().Contain("403");
    }

    private static string Answered(string learner, Guid registration, string section, string question, string response, bool success, int second) => new JsonObject
    {
        ["id"] = Guid.NewGuid().ToString(),
        ["actor"] = new JsonObject { ["objectType"] = "Agent", ["name"] = learner, ["account"] = new JsonObject { ["homePage"] = "urn:civil-scorm:lms", ["name"] = learner } },
        ["verb"] = new JsonObject { ["id"] = "http://adlnet.gov/expapi/verbs/answered", ["display"] = new JsonObject { ["en-US"] = "answered" } },
        ["object"] = new JsonObject { ["objectType"] = "Activity", ["id"] = $"{Base}/{section}/quiz/questions/{question}" },
        ["result"] = new JsonObject { ["success"] = success, ["response"] = response },
        ["context"] = new JsonObject { ["registration"] = registration.ToString() },
        ["timestamp"] = new DateTimeOffset(2026, 12, 2, 10, 0, second, TimeSpan.Zero).ToString("o"),
    }.ToJsonString();

    private async Task Post(params string[] statements)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_lrs!.Endpoint, "statements"))
        {
            Content = new StringContent("[" + string.Join(",", statements) + "]", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Experience-API-Version", "1.0.3");
        request.Headers.Authorization = AuthenticationHeaderValue.Parse(TestLrs.FullAuthorization);
        (await http.SendAsync(request)).EnsureSuccessStatusCode();
    }
}
