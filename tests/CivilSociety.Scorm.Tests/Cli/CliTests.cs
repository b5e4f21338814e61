using System.IO.Compression;
using System.Text.Json;
using CivilSociety.Scorm.Cli;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Cli;

public sealed class CliTests
{
    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = CliApplication.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void Build_writes_the_zip_and_exits_0()
    {
        using var course = new CourseBuilder();

        var (exitCode, output, error) = Run("build", course.Directory, "-o", course.OutputPath);

        exitCode.Should().Be(0, error);
        output.Should().StartWith("wrote ");
        File.Exists(course.OutputPath).Should().BeTrue();
    }

    [Fact]
    public void Build_errors_are_printed_msbuild_style_with_the_source_line_a_caret_and_help_and_exit_1()
    {
        using var course = new CourseBuilder().With("sections/one.md", CourseBuilder.SectionOne.Replace("outcomes=\"LO1\"", "outcomes=\"LO7\""));

        var (exitCode, _, error) = Run("build", course.Directory, "-o", course.OutputPath);

        exitCode.Should().Be(1);
        var lines = error.Split('\n').SkipWhile(l => !l.Contains("SCO3002")).ToArray();
        lines[0].Should().Be($"{course.Directory}/sections/one.md(10,26): error SCO3002: question 'q1' names unknown outcome 'LO7'");
        lines[1].Should().Be("  ### Which is first? {#q1 outcomes=\"LO7\"}");
        lines[2].Should().Be("                           ^", "the caret is under outcomes=");
        lines[3].Should().Be("  help: the outcomes declared in course.yml are: LO1, LO2, LO2.1");
        error.Should().Contain("1 error(s), 0 warning(s)", "LO1 left unassessed follows from the same mistake (LO7 may be LO1): told once the course builds");
        File.Exists(course.OutputPath).Should().BeFalse();
    }

    [Fact]
    public void Build_reports_diagnostics_as_json_on_request()
    {
        using var course = new CourseBuilder().With("course.yml", CourseBuilder.ValidCourseYml.Replace("title:", "titel:"));

        var (exitCode, output, _) = Run("build", course.Directory, "-o", course.OutputPath, "--format", "json");

        exitCode.Should().Be(1);
        using var json = JsonDocument.Parse(output);
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        diagnostics.Should().Contain(d => d.GetProperty("id").GetString() == "SCO2002"
            && d.GetProperty("line").GetInt32() == 2 && d.GetProperty("help").GetString() == "did you mean 'title'?");
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Usage_errors_exit_2(params string[] args)
    {
        Run(args).ExitCode.Should().Be(2);
    }

    [Theory]
    [InlineData("--port must be a number from 0 to 65535, not 'abc'", "preview", "en", "--port", "abc")]
    [InlineData("--port must be a number from 0 to 65535, not '99999'", "preview", "en", "--port", "99999")]
    [InlineData("--port must be a number from 0 to 65535, not '1.5'", "preview", "en", "-p", "1.5")]
    [InlineData("unknown format 'xml': use text or json", "build", "en", "--format", "xml")]
    [InlineData("unknown format 'xml': use text or json", "validate", "x.zip", "--format", "xml")]
    [InlineData("unknown target 'zip': use scorm12, scorm2004, cmi5 or xapi", "build", "en", "--target", "zip")]
    [InlineData("--language needs a value after it: --language TAG", "new", "course", "--language")]
    public void Unparsable_option_values_are_usage_errors_without_a_stack_trace(string message, params string[] args)
    {
        var (exitCode, _, error) = Run(args);

        exitCode.Should().Be(2, error);
        error.Should().Contain(message).And.NotContain("   at ").And.NotContain("Exception");
    }

    [Fact]
    public void A_junk_language_tag_is_a_usage_error()
    {
        var folder = Path.Combine(Path.GetTempPath(), "civil-scorm-" + Guid.NewGuid().ToString("N"));

        var (exitCode, _, error) = Run("new", folder, "--language", "!!junk");

        exitCode.Should().Be(2);
        error.Should().Contain("'!!junk' is not a BCP 47 language tag").And.NotContain("did you mean");
        Directory.Exists(folder).Should().BeFalse();
    }

    [Theory]
    [InlineData("Arabic", "ar")]
    [InlineData("ar_EG", "ar-EG")]
    public void A_language_named_instead_of_its_tag_gets_the_tag_meant(string written, string meant)
    {
        var folder = Path.Combine(Path.GetTempPath(), "civil-scorm-" + Guid.NewGuid().ToString("N"));

        var (exitCode, _, error) = Run("new", folder, "--language", written);

        exitCode.Should().Be(2);
        error.Should().Contain($"'{written}' is not a BCP 47 language tag; did you mean '{meant}'?");
        Directory.Exists(folder).Should().BeFalse();
    }

    [Theory]
    [InlineData("biuld", "build")]
    [InlineData("bild", "build")]
    [InlineData("valdate", "validate")]
    [InlineData("prevew", "preview")]
    [InlineData("Build", "build")]
    public void A_mistyped_command_gets_a_did_you_mean(string typed, string meant)
    {
        var (exitCode, _, error) = Run(typed, "en");

        exitCode.Should().Be(2);
        error.Should().Contain($"error: unknown command '{typed}'").And.Contain($"help: did you mean '{meant}'? (civil-scorm {meant} en)");
    }

    [Fact]
    public void An_unknown_command_far_from_any_lists_the_commands()
    {
        var (exitCode, _, error) = Run("frobnicate");

        exitCode.Should().Be(2);
        error.Should().Contain("help: the commands are new, build, preview, validate").And.NotContain("did you mean");
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_named_with_the_zip_not_a_temporary_file()
    {
        // sysfs refuses new files even to root (tests may run as root, for whom a read-only folder is writable).
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/sys/kernel"))
        {
            return;
        }

        using var course = new CourseBuilder();

        var (exitCode, _, error) = Run("build", course.Directory, "-o", "/sys/kernel/course.zip");

        exitCode.Should().Be(1);
        error.Should().Contain("/sys/kernel/course.zip: error SCO5001: cannot write the package: the folder '/sys/kernel' cannot be written, so course.zip cannot be made there")
            .And.NotContain(".tmp").And.NotContain("denied");
    }

    [Fact]
    public void Version_and_help_exit_0()
    {
        var version = Run("--version");
        var help = Run("--help");

        version.ExitCode.Should().Be(0);
        version.Output.Should().MatchRegex(@"^\d+\.\d+\.\d+");
        help.ExitCode.Should().Be(0);
        help.Output.Should().Contain("build").And.Contain("validate");
    }

    [Fact]
    public void Validate_accepts_a_built_package()
    {
        using var package = new BuiltPackage(Repository.RealCourse);

        var (exitCode, output, error) = Run("validate", package.ZipPath);

        exitCode.Should().Be(0, error);
        output.Should().Contain("valid SCORM 1.2 package");
    }

    [Fact]
    public void Validate_rejects_a_package_whose_manifest_is_in_a_folder_and_one_that_escapes_its_folder()
    {
        using var temp = new TempDirectory();
        var nested = temp.File("nested.zip");
        using (var zip = ZipFile.Open(nested, ZipArchiveMode.Create))
        {
            zip.CreateEntry("course/imsmanifest.xml");
        }

        var escaping = temp.File("escaping.zip");
        using (var zip = ZipFile.Open(escaping, ZipArchiveMode.Create))
        {
            zip.CreateEntry("imsmanifest.xml");
            zip.CreateEntry("../evil.sh");
        }

        var nestedRun = Run("validate", nested);
        var escapingRun = Run("validate", escaping);

        nestedRun.ExitCode.Should().Be(1);
        nestedRun.Error.Should().Contain("SCO6002").And.Contain("course/imsmanifest.xml");
        escapingRun.ExitCode.Should().Be(1);
        escapingRun.Error.Should().Contain("SCO6003").And.Contain("../evil.sh");
    }

    [Fact]
    public void Validate_names_moodle_pitfalls_in_a_manifest()
    {
        using var temp = new TempDirectory();
        var path = temp.File("pitfalls.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("imsmanifest.xml").Open()))
            {
                writer.Write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest identifier="m" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adl="http://www.adlnet.org/xsd/adlcp_rootv1p2">
                      <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
                      <organizations default="ORG">
                        <organization identifier="ORG">
                          <title>&#1583;&#1608;&#1585;&#1577;</title>
                          <item identifier="I1" identifierref="R1"><title>Item</title><adl:masteryscore>0</adl:masteryscore></item>
                        </organization>
                      </organizations>
                      <resources>
                        <resource identifier="R1" type="webcontent" adl:scormtype="sco" href="missing.html"/>
                      </resources>
                    </manifest>
                    """);
            }
        }

        var (exitCode, _, error) = Run("validate", path);

        exitCode.Should().Be(1);
        error.Should().Contain("SCO6011").And.Contain("SCO6026").And.Contain("SCO6013").And.Contain("SCO6009");
    }

    /// <summary>--help says each default once: "(default: ...)" in a description beside the parser's "[default: ...]" read twice.</summary>
    [Theory]
    [InlineData("new")]
    [InlineData("build")]
    [InlineData("preview")]
    [InlineData("validate")]
    [InlineData("export-questions")]
    [InlineData("coverage")]
    [InlineData("report")]
    public void Help_names_each_default_once(string command)
    {
        var (exitCode, output, _) = Run(command, "--help");

        exitCode.Should().Be(0);
        HelpEntries(output).Where(e => System.Text.RegularExpressions.Regex.Matches(e, "default", System.Text.RegularExpressions.RegexOptions.IgnoreCase).Count > 1)
            .Should().BeEmpty();
    }

    /// <summary>
    /// Every command's --help (translate's subcommands too): each "[default: X]" is X as the user types it (X given to the
    /// option is read as that very default: "text", never the enum's "Text"), and said once.
    /// </summary>
    [Fact]
    public void Help_shows_every_default_as_the_user_types_it()
    {
        var root = CliApplication.CreateRoot(TextWriter.Null, TextWriter.Null);
        var defaults = 0;
        foreach (var (path, command) in CommandsBelow(root, []))
        {
            var (exitCode, output, error) = Run([.. path, "--help"]);
            exitCode.Should().Be(0, error);
            foreach (var option in command.Options.Where(o => o.HasDefaultValue && o.ValueType != typeof(bool)))   // a flag: no default shown
            {
                var entry = HelpEntries(output).Single(e => e.Split("  ", StringSplitOptions.RemoveEmptyEntries)[0].Split(", ")
                    .Any(name => name.Split(' ')[0] == option.Name));
                var said = System.Text.RegularExpressions.Regex.Matches(entry, @"\(default|\[default: ([^\]]*)\]", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
                said.Should().ContainSingle($"'{string.Join(' ', path)} {option.Name}' says its default once: {entry}");
                var typed = said[0].Groups[1].Value;
                if (option.HelpName is { } choices && choices.Contains('|'))
                {
                    choices.Split('|').Should().Contain(typed, $"help lists {option.Name}'s values as <{choices}>");
                }

                var parse = root.Parse([.. path, option.Name, typed]);
                parse.Errors.Where(e => e.SymbolResult is System.CommandLine.Parsing.OptionResult { Option: var erring } && erring == option)
                    .Should().BeEmpty($"'{string.Join(' ', path)} {option.Name} {typed}' is what help says to type");
                parse.GetResult(option)!.GetValueOrDefault<object>().Should().Be(option.GetDefaultValue(), $"help says {option.Name}'s default is '{typed}'");
                defaults++;
            }
        }

        defaults.Should().BeGreaterThanOrEqualTo(6, "--format of build, validate, export-questions, coverage and report, build's --target, new's --language, preview's --port");
    }

    private static IEnumerable<(string[] Path, System.CommandLine.Command Command)> CommandsBelow(System.CommandLine.Command command, string[] path) =>
        command.Subcommands.SelectMany(sub => CommandsBelow(sub, [.. path, sub.Name]).Prepend(([.. path, sub.Name], sub)));

    /// <summary>Help's entries: "  -o, --output &lt;FILE&gt;  description", a wrapped description joined to its entry.</summary>
    private static List<string> HelpEntries(string help)
    {
        var entries = new List<string>();
        foreach (var line in help.Split('\n'))
        {
            // An entry starts at "  -x, --option" or "  <ARGUMENT>"; its description may wrap onto further lines.
            if (line.StartsWith("  -", StringComparison.Ordinal) || line.StartsWith("  <", StringComparison.Ordinal) || entries.Count == 0)
            {
                entries.Add(line.Trim());
            }
            else
            {
                entries[^1] += " " + line.Trim();
            }
        }

        return entries;
    }

    [Fact]
    public void Build_outside_a_course_says_what_it_looked_for_and_new_makes_the_media_folder()
    {
        using var temp = new TempDirectory();
        var course = temp.File("my-course");

        var created = Run("new", course);
        var built = Run("build", course, "-o", temp.File("my-course.zip"));

        Directory.Exists(Path.Combine(course, "media")).Should().BeTrue("the scaffold's text tells the author to put images there");
        created.Output.Should().Contain("next:").And.Contain($"civil-scorm preview {course}").And.Contain($"civil-scorm build {course}");
        built.Output.Should().MatchRegex(@"wrote .*my-course\.zip: 2 sections, 2 questions, 2 outcomes, \d+ KB")
            .And.MatchRegex(@"wrote .*my-course\.decoder\.csv \(the decoder");
    }
}
