using System.Diagnostics;
using CivilSociety.Scorm.Browser.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Browser.Tests.Tests;

/// <summary>The built zip itself, as an LMS receives it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PackageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Built_package_passes_the_scorm12_manifest_validator()
    {
        var package = await fixture.RealCourseAsync();

        var (exitCode, output) = await RunAsync("bash", Path.Combine(RepositoryPaths.Scripts, "validate-manifest.sh"), package.ZipPath!);

        exitCode.Should().Be(0, output);
    }

    [Fact]
    public async Task Manifest_validator_rejects_a_manifest_with_a_dangling_reference()
    {
        var directory = Path.Combine(fixture.WorkRoot, "dangling");
        HandWrittenPackage.WriteTo(directory);
        File.WriteAllText(Path.Combine(directory, "wrong.html"), "<!doctype html><title>x</title>");
        var manifest = Path.Combine(directory, "imsmanifest.xml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("identifierref=\"res-b\"", "identifierref=\"res-x\"", StringComparison.Ordinal));

        var (exitCode, output) = await RunAsync("bash", Path.Combine(RepositoryPaths.Scripts, "validate-manifest.sh"), manifest);

        exitCode.Should().Be(1, output);
        output.Should().Contain("identifierref=\"res-x\" names no resource");
    }

    [Fact]
    public async Task Launch_page_is_index_html_at_the_package_root()
    {
        var package = await fixture.RealCourseAsync();

        package.LaunchHref.Should().Be("index.html");
        File.Exists(Path.Combine(package.Directory, "index.html")).Should().BeTrue();
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
