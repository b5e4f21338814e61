using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Model;
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

    /// <summary>The real course and every sample, each without and with xAPI (whose registration takes room too).</summary>
    public static TheoryData<string, bool> Courses()
    {
        var data = new TheoryData<string, bool>();
        foreach (var course in Repository.Samples.Prepend("content"))
        {
            data.Add(course, false);
            data.Add(course, true);
        }

        return data;
    }

    [Fact]
    public void Every_question_type_has_its_runtime_module_of_the_same_name_and_no_module_is_without_a_type()
    {
        var modules = Directory.GetFiles(Path.Combine(Runtime, "src", "questions", "types"), "*.js").Select(Path.GetFileNameWithoutExtension);

        modules.Should().BeEquivalentTo(QuestionTypeRegistry.All.Select(type => type.Name));
    }

    [Fact]
    public void Every_question_type_is_exercised_by_a_sample()
    {
        // The samples are where the browser tests and the checks above meet every type (docs/contributing.md, "Adding a question type").
        var used = Repository.Samples.SelectMany(sample => Parse(Path.Combine(Repository.Root, sample)).Sections)
            .SelectMany(section => section.Quiz?.Questions ?? []).Select(question => question.Type).ToHashSet(StringComparer.Ordinal);

        QuestionTypeRegistry.All.Select(type => type.Name).Where(name => !used.Contains(name))
            .Should().BeEmpty("each type has a sample course that uses it: samples/TYPE-question/");
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

    private static int CompilersWorstCase(string courseDirectory) => SuspendDataBudget.WorstCase(Parse(courseDirectory));

    private static Course Parse(string courseDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var course = CourseParser.Parse(CourseLoader.Load(courseDirectory, diagnostics), diagnostics);
        diagnostics.HasErrors.Should().BeFalse(string.Join("\n", diagnostics.ToList()));
        return course!;
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
