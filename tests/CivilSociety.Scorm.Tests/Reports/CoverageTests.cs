using System.Text;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Reports;

public sealed class CoverageTests
{
    [Fact]
    public void Table_counts_the_questions_and_weights_of_each_outcome_per_section()
    {
        var result = CourseReports.Coverage(new CoverageOptions(Repository.Sample("every-question-type")) { Format = CoverageFormat.Csv });

        result.Succeeded.Should().BeTrue();
        result.Diagnostics.Should().BeEmpty("every outcome of the sample is assessed by several questions");
        var rows = CivilSociety.Scorm.Reports.DelimitedText.Read(Encoding.UTF8.GetString(result.Content!));
        rows.Skip(1).Select(r => (r[0], r[2], r[3], r[4])).Should().Equal(
            ("WC1", "stages", "7", "9"), ("WC1", "energy", "0", "0"),
            ("WC1.1", "stages", "3", "4"), ("WC1.1", "energy", "0", "0"),
            ("WC1.2", "stages", "4", "5"), ("WC1.2", "energy", "0", "0"),
            ("WC2", "stages", "0", "0"), ("WC2", "energy", "2", "2"));
    }

    [Fact]
    public void An_outcome_assessed_by_no_question_or_one_light_question_is_warned_about()
    {
        using var course = new CourseBuilder().With("sections/two.md", CourseBuilder.SectionTwo.Replace("outcomes=\"LO2 LO2.1\"", "outcomes=\"LO2\"", StringComparison.Ordinal));

        var result = CourseReports.Coverage(new CoverageOptions(course.Directory) { Format = CoverageFormat.Text });

        result.Diagnostics.Select(d => (d.Id, d.Message)).Should().Equal(
            ("SCO7004", "outcome 'LO1' is assessed by one question only ('one.q1', weight 1); a single slip decides it"),
            ("SCO7004", "outcome 'LO2' is assessed by one question only ('two.q1', weight 2); a single slip decides it"),
            ("SCO3009", "outcome 'LO2.1' is assessed by no question"));
        Encoding.UTF8.GetString(result.Content!).Should().Contain("  LO2.1  -          -          none");
    }
}
