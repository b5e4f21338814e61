using System.IO.Compression;
using System.Xml.Linq;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Translation;

/// <summary>
/// Practice checks (::: check) are translated as the quiz is: the same parts as units of their own, under the check's
/// number in the section, and a translation left out or stale is reported as a quiz's is.
/// </summary>
public sealed class PracticeCheckTranslationTests
{
    // Two checks: one between paragraphs, one inside an accordion panel.
    private const string Checks = """
        ::: check
        ### Which comes first, for practice? {#p1}

        - [x] The first one
          > Right, it leads.
        - [ ] The second one

        > correct: Well practised.
        > incorrect: Look at the list again.
        > hint: It is at the top.
        :::

        ::::: accordion
        ### Try another

        ::: check
        ### Which one is last? {#p2}

        - [ ] The opening one
        - [x] The closing one
        :::
        :::::
        """;

    private const string P1 = "section/one/check/1/question/p1";

    private static CourseBuilder Course() => new CourseBuilder()
        .With("sections/one.md", CourseBuilder.SectionOne.Replace("Some text about the *first* thing.", "Some text about the *first* thing.\n\n" + Checks + "\n\nMore text.", StringComparison.Ordinal));

    private static XElement French(XElement source) => new(source.Name, new XText("FR "), source.Nodes());

    [Fact]
    public void The_export_holds_each_check_s_units_apart_from_the_quiz_s_and_is_valid_XLIFF_1_2()
    {
        using var course = Course();
        using var output = new TempDirectory();
        CourseTranslator.Export(new TranslationExportOptions(course.Directory, "fr", output.File("fr.xlf"))).Succeeded.Should().BeTrue();

        XliffSchemas.Validate(output.File("fr.xlf")).Should().BeEmpty();
        var units = TranslatedCourse.Units(XDocument.Load(output.File("fr.xlf")))
            .ToDictionary(u => (string)u.Attribute("id")!, u => u.Element(TranslatedCourse.Namespace + "source")!.Value);
        units.Should().Contain(new Dictionary<string, string>
        {
            [P1 + "/prompt"] = "Which comes first, for practice?",
            [P1 + "/item/1"] = "The first one",
            [P1 + "/item/1/feedback"] = "Right, it leads.",
            [P1 + "/item/2"] = "The second one",
            [P1 + "/correct"] = "Well practised.",
            [P1 + "/incorrect"] = "Look at the list again.",
            [P1 + "/hint"] = "It is at the top.",
            ["section/one/check/2/question/p2/prompt"] = "Which one is last?",
            ["section/one/check/2/question/p2/item/2"] = "The closing one",
            ["section/one/question/q1/prompt"] = "Which is first?",
        });
        units.Where(u => u.Key.StartsWith("section/one/text/", StringComparison.Ordinal)).Select(u => u.Value)
            .Should().BeEquivalentTo(["Some text about the first thing.", "Try another", "More text."], "a check's texts are its own units, not the body's");
    }

    [Fact]
    public void A_translated_build_shows_the_check_s_translated_prompt_choices_and_sealed_feedback()
    {
        using var source = Course();
        using var course = new TranslatedCourse(source.Directory, "fr", French);
        using var output = new TempDirectory();

        var result = CourseCompiler.Compile(new CompileOptions(course.Directory, output.File("fr.zip")) { Language = "fr" });

        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        result.Diagnostics.Where(d => d.Id.StartsWith("SCO10", StringComparison.Ordinal)).Should().BeEmpty("every unit is translated");
        var page = Page(output.File("fr.zip"));
        var forms = page.QuerySelectorAll("form[data-check='one']");
        forms.Should().HaveCount(2);
        forms[0].TextContent.Should().Contain("FR Which comes first, for practice?").And.Contain("FR The first one")
            .And.Contain("FR The second one").And.Contain("FR It is at the top.");
        forms[1].TextContent.Should().Contain("FR Which one is last?").And.Contain("FR The closing one");

        var data = SealedKeys.CourseData(page);
        var check = data.GetProperty("sections")[0].GetProperty("checks")[0].GetProperty("questions")[0];
        var key = SealedKeys.Open(data.GetProperty("seal").GetString()!, "one.p1", check.GetProperty("sealed").GetString()!);
        key.GetProperty("feedback").GetProperty("correct").GetString().Should().Contain("FR Well practised.");
        key.GetProperty("feedback").GetProperty("incorrect").GetString().Should().Contain("FR Look at the list again.");
        key.GetRawText().Should().Contain("FR Right, it leads.");
        page.QuerySelector("form[data-quiz='one']")!.TextContent.Should().Contain("FR Which is first?");
    }

    [Fact]
    public void A_check_left_untranslated_or_changed_since_is_reported_as_a_quiz_question_is()
    {
        using var source = Course();
        using var course = new TranslatedCourse(source.Directory, "fr",
            s => s.Parent!.Attribute("id")!.Value.StartsWith("section/one/check/2/", StringComparison.Ordinal) ? null : French(s));
        var section = Path.Combine(course.Directory, "sections", "one.md");
        File.WriteAllText(section, File.ReadAllText(section).Replace("- [ ] The second one", "- [ ] The other one", StringComparison.Ordinal));
        using var output = new TempDirectory();

        var result = CourseCompiler.Compile(new CompileOptions(course.Directory, output.File("fr.zip")) { Language = "fr" });

        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        result.Diagnostics.Where(d => d.Id == "SCO1025").Select(d => d.Message)
            .Should().HaveCount(3).And.OnlyContain(m => m.Contains("section/one/check/2/question/p2/", StringComparison.Ordinal));
        result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO1026").Which.Message.Should().Contain(P1 + "/item/2");
        result.Diagnostics.Where(d => d.Id.StartsWith("SCO10", StringComparison.Ordinal)).Should().HaveCount(4);
        var forms = Page(output.File("fr.zip")).QuerySelectorAll("form[data-check='one']");
        forms[0].TextContent.Should().Contain("FR The second one", "a stale unit keeps its old translation");
        forms[1].TextContent.Should().Contain("Which one is last?").And.NotContain("FR ", "a unit left out shows its source");

        CourseTranslator.Export(new TranslationExportOptions(course.Directory, "fr", output.File("missing.xlf")) { MissingOnly = true }).Succeeded.Should().BeTrue();
        TranslatedCourse.Units(XDocument.Load(output.File("missing.xlf"))).Select(u => (string)u.Attribute("id")!).Should().BeEquivalentTo(
            [P1 + "/item/2", "section/one/check/2/question/p2/prompt", "section/one/check/2/question/p2/item/1", "section/one/check/2/question/p2/item/2"]);
    }

    [Fact]
    public void A_quiz_s_and_a_check_s_own_titles_are_units_and_a_translated_build_shows_their_translation()
    {
        using var source = TitledCourse();
        using var output = new TempDirectory();
        CourseTranslator.Export(new TranslationExportOptions(source.Directory, "fr", output.File("fr.xlf"))).Succeeded.Should().BeTrue();
        XliffSchemas.Validate(output.File("fr.xlf")).Should().BeEmpty();
        var exported = TranslatedCourse.Units(XDocument.Load(output.File("fr.xlf"))).ToList();
        exported.ToDictionary(u => (string)u.Attribute("id")!, u => u.Element(TranslatedCourse.Namespace + "source")!.Value).Should().Contain(
            new Dictionary<string, string> { ["section/one/quiz/title"] = "Before you go on", ["section/one/check/1/title"] = "Try it" });
        exported.Select(u => (string)u.Attribute("id")!).Should().NotContain("section/one/check/2/title", "the second check has the player's title");
        exported.Single(u => (string)u.Attribute("id")! == "section/one/check/1/title").Element(TranslatedCourse.Namespace + "note")!.Value
            .Should().StartWith("a practice check's title; section 'Section one' (sections/one.md(");

        // A translator's quotes and braces are text: the translation goes into the built course, not into the attribute.
        using var course = new TranslatedCourse(source.Directory, "fr",
            s => s.Parent!.Attribute("id")!.Value == "section/one/check/1/title" ? new XElement(s.Name, "Essayez « ça » {vite} \"maintenant\"") : French(s));
        var result = CourseCompiler.Compile(new CompileOptions(course.Directory, output.File("fr.zip")) { Language = "fr" });

        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        result.Diagnostics.Where(d => d.Id.StartsWith("SCO10", StringComparison.Ordinal)).Should().BeEmpty("every unit is translated");
        var page = Page(output.File("fr.zip"));
        var checkTitles = page.QuerySelectorAll("form[data-check='one'] h3.quiz-title");
        checkTitles[0].TextContent.Should().Be("Essayez « ça » {vite} \"maintenant\"");
        checkTitles[0].HasAttribute("data-string").Should().BeFalse("an author's title is not the player's text");
        checkTitles[1].GetAttribute("data-string").Should().Be("practiceTitle", "a check without a title shows the player's, in French");
        page.QuerySelector("form[data-quiz='one'] h3.quiz-title")!.TextContent.Should().Be("FR Before you go on");
    }

    [Fact]
    public void A_title_changed_since_its_translation_is_stale_and_one_left_out_shows_the_source()
    {
        using var source = TitledCourse();
        using var course = new TranslatedCourse(source.Directory, "fr",
            s => s.Parent!.Attribute("id")!.Value == "section/one/quiz/title" ? null : French(s));
        var section = Path.Combine(course.Directory, "sections", "one.md");
        File.WriteAllText(section, File.ReadAllText(section).Replace("{title=\"Try it\"}", "{title=\"Try it now\"}", StringComparison.Ordinal));
        using var output = new TempDirectory();

        var result = CourseCompiler.Compile(new CompileOptions(course.Directory, output.File("fr.zip")) { Language = "fr" });

        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO1026").Which.Message.Should().Contain("section/one/check/1/title");
        result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO1025").Which.Message.Should().Contain("section/one/quiz/title");
        var page = Page(output.File("fr.zip"));
        page.QuerySelector("form[data-check='one'] h3.quiz-title")!.TextContent.Should().Be("FR Try it", "a stale unit keeps its old translation");
        page.QuerySelector("form[data-quiz='one'] h3.quiz-title")!.TextContent.Should().Be("Before you go on", "a unit left out shows its source");
    }

    /// <summary>The course with a title on the quiz and on the first check.</summary>
    private static CourseBuilder TitledCourse() => new CourseBuilder()
        .With("sections/one.md", CourseBuilder.SectionOne
            .Replace("Some text about the *first* thing.", "Some text about the *first* thing.\n\n" + Checks.Replace("::: check\n### Which comes first", "::: check {title=\"Try it\"}\n### Which comes first", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("::: quiz\n", "::: quiz {title=\"Before you go on\"}\n", StringComparison.Ordinal));

    /// <summary>The launch page as the player sets it up (its sections and course data from sections.js put back).</summary>
    private static AngleSharp.Html.Dom.IHtmlDocument Page(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        return BuiltPackage.LaunchPageOf(zip);
    }
}
