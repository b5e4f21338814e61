using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Parsing;
using CivilSociety.Scorm.Questions;
using CivilSociety.Scorm.Tests.Infrastructure;
using CivilSociety.Scorm.Validation;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Structure;

/// <summary>
/// Where the compiler models the runtime, the runtime itself is the judge: the same question types on both sides, and
/// the compiler's worst-case saved state equal to what the runtime's own codec writes (packaging/runtime/tools/worst-case.mjs).
/// </summary>
public sealed class RuntimeAgreementTests
{
    private static string Runtime => Path.Combine(Repository.Root, "packaging", "runtime");

    public static TheoryData<string, bool> Courses => new()
    {
        { "content", false },
        { "content", true },
        { "samples/minimal-en", false },
        { "samples/every-question-type", false },
        { "samples/every-question-type", true },
    };

    [Fact]
    public void Every_question_type_has_its_runtime_module_of_the_same_name_and_no_module_is_without_a_type()
    {
        var modules = Directory.GetFiles(Path.Combine(Runtime, "src", "questions", "types"), "*.js").Select(Path.GetFileNameWithoutExtension);

        modules.Should().BeEquivalentTo(QuestionTypeRegistry.All.Select(type => type.Name));
    }

    [Theory]
    [MemberData(nameof(Courses))]
    public void The_compilers_worst_case_saved_state_is_what_the_runtimes_codec_writes(string course, bool xapi)
    {
        using var copy = new TempDirectory();
        CopyDirectory(Path.Combine(Repository.Root, course), copy.Path);
        if (xapi)
        {
            File.AppendAllText(Path.Combine(copy.Path, "course.yml"), "xapi:\n  activity_base: https://courses.example.org/xapi\n");
        }

        var compilers = CompilersWorstCase(copy.Path);
        using var package = new BuiltPackage(copy.Path);
        var page = Path.Combine(copy.Path, "index.html");
        File.WriteAllText(page, package.ReadText("index.html"));

        var (exitCode, output) = Tools.Run("node", Path.Combine(Runtime, "tools", "worst-case.mjs"), page);

        exitCode.Should().Be(0, output);
        int.Parse(output.Trim(), System.Globalization.CultureInfo.InvariantCulture).Should().Be(compilers);
    }

    private static int CompilersWorstCase(string courseDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var course = CourseParser.Parse(CourseLoader.Load(courseDirectory, diagnostics), diagnostics);
        diagnostics.HasErrors.Should().BeFalse(string.Join("\n", diagnostics.ToList()));
        return SuspendDataBudget.WorstCase(course!);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
