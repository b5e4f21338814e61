using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using CivilSociety.Scorm.Cli.Preview;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Cli;

/// <summary>
/// The preview's server in-process, asked the way a browser (or a hostile page) asks, byte for byte over a socket:
/// its routes, their content types and headers, nothing outside the built package, 127.0.0.1 only, and a rebuild
/// when a file of the course changes. The browser side is in CivilSociety.Scorm.Browser.Tests (PreviewTests).
/// </summary>
public sealed class PreviewServerTests
{
    [Fact]
    public async Task Each_route_answers_with_its_content_type_and_the_previews_headers()
    {
        using var course = new CourseBuilder();
        await using var server = await PreviewServer.StartAsync(course.Directory, port: 0, TextWriter.Null);

        var answers = new List<string>();
        foreach (var path in new[]
        {
            "/", "/emulator/emulator.js", "/emulator/emulator.css", "/emulator/missing.js", "/emulator/emulator.html",
            "/favicon.ico", "/api/build", "/course/index.html", "/course/imsmanifest.xml", "/course/missing.html", "/elsewhere",
        })
        {
            var answer = await Http(server.Url, "GET", path);
            answer.Headers.Should().Contain("Cache-Control", "no-store", path).And.Contain("X-Content-Type-Options", "nosniff", path);
            answers.Add($"{path} {answer.Status} {answer.Headers.GetValueOrDefault("Content-Type")}");
        }

        answers.Should().Equal(
            "/ 200 text/html; charset=utf-8",
            "/emulator/emulator.js 200 text/javascript; charset=utf-8",
            "/emulator/emulator.css 200 text/css; charset=utf-8",
            "/emulator/missing.js 404 ",
            "/emulator/emulator.html 404 ",
            "/favicon.ico 204 ",
            "/api/build 200 application/json; charset=utf-8",
            "/course/index.html 200 text/html",
            "/course/imsmanifest.xml 200 text/xml",
            "/course/missing.html 404 ",
            "/elsewhere 404 ");

        var page = await Http(server.Url, "GET", "/");
        page.Headers["Content-Security-Policy"].Should().Contain("default-src 'self'").And.Contain("frame-src 'self'");
        using var build = JsonDocument.Parse(Encoding.UTF8.GetString((await Http(server.Url, "GET", "/api/build")).Body));
        build.RootElement.GetProperty("version").GetInt32().Should().Be(1);
        build.RootElement.GetProperty("ok").GetBoolean().Should().BeTrue();
        build.RootElement.GetProperty("launch").GetString().Should().Be("course/index.html");
        build.RootElement.GetProperty("masteryScore").GetString().Should().Be("80");

        var post = await Http(server.Url, "POST", "/api/build");
        post.Status.Should().Be(405, "the preview only reads");
    }

    [Theory]
    [InlineData("/course/../course.yml")]
    [InlineData("/course/%2e%2e/course.yml")]
    [InlineData("/course/..%2fcourse.yml")]
    [InlineData("/course/%2e%2e%2fcourse.yml")]
    [InlineData("/course/sections/../../course.yml")]
    [InlineData("/course/..\\course.yml")]
    [InlineData("/course/%2fetc%2fpasswd")]
    [InlineData("/course//etc/passwd")]
    [InlineData("/../course.yml")]
    public async Task Nothing_outside_the_built_package_is_served(string path)
    {
        using var course = new CourseBuilder();
        await using var server = await PreviewServer.StartAsync(course.Directory, port: 0, TextWriter.Null);

        var answer = await Http(server.Url, "GET", path);

        answer.Status.Should().BeOneOf([400, 404], "only the package's own files are served, from memory");
        Encoding.UTF8.GetString(answer.Body).Should().NotContain("test-course").And.NotContain("root:");
    }

    [Fact]
    public async Task It_listens_on_127_0_0_1_only_and_a_taken_port_is_an_io_error()
    {
        using var course = new CourseBuilder();
        await using var server = await PreviewServer.StartAsync(course.Directory, port: 0, TextWriter.Null);

        server.Url.Host.Should().Be("127.0.0.1");
        foreach (var address in NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(a => a.Address).Where(a => !IPAddress.IsLoopback(a) && !a.IsIPv6LinkLocal))
        {
            using var client = new TcpClient(address.AddressFamily);
            var connect = () => client.ConnectAsync(address, server.Url.Port).WaitAsync(TimeSpan.FromSeconds(10));
            await connect.Should().ThrowAsync<SocketException>($"the preview is not reachable on {address}");
        }

        var again = () => PreviewServer.StartAsync(course.Directory, server.Url.Port, TextWriter.Null);
        (await again.Should().ThrowAsync<IOException>()).Which.Message.Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_change_in_the_course_folder_builds_again()
    {
        using var course = new CourseBuilder();
        var log = new StringWriter();
        await using var server = await PreviewServer.StartAsync(course.Directory, port: 0, TextWriter.Synchronized(log));

        course.With("sections/one.md", CourseBuilder.SectionOne + "\n<script>alert(1)</script>\n");
        var broken = await BuildAfter(server, version: 1);
        course.With("sections/one.md", CourseBuilder.SectionOne);
        var fixedAgain = await BuildAfter(server, version: broken.GetProperty("version").GetInt32());

        broken.GetProperty("ok").GetBoolean().Should().BeFalse();
        broken.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("file").GetString()).Should().Contain(f => f!.EndsWith("one.md", StringComparison.Ordinal));
        fixedAgain.GetProperty("ok").GetBoolean().Should().BeTrue();
        (await Http(server.Url, "GET", "/course/index.html")).Status.Should().Be(200);
        log.ToString().Should().Contain("build 1: ok").And.Contain("failed; the preview page shows the errors");
    }

    [Theory]
    [InlineData("assets/player.js", "text/javascript; charset=utf-8")]
    [InlineData("schemas/imscp_rootv1p1p2.xsd", "application/xml")]
    [InlineData("media/Map.PNG", "image/png")]
    [InlineData("media/talk.vtt", "text/vtt; charset=utf-8")]
    [InlineData("media/talk.mp4", "video/mp4")]
    [InlineData("answers.csv", "text/csv; charset=utf-8")]
    [InlineData("media/unknown.xyz", "application/octet-stream")]
    [InlineData("LICENSE", "application/octet-stream")]
    public void A_package_file_gets_the_content_type_of_its_extension(string path, string expected) =>
        ContentTypes.Of(path).Should().Be(expected);

    /// <summary>Polls /api/build until a build newer than <paramref name="version"/> is there.</summary>
    private static async Task<JsonElement> BuildAfter(PreviewServer server, int version)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var state = JsonDocument.Parse(Encoding.UTF8.GetString((await Http(server.Url, "GET", "/api/build")).Body));
            if (state.RootElement.GetProperty("version").GetInt32() > version || DateTime.UtcNow > deadline)
            {
                return state.RootElement.Clone();
            }

            await Task.Delay(100);
        }
    }

    /// <summary>One HTTP/1.1 request written as is (no client normalising the path first), and its answer.</summary>
    private static async Task<(int Status, Dictionary<string, string> Headers, byte[] Body)> Http(Uri server, string method, string path)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, server.Port);
        var stream = client.GetStream();
        var request = $"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{server.Port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var received = new MemoryStream();
        await stream.CopyToAsync(received).WaitAsync(TimeSpan.FromSeconds(30));
        var bytes = received.ToArray();
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        var head = Encoding.ASCII.GetString(bytes, 0, end).Split("\r\n");
        var headers = head.Skip(1).Select(line => line.Split(": ", 2)).ToDictionary(h => h[0], h => h[1], StringComparer.OrdinalIgnoreCase);
        return (int.Parse(head[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), headers, bytes[(end + 4)..]);
    }
}
