using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Export;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Markup;
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

    /// <summary>The real course and every sample.</summary>
    public static TheoryData<string> CourseDirectories() => [.. Repository.Samples.Prepend("content")];

    [Fact]
    public void Every_question_type_has_its_runtime_module_of_the_same_name_and_no_module_is_without_a_type()
    {
        var modules = Directory.GetFiles(Path.Combine(Runtime, "src", "questions", "types"), "*.js").Select(Path.GetFileNameWithoutExtension);

        modules.Should().BeEquivalentTo(QuestionTypeRegistry.All.Select(type => type.Name));
    }

    [Fact]
    public void Every_question_type_is_exercised_by_a_sample()
    {
        // The samples are where the browser tests and the checks above meet every type (docs/new-question-type.md).
        var used = Repository.Samples.SelectMany(sample => Parse(Path.Combine(Repository.Root, sample)).Sections)
            .SelectMany(section => section.Quiz?.Questions ?? []).Select(question => question.Type.Name).ToHashSet(StringComparer.Ordinal);

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
        var page = WritePage(package, copy.Path);

        var (exitCode, output) = Tools.Run("node", Path.Combine(Runtime, "tools", "worst-case.mjs"), page);

        exitCode.Should().Be(0, output);
        int.Parse(output.Trim(), System.Globalization.CultureInfo.InvariantCulture).Should().Be(compilers);
    }

    [Fact]
    public void The_synthetic_300_sections_course_keeps_its_state_by_key_within_4096_characters_as_the_runtime_counts_it()
    {
        // scripts/bench.sh's course: 300 sections of ten four-choice questions, too large for the keyed state answer by
        // answer, kept by quiz (state/v5.js): sections by identity, each quiz's answers together.
        using var copy = new TempDirectory();
        CivilSociety.Scorm.Benchmarks.SyntheticCourse.Write(copy.Path, imageBytesPerScale: 300 * 1024);
        var course = Parse(copy.Path);
        SuspendDataBudget.FormatOf(course).Should().Be(SavedStateFormat.KeyedByQuiz);
        var compilers = SuspendDataBudget.WorstCase(course);
        compilers.Should().Be(4057).And.BeLessThanOrEqualTo(SuspendDataBudget.Limit);

        using var package = new BuiltPackage(copy.Path);
        package.ReadText("course-snapshot.json").Should().Contain("\"state\": \"quizzes\"");
        var page = WritePage(package, copy.Path);
        var (exitCode, output) = Tools.Run("node", Path.Combine(Runtime, "tools", "worst-case.mjs"), page);

        exitCode.Should().Be(0, output);
        int.Parse(output.Trim(), System.Globalization.CultureInfo.InvariantCulture).Should().Be(compilers);
    }

    /// <summary>The package's launch page, and its sections.js beside it (the quizzes of the sections kept out of the page), into <paramref name="directory"/>.</summary>
    private static string WritePage(BuiltPackage package, string directory)
    {
        var page = Path.Combine(directory, "index.html");
        File.WriteAllText(page, package.ReadText("index.html"));
        if (package.EntryNames().Contains("sections.js"))
        {
            File.WriteAllText(Path.Combine(directory, "sections.js"), package.ReadText("sections.js"));
        }

        return page;
    }

    [Theory]
    [MemberData(nameof(CourseDirectories))]
    public void The_reports_judge_every_questions_correct_response_pattern_correct(string course)
    {
        // A report whose LMS kept no result judges the recorded response through the question's own type
        // (BankEntry.Judge): the pattern the runtime records as correct_responses.0.pattern must be judged right.
        var bank = QuestionBank.Build(Parse(Path.Combine(Repository.Root, course)), new MarkdownHtml(MarkdownPipelineFactory.Shared));

        var entries = bank.AllEntries.Select(e => e.Entry).ToList();
        entries.Should().NotBeEmpty();
        entries.Where(e => e.Judge(e.Key!.Pattern) != true).Select(e => $"{e.Id} ({e.Question.Type.Name}): '{e.Key!.Pattern}' judged {e.Judge(e.Key.Pattern)?.ToString() ?? "null"}")
            .Should().BeEmpty();
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
