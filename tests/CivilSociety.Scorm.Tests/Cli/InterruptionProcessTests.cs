using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Cli;

/// <summary>
/// Ctrl+C or SIGTERM while <c>civil-scorm build</c> writes the zip: the real CLI as a process, on a course whose
/// package takes seconds to write (90 MB that do not compress), signalled once its temporary file exists.
/// </summary>
public sealed class InterruptionProcessTests
{
    [Theory]
    [InlineData("TERM", 143, "text")]
    [InlineData("INT", 130, "json")]
    public async Task An_interrupted_build_exits_non_zero_removes_its_temporary_files_and_leaves_the_existing_zip_as_it_was(string signal, int exitCode, string format)
    {
        // Given a course with a large incompressible file, and a package from an earlier build
        using var course = new CourseBuilder().With("sections/one.md", CourseBuilder.SectionOne.Replace(
            "Some text", "The [data set](../media/data.bin) and some text", StringComparison.Ordinal));
        var data = new byte[90 * 1024 * 1024];
        new Random(16).NextBytes(data);
        course.WithBytes("media/data.bin", data);
        var outFolder = Path.GetDirectoryName(course.OutputPath)!;
        Directory.CreateDirectory(outFolder);
        using (var zip = ZipFile.Open(course.OutputPath, ZipArchiveMode.Create))
        {
            zip.CreateEntry("earlier.txt");
        }

        var before = File.ReadAllBytes(course.OutputPath);

        // When the build is signalled while it writes the zip
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "civil-scorm.dll"), "build", course.Directory, "-o", course.OutputPath, "--format", format })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // Watched and signalled from a thread of its own: a continuation on a busy thread pool could come after the
        // zip is already in place, and the build would have finished before the signal.
        var signalled = await Task.Factory.StartNew(() => SignalOnceWriting(process, outFolder, signal), TaskCreationOptions.LongRunning);

        signalled.Should().BeTrue("the zip takes seconds to write: {0}{1}", await Finished(output), await Finished(error));
        (await Task.Run(() => process.WaitForExit(TimeSpan.FromSeconds(60)))).Should().BeTrue("an interrupted build stops at once");

        // Then it says so, leaves no temporary file, and the earlier package is byte for byte what it was
        process.ExitCode.Should().Be(exitCode, await error);
        Temporaries(outFolder).Should().BeEmpty();
        File.ReadAllBytes(course.OutputPath).Should().Equal(before);
        File.Exists(Path.Combine(outFolder, "course.decoder.csv")).Should().BeFalse();
        if (format == "json")
        {
            using var report = JsonDocument.Parse(await output);
            report.RootElement.GetProperty("error").GetString().Should().Contain("interrupted (SIGINT)");
            report.RootElement.GetProperty("package").ValueKind.Should().Be(JsonValueKind.Null);
        }
        else
        {
            (await error).Should().Contain("error: the build was interrupted (SIGTERM); nothing was written");
        }
    }

    private static string[] Temporaries(string folder) => Directory.GetFiles(folder, "*.tmp");

    private static bool SignalOnceWriting(Process process, string outFolder, string signal)
    {
        var waited = Stopwatch.StartNew();
        while (Temporaries(outFolder).Length == 0 && !process.HasExited && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(2);
        }

        return !process.HasExited
            && Tools.Run("kill", "-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)).ExitCode == 0;
    }

    private static async Task<string> Finished(Task<string> stream) => stream.IsCompleted ? await stream : "";
}
