using CivilSociety.Scorm.Republishing;
using CivilSociety.Scorm.Testing;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Republishing;

/// <summary>
/// The matrix of edits a designer makes between two versions (docs/republishing.md), on the real course and on
/// samples/every-question-type: each built as version A and, edited, as version B (its version raised), then
/// compared as `civil-scorm diff` does. The runtime's side of the same edits (what a learner's state keeps) is
/// packaging/runtime/test/keyed.test.js; a whole relaunch, tests/CivilSociety.Scorm.Browser.Tests RepublishTests.
/// </summary>
public sealed class EditMatrixTests
{
    private const string Sample = "samples/every-question-type";

    /// <summary>An edit: the course, the edit, the codes diff reports (besides none), and whether the update is safe.</summary>
    public static TheoryData<string, string, string[], bool> Edits() => new()
    {
        { "prose", Sample, [], true },
        { "choice text: spelling only", Sample, [], true },
        { "choice text: reworded", Sample, ["SCO9013"], false },
        { "choice added at the top", Sample, ["SCO9014"], false },
        { "choice added in the middle", Sample, ["SCO9014"], false },
        { "choice added at the end", Sample, [], true },
        { "choices reordered", Sample, ["SCO9014"], false },
        { "correct answer changed", Sample, ["SCO9015"], false },
        { "question added", Sample, ["SCO9012"], false },
        { "question removed", Sample, ["SCO9011"], false },
        { "questions reordered", Sample, [], true },
        { "question type changed", Sample, ["SCO9013"], false },
        { "section added", Sample, ["SCO9010"], false },
        { "section removed (and its outcome)", Sample, ["SCO9008", "SCO9009"], false },
        { "sections reordered", Sample, [], true },
        { "attempts lowered", Sample, ["SCO9016"], false },
        { "attempts raised", Sample, [], true },
        { "question outcomes changed", Sample, ["SCO9015"], false },
        { "sequencing item added", Sample, ["SCO9013"], false },
        { "fill-in box shortened", Sample, ["SCO9013"], false },
        { "course id changed", Sample, ["SCO9003"], false },
        { "real course: prose", "content", [], true },
        { "real course: choice added at the top", "content", ["SCO9014"], false },
        { "real course: sections reordered", "content", [], true },
        { "real course: outcome removed", "content", ["SCO9008", "SCO9015"], false },
        { "real course: question removed", "content", ["SCO9011"], false },
        { "real course: chosen choice reworded", "content", ["SCO9013"], false },
        { "real course: attempts limited", "content", ["SCO9016"], false },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Diff_reports_what_each_edit_costs(string edit, string course, string[] codes, bool safe)
    {
        using var work = new TempDirectory();
        var a = Build(Copy(course, work.File("a")), work.File("a.zip"));
        var edited = Copy(course, work.File("b"));
        CourseEdits.Apply(edit, edited);
        CourseEdits.Replace(edited, "course.yml", "version: 1.0.0", "version: 1.1.0");
        var b = Build(edited, work.File("b.zip"));

        var comparison = PackageComparer.Compare(a, b);

        comparison.Findings.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal)
            .Should().Equal(codes, string.Join("\n", comparison.Findings));
        comparison.Safe.Should().Be(safe);
        if (!codes.Contains("SCO9003"))
        {
            comparison.Kept.Should().NotBeEmpty("diff says what learners keep, unless the update loses everything");
        }
    }

    [Fact]
    public void The_same_package_twice_is_safe_but_asks_for_a_new_version()
    {
        using var work = new TempDirectory();
        var a = Build(Copy(Sample, work.File("a")), work.File("a.zip"));

        var comparison = PackageComparer.Compare(a, a);

        comparison.Findings.Select(d => d.Id).Should().Equal("SCO9006");
        comparison.Safe.Should().BeTrue();
        comparison.Verdict.Should().StartWith("safe: learners in progress keep everything");
    }

    private static string Copy(string course, string to)
    {
        var from = Path.Combine(Repository.Root, course);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return to;
    }

    private static string Build(string course, string zip)
    {
        var result = CourseCompiler.Compile(new CompileOptions(course, zip));
        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        return zip;
    }
}
