using System.IO.Compression;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CivilSociety.Scorm.Cli;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Cli;

/// <summary>The author's tool as a new user meets it: bad input, safe output, new, and the output's safety.</summary>
public sealed class AuthorToolTests
{
    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CliApplication.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Bad input of every kind: exit 1, the code at its place, and the zip already there left as it was.</summary>
    [Theory]
    [InlineData("course.yml", "id: test-course\ntitle: [broken\n", "SCO2001", "course.yml(2,8)")]
    [InlineData("course.yml", "", "SCO1003", "course.yml")]
    [InlineData("sections/one.md", "---\nid: one\ntitle: One\n---\n\n<script>alert(1)</script>\n", "SCO3040", "sections/one.md(6,1)")]
    [InlineData("sections/one.md", "---\nid: one\ntitle: One\n---\n\n<img src=\"x.png\" alt=\"x\" onerror=\"alert(1)\">\n", "SCO3041", "sections/one.md(6,1)")]
    [InlineData("sections/one.md", "---\nid: one\ntitle: One\n---\n\n[start](javascript:alert(1))\n", "SCO3039", "sections/one.md(6,9)")]
    [InlineData("sections/one.md", "---\nid: one\ntitle: One\n---\n\n![map](../../outside.png)\n", "SCO3014", "sections/one.md(6,8)")]
    [InlineData("sections/one.md", "---\nid: one\ntitle: One\n---\n\n![map](../media/none.png)\n", "SCO3013", "sections/one.md(6,8)")]
    [InlineData("sections/one.md", "---\nid: one\ntitle: One\n---\n", "SCO3018", "sections/one.md(2,1)")]
    [InlineData("sections/one.md", "---\nid: one\ntitle: One\n---\n\nText.\n\n::: quiz\n:::\n", "SCO3019", "sections/one.md(8,1)")]
    public void Bad_input_exits_1_with_a_located_diagnostic_and_leaves_an_existing_zip_untouched(string file, string text, string code, string where)
    {
        using var course = new CourseBuilder().With(file, text);
        Directory.CreateDirectory(Path.GetDirectoryName(course.OutputPath)!);
        File.WriteAllText(course.OutputPath, "the previous package");

        var (exitCode, output, error) = Run("build", course.Directory, "-o", course.OutputPath);

        exitCode.Should().Be(1, error);
        error.Should().Contain($"{course.Directory}/{where}").And.Contain($"error {code}:").And.Contain("help: ");
        output.Should().BeEmpty();
        File.ReadAllText(course.OutputPath).Should().Be("the previous package");
        Directory.EnumerateFiles(Path.GetDirectoryName(course.OutputPath)!).Should().ContainSingle("no temporary file is left behind");
    }

    [Fact]
    public void A_failed_xapi_build_writes_neither_zip_nor_companion_files()
    {
        using var course = new CourseBuilder().With("sections/one.md", "---\nid: one\ntitle: One\n---\n");
        var output = course.OutputPath;

        var (exitCode, _, _) = Run("build", course.Directory, "-o", output, "--target", "xapi", "--xapi-base", "https://example.org/xapi");

        exitCode.Should().Be(1);
        Directory.Exists(Path.GetDirectoryName(output)).Should().BeFalse("nothing is written, not even the output folder's contents");
    }

    [Fact]
    public void A_mistyped_option_or_target_is_one_error_with_a_did_you_mean()
    {
        using var course = new CourseBuilder();

        var option = Run("build", course.Directory, "--ouput", course.OutputPath);
        var target = Run("build", course.Directory, "--target", "scorm_2004", "-o", course.OutputPath);

        option.ExitCode.Should().Be(2);
        option.Error.Should().Contain("civil-scorm build has no option '--ouput'").And.Contain("help: did you mean '--output'?");
        option.Error.Split('\n').Count(line => line.StartsWith("error:", StringComparison.Ordinal)).Should().Be(1, "the value after the option is no second mistake");
        target.ExitCode.Should().Be(2);
        target.Error.Should().Contain("unknown target 'scorm_2004': did you mean 'scorm2004'?");
        File.Exists(course.OutputPath).Should().BeFalse();
    }

    [Fact]
    public void Warnings_as_errors_fails_the_build_and_json_reports_the_same_diagnostics()
    {
        using var course = new CourseBuilder().With("sections/one.md", CourseBuilder.SectionOne.Replace("Some text", "See [a photo](https://example.org/a.jpg). Some text"));

        var lenient = Run("build", course.Directory, "-o", course.OutputPath);
        File.Delete(course.OutputPath);
        var strict = Run("build", course.Directory, "-o", course.OutputPath, "--warnings-as-errors", "--format", "json");

        lenient.ExitCode.Should().Be(0);
        lenient.Error.Should().Contain("warning SCO3015");
        strict.ExitCode.Should().Be(1);
        File.Exists(course.OutputPath).Should().BeFalse();
        using var json = JsonDocument.Parse(strict.Output);
        var diagnostic = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single();
        diagnostic.GetProperty("id").GetString().Should().Be("SCO3015");
        diagnostic.GetProperty("severity").GetString().Should().Be("error");
        diagnostic.GetProperty("line").GetInt32().Should().Be(7);
        diagnostic.GetProperty("column").GetInt32().Should().Be(15, "the address, after \"See [a photo](\"");
    }

    [Fact]
    public void Validate_turns_pitfall_warnings_into_errors_on_request()
    {
        using var temp = new TempDirectory();
        var zip = temp.File("package.zip");
        var manifest = File.ReadAllText(Path.Combine(Repository.Root, "tests", "CivilSociety.Scorm.Tests", "Diagnostics", "Fixtures", "SCO6026-masteryscore-zero", "package.txt"));
        File.WriteAllBytes(zip, Diagnostics.PackageSpec.Build(manifest.ReplaceLineEndings("\n")));

        var lenient = Run("validate", zip);
        var strict = Run("validate", zip, "--warnings-as-errors", "--format", "json");

        lenient.ExitCode.Should().Be(0);
        lenient.Error.Should().Contain("warning SCO6026");
        strict.ExitCode.Should().Be(1);
        using var json = JsonDocument.Parse(strict.Output);
        json.RootElement.GetProperty("diagnostics")[0].GetProperty("severity").GetString().Should().Be("error");
    }

    [Fact]
    public void Colour_only_on_a_terminal()
    {
        DiagnosticPrinter.ShouldUseColour(new StringWriter()).Should().BeFalse("a redirected or captured stream gets no escape codes");
        using var course = new CourseBuilder().With("course.yml", "");

        Run("build", course.Directory).Error.Should().NotContain("\u001b[");
    }

    [Fact]
    public void Naming_course_yml_builds_its_folder()
    {
        using var course = new CourseBuilder();

        var (exitCode, _, error) = Run("build", Path.Combine(course.Directory, "course.yml"), "-o", course.OutputPath);

        exitCode.Should().Be(0, error);
    }

    [Theory]
    [InlineData("ar", "rtl", "مقرري الأول")]
    [InlineData("en", "ltr", "My first course")]
    [InlineData("fa", "rtl", "My first course")]
    [InlineData("de", "ltr", "My first course")]
    public void New_scaffolds_a_course_that_builds_at_once_without_a_warning(string language, string direction, string title)
    {
        using var temp = new TempDirectory();
        var directory = temp.File("my-course");

        var created = Run("new", directory, "--language", language);
        var built = Run("build", directory, "-o", temp.File("out.zip"), "--warnings-as-errors");

        created.ExitCode.Should().Be(0, created.Error);
        created.Output.Should().Contain("course.yml").And.Contain("sections/01-introduction.md").And.Contain("sections/02-practice.md");
        built.ExitCode.Should().Be(0, built.Error);
        built.Error.Should().BeEmpty();
        using var zip = ZipFile.OpenRead(temp.File("out.zip"));
        var page = BuiltPackage.LaunchPageOf(zip);
        page.DocumentElement.GetAttribute("lang").Should().Be(language);
        page.DocumentElement.GetAttribute("dir").Should().Be(direction);
        page.Title.Should().Be(title);
        page.QuerySelectorAll("fieldset.question").Should().HaveCount(2, "the scaffold has a quiz");
    }

    [Fact]
    public void New_refuses_a_folder_that_is_not_empty_and_a_wrong_language()
    {
        using var course = new CourseBuilder();
        var before = File.ReadAllText(Path.Combine(course.Directory, "course.yml"));

        var notEmpty = Run("new", course.Directory);
        var badLanguage = Run("new", Path.Combine(course.Directory, "other"), "--language", "Arabic!");

        notEmpty.ExitCode.Should().Be(2);
        notEmpty.Error.Should().Contain("is not empty");
        File.ReadAllText(Path.Combine(course.Directory, "course.yml")).Should().Be(before);
        badLanguage.ExitCode.Should().Be(2);
        Directory.Exists(Path.Combine(course.Directory, "other")).Should().BeFalse();
    }

    [Fact]
    public void Raw_html_that_only_warns_is_sanitised_in_the_package()
    {
        using var course = new CourseBuilder().With("sections/one.md", CourseBuilder.SectionOne.Replace(
            "Some text about the *first* thing.",
            "Some <font color=\"red\">red</font> <span style=\"color:blue\" class=\"note\">text</span>.\n\n<details><summary>More</summary><p>Hidden <u>text</u>.</p></details>"));

        var result = course.Compile();

        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        result.Diagnostics.Select(d => d.Id).Should().Equal("SCO3042", "SCO3042");
        using var zip = ZipFile.OpenRead(course.OutputPath);
        using var reader = new StreamReader(zip.GetEntry("index.html")!.Open());
        var section = new HtmlParser().ParseDocument(reader.ReadToEnd()).QuerySelector("section[data-section='one']")!;
        section.QuerySelector("font").Should().BeNull();
        section.QuerySelector("[style]").Should().BeNull();
        section.QuerySelector("span.note")!.TextContent.Should().Be("text");
        section.TextContent.Should().Contain("red");
        section.QuerySelector("details summary").Should().NotBeNull();
    }

    [Fact]
    public void Every_page_has_a_content_security_policy_that_allows_only_the_package_itself()
    {
        using var package = new BuiltPackage(Repository.RealCourse);

        var pages = package.EntryNames().Where(n => n.EndsWith(".html", StringComparison.OrdinalIgnoreCase)).ToList();

        pages.Should().NotBeEmpty();
        foreach (var page in pages)
        {
            var policy = new HtmlParser().ParseDocument(package.ReadText(page))
                .QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
            policy.Should().NotBeNull(page);
            policy.Should().Contain("default-src 'self'").And.Contain("script-src 'self'").And.Contain("connect-src 'self';")
                .And.Contain("object-src 'none'").And.Contain("base-uri 'none'").And.NotContain("unsafe-inline").And.NotContain("unsafe-eval")
                .And.NotContain("http:").And.NotContain("https:");
        }
    }

    [Fact]
    public void A_symbolic_link_out_of_the_course_is_never_bundled()
    {
        using var course = new CourseBuilder().With("sections/one.md", CourseBuilder.SectionOne.Replace("Some text", "[hosts](../media/hosts.txt) Some text"));
        Directory.CreateDirectory(Path.Combine(course.Directory, "media"));
        File.CreateSymbolicLink(Path.Combine(course.Directory, "media", "hosts.txt"), "/etc/hosts");

        var (exitCode, _, error) = Run("build", course.Directory, "-o", course.OutputPath);

        exitCode.Should().Be(1);
        error.Should().Contain("SCO3043");
        File.Exists(course.OutputPath).Should().BeFalse();
    }

    [Fact]
    public void File_names_with_spaces_and_arabic_letters_are_stored_under_safe_ascii_names_and_links_follow()
    {
        using var course = new CourseBuilder()
            .WithBytes("media/خريطة العالم.png", [0x89, 0x50, 0x4E, 0x47])
            .WithBytes("media/my map.png", [0x89, 0x50, 0x4E, 0x47, 1])
            .With("sections/one.md", CourseBuilder.SectionOne.Replace("Some text", "![world](<../media/خريطة العالم.png>) ![mine](../media/my%20map.png) Some text"));

        var result = course.Compile();

        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        using var zip = ZipFile.OpenRead(course.OutputPath);
        var media = zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("media/", StringComparison.Ordinal)).ToList();
        media.Should().HaveCount(2).And.OnlyContain(n => n.All(IsSafe));
        using var reader = new StreamReader(zip.GetEntry("index.html")!.Open());
        var sources = new HtmlParser().ParseDocument(reader.ReadToEnd()).QuerySelectorAll("section img").Select(i => i.GetAttribute("src")).ToList();
        sources.Should().BeEquivalentTo(media);
        PackageValidatorAccepts(course.OutputPath);
    }

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '/';

    private static void PackageValidatorAccepts(string zip) =>
        Scorm.PackageValidation.PackageValidator.Validate(zip).Should().BeEmpty();
}
