using System.IO.Compression;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Loading;

/// <summary>
/// Load opens only regular files: a pipe, a socket, a device or a link that loops is named where the course uses
/// it, and is never opened (opening a FIFO waits for a writer, forever). Every build here has a deadline.
/// </summary>
public sealed class SpecialFileTests
{
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static CourseBuilder CourseWithImage(string path) =>
        new CourseBuilder().With("sections/two.md", CourseBuilder.SectionTwo.Replace(
            "Text about the second thing.", $"![A map]({path})", StringComparison.Ordinal));

    private static CompileResult CompileWithin(CourseBuilder course, int seconds = 30)
    {
        var build = Task.Run(() => course.Compile());
        build.Wait(TimeSpan.FromSeconds(seconds)).Should().BeTrue("the build must never wait on a file");
        return build.Result;
    }

    [Fact]
    public void A_pipe_named_like_a_section_that_is_not_listed_is_left_alone()
    {
        using var course = new CourseBuilder();
        SpecialFiles.Create("fifo", Path.Combine(course.Directory, "sections", "three.md"));

        CompileWithin(course).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_pipe_listed_as_a_section_is_SCO1008_at_its_entry_in_course_yml()
    {
        using var course = new CourseBuilder().With("course.yml", CourseBuilder.ValidCourseYml + "\n  - sections/three.md\n");
        SpecialFiles.Create("fifo", Path.Combine(course.Directory, "sections", "three.md"));

        var error = CompileWithin(course).Diagnostics.Should().ContainSingle().Subject;

        error.Id.Should().Be("SCO1008");
        error.Location.Should().Be(new SourceSpan("course.yml", 17, 5));
        error.Message.Should().Be("'sections/three.md' is a named pipe (FIFO), not a regular file; the build opens only regular files");
    }

    [DeviceFact]
    public void A_device_used_as_an_image_is_SCO1008()
    {
        using var course = CourseWithImage("../media/map.png");
        SpecialFiles.Create("device", Path.Combine(course.Directory, "media", "map.png"));

        CompileWithin(course).Diagnostics.Should().ContainSingle(d => d.Id == "SCO1008")
            .Which.Message.Should().Be("'../media/map.png' is a device, not a regular file; the build opens only regular files");
    }

    [Fact]
    public void A_link_to_a_file_that_does_not_exist_is_SCO3013_naming_the_target()
    {
        using var course = CourseWithImage("../media/map.png");
        Directory.CreateDirectory(Path.Combine(course.Directory, "media"));
        File.CreateSymbolicLink(Path.Combine(course.Directory, "media", "map.png"), "drafts/map-v2.png");

        var error = CompileWithin(course).Diagnostics.Should().ContainSingle().Subject;

        error.Id.Should().Be("SCO3013");
        error.Help.Should().StartWith("it is a symbolic link to 'drafts/map-v2.png', which does not exist");
    }

    [Fact]
    public void A_folder_linked_into_itself_that_nothing_uses_builds_at_once()
    {
        using var course = new CourseBuilder();
        Directory.CreateDirectory(Path.Combine(course.Directory, "media"));
        Directory.CreateSymbolicLink(Path.Combine(course.Directory, "media", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(course.Directory, "media", "self"), ".");

        CompileWithin(course, seconds: 10).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_link_to_a_file_inside_the_course_is_bundled_as_its_file()
    {
        using var course = CourseWithImage("../media/current.png").WithBytes("media/map-v2.png", TinyPng);
        File.CreateSymbolicLink(Path.Combine(course.Directory, "media", "current.png"), "map-v2.png");

        var result = CompileWithin(course);

        result.Diagnostics.Should().BeEmpty();
        using var zip = ZipFile.OpenRead(result.PackagePath!);
        zip.GetEntry("media/current.png")!.Length.Should().Be(TinyPng.Length);
    }

    [Fact]
    public void Links_pointing_at_each_other_are_SCO1009_and_json_is_still_printed()
    {
        using var course = CourseWithImage("../media/a.png");
        Directory.CreateDirectory(Path.Combine(course.Directory, "media"));
        File.CreateSymbolicLink(Path.Combine(course.Directory, "media", "a.png"), "b.png");
        File.CreateSymbolicLink(Path.Combine(course.Directory, "media", "b.png"), "a.png");
        var output = new StringWriter();

        var exitCode = CivilSociety.Scorm.Cli.CliApplication.Run(["build", course.Directory, "-o", course.OutputPath, "--format", "json"], output, new StringWriter());

        exitCode.Should().Be(1);
        using var report = System.Text.Json.JsonDocument.Parse(output.ToString());
        report.RootElement.GetProperty("diagnostics")[0].GetProperty("id").GetString().Should().Be("SCO1009");
    }

    [Fact]
    public async Task Validating_a_pipe_named_like_a_zip_is_SCO6001_at_once()
    {
        using var temp = new TempDirectory();
        var pipe = temp.File("package.zip");
        SpecialFiles.Create("fifo", pipe);

        // A TimeoutException here means validate waited on the pipe.
        var diagnostics = await Task.Run(() => CivilSociety.Scorm.PackageValidation.PackageValidator.Validate(pipe)).WaitAsync(TimeSpan.FromSeconds(30));

        diagnostics.Should().ContainSingle().Which.Id.Should().Be("SCO6001");
    }
}
