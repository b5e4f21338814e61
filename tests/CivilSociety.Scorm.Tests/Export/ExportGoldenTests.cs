using System.Text;
using CivilSociety.Scorm.Export;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Export;

/// <summary>
/// Every format of the sample with all seven types, and the real (Arabic) course in Moodle XML, against golden files
/// in Golden/export/ (UPDATE_GOLDEN=1 rewrites them). The QTI zip is compared entry by entry, as text.
/// </summary>
public sealed class ExportGoldenTests
{
    public static TheoryData<string, QuestionFormat> Cases() => new()
    {
        { "every-question-type", QuestionFormat.MoodleXml },
        { "every-question-type", QuestionFormat.Gift },
        { "every-question-type", QuestionFormat.Qti21 },
        { "content", QuestionFormat.MoodleXml },
        { "content", QuestionFormat.Gift },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Export_matches_its_golden_file(string course, QuestionFormat format)
    {
        // Given
        var directory = course == "content" ? Repository.RealCourse : Repository.Sample(course);

        // When
        var (content, diagnostics) = ExportRun.Of(directory, format);
        var actual = (format == QuestionFormat.Qti21 ? ExportRun.ZipAsText(content) : Encoding.UTF8.GetString(content))
            + "\n-- diagnostics --\n" + string.Join("\n", diagnostics.Select(d => $"{d.Location}: {d.Severity} {d.Id}: {d.Message}")) + "\n";

        // Then
        var golden = Path.Combine(Repository.Root, "tests", "CivilSociety.Scorm.Tests", "Golden", "export", course + format switch
        {
            QuestionFormat.MoodleXml => ".moodle.xml",
            QuestionFormat.Gift => ".gift.txt",
            _ => ".qti21.txt",
        });
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual);
        }

        actual.Should().Be(File.ReadAllText(golden).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Two_exports_of_the_same_course_are_the_same_bytes()
    {
        var first = ExportRun.Of(Repository.Sample("every-question-type"), QuestionFormat.Qti21).Content;
        var second = ExportRun.Of(Repository.Sample("every-question-type"), QuestionFormat.Qti21).Content;
        second.Should().Equal(first);
    }
}
