using System.Text;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Reports;

/// <summary>The real course's report speaks Arabic, right to left, and shows Arabic answers in words.</summary>
public sealed class ArabicReportTests
{
    [Fact]
    public void The_real_course_report_is_in_Arabic_and_right_to_left()
    {
        using var temp = new TempDirectory();
        var path = temp.File("التفاعلات.txt");
        File.WriteAllText(path, MoodleLayout.Interactions(
        [
            new("ليلى أحمد", "layla@example.org", 1, "50", [("introduction.q-complements", "b", "a", "wrong"), ("introduction.q-ngo-form", "a", "a", "correct")], []),
        ]));

        var result = CourseReports.Mastery(new ReportOptions(Repository.RealCourse, "-") { MoodleReports = [path] });

        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        var html = Encoding.UTF8.GetString(result.Content!);
        html.Should().Contain("<html lang=\"ar\" dir=\"rtl\">").And.Contain("إتقان مخرجات التعلّم").And.Contain("ليلى أحمد");
        var complements = result.Report!.Questions.Single(q => q.Id == "introduction.q-complements");
        complements.CommonWrongAnswer.Should().Be("تحل المنظمة محل الدولة في حماية الضحايا ورعايتهم");
    }
}
