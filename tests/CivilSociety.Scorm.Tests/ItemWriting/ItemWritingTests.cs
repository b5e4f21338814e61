using CivilSociety.Scorm.Cli;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.ItemWriting;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.ItemWriting;

/// <summary>
/// The item-writing check on flawed and clean items, in Arabic and in English (ItemItems.cs): a flawed item gets
/// exactly its rule's code, a clean one none (a false alarm teaches authors to ignore the check).
/// </summary>
public sealed class ItemWritingTests
{
    public static TheoryData<string> Flawed() => [.. ItemItems.Flawed.Keys];

    public static TheoryData<string> Clean() => [.. ItemItems.Clean.Keys];

    [Theory]
    [MemberData(nameof(Flawed))]
    public void A_flawed_item_gets_its_rules_code(string name)
    {
        var (language, prose, quiz, expected) = ItemItems.Flawed[name];

        Codes(language, prose, quiz).Should().BeEquivalentTo(expected, name);
    }

    [Theory]
    [MemberData(nameof(Clean))]
    public void A_clean_item_gets_no_item_writing_warning(string name)
    {
        var (language, prose, quiz) = ItemItems.Clean[name];

        Codes(language, prose, quiz).Should().BeEmpty(name);
    }

    [Fact]
    public void The_real_course_builds_without_an_item_writing_warning_and_assesses_its_outcomes_at_their_level()
    {
        var result = ItemChecks.Check(new ItemCheckOptions(Repository.RealCourse));

        result.Diagnostics.Should().BeEmpty(string.Join("\n", result.Diagnostics));
        result.Questions.Should().Be(12);
        CourseReports.Coverage(new CoverageOptions(Repository.RealCourse) { Format = CoverageFormat.Text }).Diagnostics.Should().BeEmpty("every outcome is assessed by two questions or a weighty one, at the level of understanding its text asks for");
    }

    [Fact]
    public void An_allowance_with_a_reason_silences_its_code_on_that_question_only()
    {
        var quiz = """
            ### Which bodies belong to civil society? {#q1 outcomes="LO1" allow="SCO4004: a drill on the categories; the class asked for it"}

            - [ ] The media
            - [ ] Academic institutions
            - [x] All of the above

            ### Which bodies belong to civil society, again? {#q2 outcomes="LO1"}

            - [ ] Religious institutions
            - [ ] The media
            - [x] All of the above
            """;

        var diagnostics = Check("en", "Some text.", quiz);

        diagnostics.Select(d => (d.Id, d.Location.Line)).Should().Equal(("SCO4004", 21));
    }

    [Fact]
    public void A_practice_question_s_options_are_read_as_a_quiz_question_s()
    {
        using var course = new CourseBuilder().With("sections/one.md", CourseBuilder.SectionOne.Replace("Some text about the *first* thing.", """
            Some text about the *first* thing.

            ::: check
            ### Who interviews a survivor? {#p1}

            - [ ] The media
            - [ ] The border police
            - [x] All of the above
            :::
            """, StringComparison.Ordinal));

        var diagnostics = ItemChecks.Check(new ItemCheckOptions(course.Directory)).Diagnostics;

        diagnostics.Select(d => d.Id).Should().Equal(["SCO4004"], string.Join("\n", diagnostics));
        diagnostics[0].Message.Should().Contain("one.p1");
    }

    [Fact]
    public void A_section_warning_is_silenced_in_the_front_matter()
    {
        using var course = new CourseBuilder().With("sections/one.md", """
            ---
            id: one
            title: Section one
            outcomes: [LO1, LO2.1]
            allow: ["SCO4011: LO2.1 is assessed in section two"]
            ---

            Some text.

            ::: quiz
            ### Which is first? {#q1 outcomes="LO1"}

            - [x] The first
            - [ ] The second
            :::
            """);

        ItemChecks.Check(new ItemCheckOptions(course.Directory)).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void The_build_reports_the_same_warnings_and_still_writes_the_package()
    {
        using var course = new CourseBuilder().With("sections/one.md", ItemItems.Section("en", "Some text.", """
            ### Which body belongs to civil society? {#q1 outcomes="LO1"}

            - [ ] The border police
            - [ ] The national courts
            - [x] None of the above
            """));

        var result = course.Compile();

        result.Succeeded.Should().BeTrue();
        result.Diagnostics.Select(d => d.Id).Should().Equal("SCO4005");
        course.Compile(warningsAsErrors: true).Succeeded.Should().BeFalse("--warnings-as-errors makes an item-writing warning fail the build");
    }

    [Fact]
    public void An_item_writing_error_leaves_the_output_as_it_was_though_the_check_runs_while_the_zip_is_written()
    {
        using var course = new CourseBuilder().With("sections/one.md", ItemItems.Section("en", "Some text.", """
            ### Which body belongs to civil society? {#q1 outcomes="LO1"}

            - [ ] The border police
            - [ ] The national courts
            - [x] None of the above
            """));
        var folder = Path.GetDirectoryName(course.OutputPath)!;
        Directory.CreateDirectory(folder);
        byte[] earlier = [0x50, 0x4B, 0x05, 0x06, .. new byte[18]];   // an empty zip: the package of an earlier build
        File.WriteAllBytes(course.OutputPath, earlier);

        var result = course.Compile(warningsAsErrors: true);

        result.Succeeded.Should().BeFalse();
        result.Diagnostics.Select(d => d.Id).Should().Equal("SCO4005");
        File.ReadAllBytes(course.OutputPath).Should().Equal(earlier);
        Directory.GetFiles(folder).Should().Equal([course.OutputPath], "no temporary file is left");
    }

    [Fact]
    public void Course_yml_adds_words_to_a_languages_lists()
    {
        using var course = new CourseBuilder()
            .With("course.yml", CourseBuilder.ValidCourseYml + "\nitem_writing:\n  words:\n    - language: en\n      none_of_the_above: [no option here is right]\n")
            .With("sections/one.md", ItemItems.Section("en", "Some text.", """
                ### Which body belongs to civil society? {#q1 outcomes="LO1"}

                - [ ] The border police
                - [ ] The national courts
                - [x] No option here is right
                """));

        ItemChecks.Check(new ItemCheckOptions(course.Directory)).Diagnostics.Select(d => d.Id).Should().Equal("SCO4005");
    }

    [Fact]
    public void Coverage_shows_the_outcomes_by_level_when_questions_declare_one()
    {
        using var course = new CourseBuilder().With("sections/one.md", CourseBuilder.SectionOne.Replace("outcomes=\"LO1\"", "outcomes=\"LO1\" level=understand", StringComparison.Ordinal));

        var text = System.Text.Encoding.UTF8.GetString(CourseReports.Coverage(new CoverageOptions(course.Directory) { Format = CoverageFormat.Text }).Content!);
        var json = System.Text.Encoding.UTF8.GetString(CourseReports.Coverage(new CoverageOptions(course.Directory) { Format = CoverageFormat.Json }).Content!);

        text.Should().Contain("by level  remember  understand  apply  analyze  unstated\nLO1       -         1           -      -        -  ");
        json.Should().Contain("\"levels\"").And.Contain("\"understand\": 1");
    }

    [Fact]
    public void Check_items_prints_json_for_tools_and_exits_0_on_warnings()
    {
        using var course = new CourseBuilder().With("sections/one.md", ItemItems.Section("ar", "نصٌّ قصير.", """
            ### أيّ الجهات التالية من فئات المجتمع المدني؟ {#q1 outcomes="LO1"}

            - [ ] وسائط الإعلام
            - [ ] المؤسسات الأكاديمية
            - [x] جميع ما سبق
            """));
        var output = new StringWriter();

        var exitCode = CliApplication.Run(["check-items", course.Directory, "--format", "json"], output, new StringWriter());

        exitCode.Should().Be(0);
        using var json = System.Text.Json.JsonDocument.Parse(output.ToString());
        var diagnostic = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single();
        (diagnostic.GetProperty("id").GetString(), diagnostic.GetProperty("line").GetInt32()).Should().Be(("SCO4004", 15));
        CliApplication.Run(["check-items", course.Directory, "--warnings-as-errors"], new StringWriter(), new StringWriter()).Should().Be(1);
    }

    [Fact]
    public void The_check_started_in_parts_reports_what_one_run_over_the_course_reports_in_the_same_order()
    {
        // The build starts the check on the sections rendered so far, then on the rest (CourseCompiler).
        var flawed = ItemItems.Flawed.Values.Take(7).ToList();
        using var builder = new CourseBuilder().With("course.yml", CourseBuilder.ValidCourseYml.Replace(
            "  - sections/one.md\n  - sections/two.md",
            string.Join("\n", flawed.Select((_, i) => $"  - sections/s{i}.md")),
            StringComparison.Ordinal));
        for (var i = 0; i < flawed.Count; i++)
        {
            builder.With($"sections/s{i}.md", ItemItems.Section(flawed[i].Language, flawed[i].Prose, flawed[i].Quiz)
                .Replace("id: one\ntitle: Section one", $"id: s{i}\ntitle: Section {i}", StringComparison.Ordinal));
        }

        var read = new DiagnosticBag();
        var (course, _) = CourseCompiler.Read(builder.Directory, read, target: null);
        read.HasErrors.Should().BeFalse(string.Join("\n", read.ToList()));
        var whole = new DiagnosticBag();
        ItemWritingCheck.Run(course!, whole, new MarkdownHtml(MarkdownPipelineFactory.Shared));
        var check = new ItemCheckAlongside(course!);
        check.Start(new MarkdownHtml(MarkdownPipelineFactory.Shared), 3);
        check.Start(new MarkdownHtml(MarkdownPipelineFactory.Shared));
        var inParts = new DiagnosticBag();
        check.Passed(inParts);

        course!.Sections.Should().HaveCount(flawed.Count);
        whole.ToList().Select(d => d.Id).Should().Contain(flawed.SelectMany(f => f.Codes));
        inParts.ToList().Select(d => d.ToString()).Should().Equal(whole.ToList().Select(d => d.ToString()));
    }

    private static List<string> Codes(string language, string prose, string quiz) =>
        [.. Check(language, prose, quiz).Select(d => d.Id)];

    private static IReadOnlyList<Diagnostic> Check(string language, string prose, string quiz)
    {
        using var course = new CourseBuilder().With("sections/one.md", ItemItems.Section(language, prose, quiz));
        var result = ItemChecks.Check(new ItemCheckOptions(course.Directory));
        result.Diagnostics.Should().NotContain(d => d.Severity == DiagnosticSeverity.Error, "the test item must build");
        return result.Diagnostics;
    }
}
