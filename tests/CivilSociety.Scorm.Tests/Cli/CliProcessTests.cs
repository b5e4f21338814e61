using System.Diagnostics;
using CivilSociety.Scorm.Tests.Diagnostics;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Cli;

/// <summary><c>civil-scorm</c> as a process, where the current folder and the process's own stack matter.</summary>
public sealed class CliProcessTests
{
    private static (int ExitCode, string Output, string Error) RunIn(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        foreach (var argument in args.Prepend(Path.Combine(AppContext.BaseDirectory, "civil-scorm.dll")))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromSeconds(120)).Should().BeTrue();
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void A_relative_output_path_is_named_as_the_user_gave_it_not_joined_to_the_course_folder()
    {
        using var course = new CourseBuilder();
        var parent = Path.GetDirectoryName(course.Directory)!;
        var name = Path.GetFileName(course.Directory);

        var (exitCode, _, error) = RunIn(parent, "build", name, "-o", $"{name}/course.yml");

        exitCode.Should().Be(1);
        error.Should().Contain($"{name}/course.yml: error SCO5001: cannot write the package: the file exists and is not a zip")
            .And.NotContain($"{name}/{name}/");
    }

    [Fact]
    public void A_manifest_nested_100000_deep_is_a_located_error_not_a_stack_overflow()
    {
        using var temp = new TempDirectory();
        var zip = temp.File("deep.zip");
        File.WriteAllBytes(zip, PackageSpec.Build("schemas\n== imsmanifest.xml [nested 100000]\n== index.html\n<title>x</title>\n"));

        var (exitCode, _, error) = RunIn(temp.Path, "validate", "deep.zip");

        exitCode.Should().Be(1, error);
        error.Should().Contain("deep.zip!/imsmanifest.xml(3,767): error SCO6029: imsmanifest.xml nests elements more than 256 levels deep");
    }
}
