using System.Text.Json.Nodes;
using CivilSociety.Scorm.Cli;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Reports;

/// <summary>
/// `report --lrs` against an LRS stand-in on loopback that answers as a hostile or broken LRS would: a "more" on
/// another port, host or scheme, a loop, endless pages, redirects and malformed pages. Every request must stay on the
/// endpoint's origin, the Authorization header must go nowhere else, and every malformed page must be an error with
/// a code that says what was wrong (never an internal error, never a half-written report).
/// </summary>
public sealed class HostileLrsTests
{
    private const string Auth = "Basic cmVhZDpzZWNyZXQ=";
    private const string Base = "https://courses.example.org/xapi/courses/every-question-type/sections";

    [Fact]
    public void A_more_on_another_port_is_not_followed_and_the_key_goes_nowhere_else()
    {
        using var elsewhere = LoopbackLrs.Start(_ => Page([Answered("eve", "energy", "q-gravity", true)], null));
        using var lrs = LoopbackLrs.Start(_ => Page([Answered("ann", "energy", "q-gravity", true)], new Uri(elsewhere.Endpoint, "statements?page=2").ToString()));

        var result = Report(lrs);

        result.Succeeded.Should().BeFalse();
        result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO8031").Which.Message.Should()
            .Contain(elsewhere.Origin.ToString().TrimEnd('/')).And.Contain($"outside the endpoint's origin {lrs.Origin.ToString().TrimEnd('/')}");
        elsewhere.Requests.Should().BeEmpty("no request leaves the endpoint's origin");
        lrs.Requests.Should().ContainSingle().Which.Authorization.Should().Be(Auth);
        result.Content.Should().BeNull("a report that misses pages is not written");
    }

    [Fact]
    public void A_more_on_another_loopback_host_with_the_same_port_is_not_followed()
    {
        using var lrs = LoopbackLrs.Start(_ => Page([], "/xapi/statements?page=1"));
        var port = lrs.Origin.Port;
        using var other = LoopbackLrs.Start(_ => Page([Answered("eve", "energy", "q-gravity", true)], null), "127.0.0.2", port);
        using var hostile = LoopbackLrs.Start(_ => Page([Answered("ann", "energy", "q-gravity", true)], $"http://127.0.0.2:{port}/xapi/statements?page=2"));

        var result = Report(hostile);

        result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO8031");
        other.Requests.Should().BeEmpty();
        lrs.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("//otherhost/xapi/statements?page=2")]
    [InlineData("https://{host}/xapi/statements?page=2")]
    [InlineData("file:///etc/passwd")]
    [InlineData("http://localhost:{port}/xapi/statements?page=2")]
    public void A_more_outside_the_origin_is_an_error_naming_the_link(string more)
    {
        var link = more;
        using var server = LoopbackLrs.Start(_ => Page([Answered("ann", "energy", "q-gravity", true)], link));
        link = more.Replace("{host}", server.Origin.Authority, StringComparison.Ordinal)
            .Replace("{port}", server.Origin.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var (exit, output, written) = RunCli(server);

        exit.Should().Be(ExitCodes.Errors);
        output.Should().Contain("error SCO8031").And.Contain($"'{link}'").And.NotContain("internal error");
        server.Requests.Should().ContainSingle();
        written.Should().BeFalse();
    }

    [Fact]
    public void A_more_already_read_ends_the_read_with_a_warning_and_the_report_is_written()
    {
        // Given: page 1 links to page 2, which links back to page 1
        using var lrs = LoopbackLrs.Start(path => path.Contains("page=2", StringComparison.Ordinal)
            ? Page([Answered("bo", "energy", "q-gravity", false)], "/xapi/statements?page=1")
            : Page([Answered("ann", "energy", "q-gravity", true)], "/xapi/statements?page=2"));

        var result = Report(lrs);

        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        var warning = result.Diagnostics.Should().ContainSingle().Which;
        warning.Id.Should().Be("SCO8032");
        warning.Message.Should().Contain("/xapi/statements?page=2").And.Contain("may miss statements");
        lrs.Requests.Select(r => r.PathAndQuery).Should().HaveCount(3);
        result.Report!.Learners.Select(l => l.Name).Should().Equal("ann", "bo");
    }

    [Fact]
    public void Endless_pages_stop_at_the_page_limit_with_a_warning_that_the_report_is_partial()
    {
        var served = 0;
        using var lrs = LoopbackLrs.Start(_ =>
        {
            var n = Interlocked.Increment(ref served);
            return Page([Answered($"learner-{n}", "energy", "q-gravity", n % 2 == 0)], $"/xapi/statements?page={n + 1}");
        });

        var result = Report(lrs, maxPages: 25);

        result.Succeeded.Should().BeTrue();
        result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO8033").Which.Message.Should()
            .Contain("after 25 pages").And.Contain("the report is partial").And.Contain("25 statement(s) read");
        lrs.Requests.Should().HaveCount(25).And.OnlyContain(r => r.Authorization == Auth);
        result.Report!.Learners.Should().HaveCount(25);
    }

    [Fact]
    public void Many_pages_are_read_one_after_another_and_folded_into_the_report()
    {
        // Given: 60 pages of 3 answers, by 20 learners; each learner's last word on q-gravity is on a later page
        using var lrs = LoopbackLrs.Start(path =>
        {
            var n = path.Contains("page=", StringComparison.Ordinal) ? int.Parse(path[(path.IndexOf("page=", StringComparison.Ordinal) + 5)..], System.Globalization.CultureInfo.InvariantCulture) : 0;
            var answers = Enumerable.Range(0, 3).Select(k => Answered($"learner-{(n * 3 + k) % 20:00}", "energy", "q-gravity", n >= 40, second: n * 3 + k)).ToArray();
            return Page(answers, n < 59 ? $"/xapi/statements?page={n + 1}" : null);
        });

        var result = Report(lrs);

        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        lrs.Requests.Should().HaveCount(60).And.OnlyContain(r => r.Authorization == Auth);
        var report = result.Report!;
        report.Learners.Should().HaveCount(20);
        var gravity = report.Questions.Single(q => q.Id == "energy.q-gravity");
        (gravity.Answered, gravity.Correct).Should().Be((20, 20), "each learner's latest answer counts, from the last pages");
        report.Sources.Should().ContainSingle().Which.Should().EndWith(": 180 answer statement(s) of this course");
    }

    [Theory]
    [InlineData("number", """{"statements": [], "more": 42}""", "its \"more\" is a JSON number (42), not an address")]
    [InlineData("unclosed IPv6", """{"statements": [], "more": "http://[::1"}""", "its \"more\" ('http://[::1') is not an address")]
    [InlineData("array", """[{"id": "a"}]""", "it is a JSON array, not an object with \"statements\" and \"more\"")]
    [InlineData("invalid JSON", """{"statements": [,]}""", "it is not JSON (")]
    [InlineData("no statements", """{"more": ""}""", "it has no \"statements\" list")]
    [InlineData("statements not a list", """{"statements": {"id": 1}}""", "its \"statements\" is a JSON object, not a list")]
    [InlineData("a string", "\"statements\"", "it is a JSON string")]
    [InlineData("deep", "DEEP", "it is not JSON (")]
    public void A_malformed_page_is_an_error_saying_what_was_wrong(string what, string body, string expected)
    {
        _ = what;
        using var lrs = LoopbackLrs.Start(_ => new LrsAnswer(200, body == "DEEP" ? "{\"statements\": [], \"x\": " + new string('[', 200) + new string(']', 200) + "}" : body));

        var (exit, output, written) = RunCli(lrs);

        exit.Should().Be(ExitCodes.Errors);
        output.Should().Contain("error SCO8030: page 1 from the LRS at").And.Contain(expected).And.NotContain("internal error");
        written.Should().BeFalse();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_oversized_page_is_an_error_whether_or_not_its_length_is_announced(bool chunked)
    {
        var huge = "{\"statements\": [], \"pad\": \"" + new string('x', 33 * 1024 * 1024) + "\"}";
        using var lrs = LoopbackLrs.Start(_ => new LrsAnswer(200, huge, Chunked: chunked));

        var result = Report(lrs);

        result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO8030").Which.Message.Should().Contain("it is larger than 33,554,432 bytes");
    }

    [Fact]
    public void A_redirect_is_not_followed_and_the_key_is_not_sent_after_it()
    {
        using var elsewhere = LoopbackLrs.Start(_ => Page([Answered("eve", "energy", "q-gravity", true)], null));
        using var lrs = LoopbackLrs.Start(_ => new LrsAnswer(302, "", Location: new Uri(elsewhere.Endpoint, "statements").ToString()));

        var result = Report(lrs);

        result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO8006").Which.Message.Should().Contain("302").And.Contain("not followed");
        elsewhere.Requests.Should().BeEmpty();
    }

    [Fact]
    public void An_auth_value_with_a_line_break_is_refused_before_anything_is_sent()
    {
        using var lrs = LoopbackLrs.Start(_ => Page([], null));

        var result = CourseReports.Mastery(new ReportOptions(Repository.Sample("every-question-type"), "-")
        {
            LrsEndpoint = lrs.Endpoint,
            LrsAuthorization = "Basic cmVhZDpzZWNyZXQ=\r\nX-Forwarded-Host: evil.example",
        });

        result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO8006").Which.Message.Should().Contain("--auth is not a header value");
        lrs.Requests.Should().BeEmpty();
    }

    [Fact]
    public void Statements_that_are_not_objects_or_not_of_the_course_are_passed_over()
    {
        using var lrs = LoopbackLrs.Start(_ => new LrsAnswer(200, "{\"statements\": [1, \"x\", null, [], {\"object\": 5}, {\"object\": {\"id\": 7}}, "
            + Answered("ann", "energy", "q-gravity", true) + "], \"more\": null}"));

        var result = Report(lrs);

        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        result.Report!.Sources.Should().ContainSingle().Which.Should().EndWith(": 1 answer statement(s) of this course");
    }

    private static ReportResult Report(LoopbackLrs lrs, int maxPages = 20_000) =>
        CourseReports.Mastery(new ReportOptions(Repository.Sample("every-question-type"), "-")
        {
            LrsEndpoint = lrs.Endpoint,
            LrsAuthorization = Auth,
            Format = ReportFormat.Json,
            LrsMaxPages = maxPages,
        });

    /// <summary>The CLI as a teacher runs it: exit code, everything printed, and whether the report file was written.</summary>
    private static (int Exit, string Output, bool Written) RunCli(LoopbackLrs lrs)
    {
        using var temp = new TempDirectory();
        var output = temp.File("report.csv");
        var writer = new StringWriter();
        var exit = CliApplication.Run(["report", Repository.Sample("every-question-type"), "--lrs", lrs.Endpoint.ToString(), "--auth", Auth,
            "--format", "csv", "-o", output], writer, writer);
        return (exit, writer.ToString(), File.Exists(output));
    }

    private static LrsAnswer Page(string[] statements, string? more) =>
        new(200, new JsonObject { ["statements"] = new JsonArray([.. statements.Select(s => JsonNode.Parse(s))]), ["more"] = more ?? "" }.ToJsonString());

    private static string Answered(string learner, string section, string question, bool success, int second = 0) => new JsonObject
    {
        ["id"] = Guid.NewGuid().ToString(),
        ["actor"] = new JsonObject { ["objectType"] = "Agent", ["name"] = learner, ["account"] = new JsonObject { ["homePage"] = "urn:civil-scorm:lms", ["name"] = learner } },
        ["verb"] = new JsonObject { ["id"] = "http://adlnet.gov/expapi/verbs/answered" },
        ["object"] = new JsonObject { ["objectType"] = "Activity", ["id"] = $"{Base}/{section}/quiz/questions/{question}" },
        ["result"] = new JsonObject { ["success"] = success, ["response"] = success ? "b" : "c" },
        ["context"] = new JsonObject { ["registration"] = "5bd3ff3d-2e5d-440d-81bc-8520fa734dc9" },
        ["timestamp"] = new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero).AddSeconds(second).ToString("o"),
    }.ToJsonString();
}
