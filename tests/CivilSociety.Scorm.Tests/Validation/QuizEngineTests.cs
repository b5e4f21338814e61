using System.Text;
using System.Text.Json;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Validation;

public sealed class QuizEngineTests
{
    private static CourseBuilder WithQuiz(string quiz) =>
        new CourseBuilder().With("sections/one.md", "---\nid: one\ntitle: One\n---\nText.\n\n::: quiz\n" + quiz + "\n:::\n");

    [Theory]
    [InlineData("### N {#n outcomes=\"LO1\" type=numeric answer=20..10}", "SCO3031")]
    [InlineData("### N {#n outcomes=\"LO1\" type=numeric}", "SCO2025")]
    [InlineData("### N {#n outcomes=\"LO1\" type=numeric answer=ten}", "SCO2026")]
    [InlineData("### T {#t outcomes=\"LO1\" type=true-false}", "SCO2025")]
    [InlineData("### T {#t outcomes=\"LO1\" type=true-false answer=true}\n\n- [x] True", "SCO2027")]
    [InlineData("### M {#m outcomes=\"LO1\" type=matching}\n\n- only -> one", "SCO3030")]
    [InlineData("### M {#m outcomes=\"LO1\" type=matching}\n\n- no arrow here\n- a -> b", "SCO2024")]
    [InlineData("### S {#s outcomes=\"LO1\" type=sequencing}\n\n1. alone", "SCO3032")]
    [InlineData("### F {#f outcomes=\"LO1\" type=fill-in}\n\n- [ ] wrong", "SCO2028")]
    [InlineData("### F {#f outcomes=\"LO1\" type=fill-in maxlength=3}\n\n- [x] too long", "SCO3033")]
    [InlineData("### F {#f outcomes=\"LO1\" type=fill-in maxlength=300}\n\n- [x] a", "SCO2026")]
    [InlineData("### C {#c outcomes=\"LO1\"}\n\n- [x] same\n- [ ] same", "SCO3035")]
    [InlineData("### C {#c outcomes=\"LO1\" type=essay}\n\n- [x] a", "SCO2013")]
    public void Reports_each_quiz_authoring_mistake(string quiz, string expectedId)
    {
        using var course = WithQuiz(quiz);

        var result = course.Compile();

        result.Diagnostics.Should().Contain(d => d.Id == expectedId && d.Location.Path == "sections/one.md" && d.Location.Line > 0,
            string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Reports_invalid_quiz_settings_on_the_quiz_line()
    {
        using var course = new CourseBuilder().With("sections/one.md",
            CourseBuilder.SectionOne.Replace("::: quiz", "::: quiz {pass=120 attempts=0 shuffle=sometimes reveal=maybe timer=5}"));

        var result = course.Compile();

        result.Diagnostics.Where(d => d.Location.Line == 9).Select(d => d.Id).Should().BeEquivalentTo(["SCO2026", "SCO2026", "SCO2026", "SCO2026", "SCO2002"]);
    }

    [Fact]
    public void A_course_of_20_sections_with_15_choice_questions_each_fits_suspend_data()
    {
        using var course = Generated(sections: 20, questions: 15, question: i => $"### Q{i} {{#q{i} outcomes=\"LO1 LO2\" type=multiple}}\n\n- [x] A\n- [x] B\n- [ ] C\n- [ ] D\n- [ ] E\n- [ ] F\n");

        var result = course.Compile();

        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void A_course_whose_saved_state_could_exceed_4096_characters_does_not_build_and_says_by_how_much()
    {
        using var course = Generated(sections: 20, questions: 15, question: i => $"### Q{i} {{#q{i} outcomes=\"LO1 LO2\" type=fill-in maxlength=20}}\n\n- [x] answer\n");

        var result = course.Compile();

        var budget = result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO3034").Subject;
        // In bits: 24 + 20 sections + 5 (bookmark) + 1 (registration), and 20 quizzes x (11 attempts + 1 checked + 15 x
        // (5 + 20 x 16)): 97,790 bits, 16,299 characters of six bits after the one of the marker.
        budget.Message.Should().Be("the learner's saved state could reach 16300 characters, 12204 more than the 4096 of SCORM 1.2's cmi.suspend_data");
        budget.Help.Should().Be("the answers of its 300 fill-in questions take up to 16250 characters: lower their maxlength= (the most a learner may type; each letter takes about three characters), or split the course into several packages");
        result.Succeeded.Should().BeFalse();
    }

    [Fact]
    public void The_every_type_sample_builds_cleanly_and_its_sealed_answer_keys_carry_scorm_patterns()
    {
        using var package = new BuiltPackage(Repository.Sample("every-question-type"));

        package.Result.Diagnostics.Should().BeEmpty();
        var page = package.LaunchPage();
        using var data = JsonDocument.Parse(page.GetElementById("course-data")!.TextContent);
        var questions = data.RootElement.GetProperty("sections")[0].GetProperty("quiz").GetProperty("questions").EnumerateArray()
            .ToDictionary(q => q.GetProperty("id").GetString()!, q => (q.GetProperty("scormType").GetString(),
                SealedKeys.Open(page, "stages", q.GetProperty("id").GetString()!).GetProperty("pattern").GetString()));
        questions.Should().BeEquivalentTo(new Dictionary<string, (string?, string?)>
        {
            ["q-clouds"] = ("choice", "b"),
            ["q-forms"] = ("choice", "a,b,d"),
            ["q-droplets"] = ("true-false", "t"),
            ["q-name"] = ("fill-in", "evaporation"),
            ["q-count"] = ("numeric", "4"),
            ["q-match"] = ("matching", "a.2,b.4,c.3,d.1"),
            ["q-order"] = ("sequencing", "d,b,c,a"),
        });
        package.EntryNames().Should().NotContain("decoder.csv", "the teachers' decoder holds every answer: it is written beside the zip");
        File.Exists(Path.ChangeExtension(package.ZipPath, null) + ".decoder.csv").Should().BeTrue();
    }

    private static CourseBuilder Generated(int sections, int questions, Func<int, string> question)
    {
        var course = new CourseBuilder();
        var yml = new StringBuilder(CourseBuilder.ValidCourseYml[..CourseBuilder.ValidCourseYml.IndexOf("sections:", StringComparison.Ordinal)]).Append("sections:\n");
        for (var s = 0; s < sections; s++)
        {
            yml.Append($"  - sections/s{s}.md\n");
            var quiz = string.Join("\n", Enumerable.Range(0, questions).Select(question));
            course.With($"sections/s{s}.md", $"---\nid: s{s}\ntitle: Section {s}\n---\nText.\n\n::: quiz\n{quiz}\n:::\n");
        }

        course.Without("sections/one.md").Without("sections/two.md").With("course.yml", yml.ToString());
        return course;
    }
}
