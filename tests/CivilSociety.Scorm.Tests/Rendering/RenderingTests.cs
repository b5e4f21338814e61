using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Rendering;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Rendering;

public sealed class RenderingTests
{
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public void Images_with_spaces_or_arabic_letters_are_stored_under_safe_ascii_names_and_links_follow()
    {
        using var course = new CourseBuilder()
            .WithBytes("media/خريطة العالم.png", TinyPng)
            .WithBytes("media/plain.png", TinyPng)
            .With("sections/one.md", CourseBuilder.SectionOne.Replace(
                "Some text about the *first* thing.",
                "![World map](../media/خريطة%20العالم.png) ![Plain](../media/plain.png)"));
        var result = course.Compile();
        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        using var package = new BuiltPackage(course.Directory);

        var sources = package.LaunchPage().QuerySelectorAll("#s-one img").Select(i => i.GetAttribute("src")).ToList();

        sources.Should().HaveCount(2);
        sources[0].Should().MatchRegex("^media/file-[0-9a-f]{8}\\.png$");
        sources[1].Should().Be("media/plain.png");
        package.EntryNames().Should().Contain(sources!);
        package.ReadBytes(sources[0]!).Should().Equal(TinyPng);
    }

    [Fact]
    public void A_link_to_another_section_file_becomes_a_link_to_that_section()
    {
        using var course = new CourseBuilder().With("sections/one.md", CourseBuilder.SectionOne.Replace(
            "Some text about the *first* thing.", "Read [the second section](two.md#top) next."));
        using var package = new BuiltPackage(course.Directory);

        package.LaunchPage().QuerySelector("#s-one p a")!.GetAttribute("href").Should().Be("#s-two");
    }

    [Fact]
    public void Footnote_ids_are_scoped_to_their_section_so_sections_do_not_collide()
    {
        const string withFootnote = "Claim.[^1]\n\n[^1]: Source.\n";
        using var course = new CourseBuilder()
            .With("sections/one.md", CourseBuilder.SectionOne.Replace("Some text about the *first* thing.", withFootnote))
            .With("sections/two.md", CourseBuilder.SectionTwo.Replace("Text about the second thing.", withFootnote));
        using var package = new BuiltPackage(course.Directory);
        var page = package.LaunchPage();

        page.QuerySelectorAll("[id]").Select(e => e.Id).Should().OnlyHaveUniqueItems();
        var reference = page.QuerySelector("#s-two a.footnote-ref")!.GetAttribute("href")!;
        page.QuerySelector("#s-two " + "[id='" + reference[1..] + "']").Should().NotBeNull("the link points into its own section");
    }

    [Fact]
    public void Body_headings_sit_below_the_section_title_and_tables_scroll_in_a_focusable_region()
    {
        using var course = new CourseBuilder().With("sections/one.md", CourseBuilder.SectionOne.Replace(
            "Some text about the *first* thing.", "# Part\n\n## Detail\n\n| A | B |\n|---|---|\n| 1 | 2 |\n"));
        using var package = new BuiltPackage(course.Directory);
        var section = package.LaunchPage().QuerySelector("#s-one")!;

        section.QuerySelector("h2")!.TextContent.Should().Be("Section one");
        section.QuerySelectorAll("h3").Select(h => h.TextContent).Should().Contain(["Part", "Detail"]);
        var region = section.QuerySelector("table")!.ParentElement!;
        region.ClassName.Should().Be("table-scroll");
        region.GetAttribute("tabindex").Should().Be("0");
        region.GetAttribute("role").Should().Be("region");
    }

    [Fact]
    public void Remote_links_open_in_a_new_tab_without_opener()
    {
        using var course = new CourseBuilder().With("sections/one.md", CourseBuilder.SectionOne.Replace(
            "Some text about the *first* thing.", "See [UNODC](https://www.unodc.org/)."));
        using var package = new BuiltPackage(course.Directory);

        var link = package.LaunchPage().QuerySelector("#s-one a[href^='https']")!;
        link.GetAttribute("target").Should().Be("_blank");
        link.GetAttribute("rel").Should().Be("noopener noreferrer");
        package.Result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO3015");
    }

    [Fact]
    public void Quiz_markup_follows_the_runtime_contract()
    {
        using var package = new BuiltPackage(new CourseBuilder().Directory);
        var page = package.LaunchPage();

        var form = page.QuerySelector($"form.{RuntimeContract.Classes.Quiz}[{RuntimeContract.Attributes.Quiz}='two']")!;
        var question = form.QuerySelector($"fieldset.{RuntimeContract.Classes.Question}")!;
        question.HasAttribute("data-type").Should().BeFalse("a question's type reaches the runtime once, in the course data");
        SealedKeys.CourseData(page).GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "two")
            .GetProperty("quiz").GetProperty("questions")[0].GetProperty("type").GetString().Should().Be("multiple");
        question.QuerySelector("legend")!.TextContent.Should().Be("1. Pick the parts");
        question.QuerySelectorAll("input[type=checkbox]").Select(i => (i.GetAttribute("name"), i.GetAttribute("value")))
            .Should().Equal(("two.q1", "a"), ("two.q1", "b"), ("two.q1", "c"));
        form.QuerySelector("button[type=submit]")!.TextContent.Should().NotBeEmpty("UI strings are filled in");
        form.QuerySelectorAll($"[{RuntimeContract.Attributes.FeedbackFor}]").Should().HaveCount(3, "every choice has a feedback place, written or not")
            .And.OnlyContain(place => place.ChildNodes.Length == 0, "its text is sealed with the answer key");
    }

    [Fact]
    public void Html_written_in_a_choice_or_feedback_stays_inside_it()
    {
        // Given a stray closing tag in one feedback: the quiz's fragments are parsed in one batch, except such ones
        using var course = new CourseBuilder().With("sections/one.md", CourseBuilder.SectionOne
            .Replace("- [x] The first", "- [x] The <kbd>first</kbd>")
            .Replace("  > Yes.", "  > Yes.</div></li></ul>"));

        // When
        using var package = new BuiltPackage(course.Directory);
        var question = package.LaunchPage().QuerySelector($"fieldset[{RuntimeContract.Attributes.Question}='q1']")!;

        // Then
        var choices = question.QuerySelectorAll($"li.{RuntimeContract.Classes.Choice}");
        choices.Should().HaveCount(2);
        choices[0].QuerySelector("label kbd")!.TextContent.Should().Be("first");
        var feedback = SealedKeys.Open(package.LaunchPage(), "one", "q1").GetProperty("feedback");
        Text(feedback.GetProperty("a").GetString()!).Should().Be("Yes.");
        Text(feedback.GetProperty("b").GetString()!).Should().Be("No, that is the second.");
        Text(feedback.GetProperty("correct").GetString()!).Should().Be("Well done.");
        Text(feedback.GetProperty("incorrect").GetString()!).Should().Be("Read again.");
        question.QuerySelectorAll($"[{RuntimeContract.Attributes.FeedbackFor}], [{RuntimeContract.Attributes.Feedback}]").Should().HaveCount(4)
            .And.OnlyContain(place => place.ChildNodes.Length == 0);
    }

    [Fact]
    public void Asset_names_keep_safe_paths_and_hash_unsafe_ones()
    {
        var names = new AssetNames(["media/photo.jpg", "photo.jpg", "media/my photo.jpg", "media/my-photo.jpg", "docs/Guide.PDF", "docs/guide.pdf"]);

        names.PackagePathFor("media/photo.jpg").Should().Be("media/photo.jpg");
        names.PackagePathFor("photo.jpg").Should().MatchRegex("^media/photo-[0-9a-f]{8}\\.jpg$", "media/photo.jpg is taken");
        names.PackagePathFor("media/my photo.jpg").Should().MatchRegex("^media/my-photo-[0-9a-f]{8}\\.jpg$");
        names.PackagePathFor("media/my-photo.jpg").Should().Be("media/my-photo.jpg");
        names.PackagePathFor("docs/guide.pdf").Should().NotBeEquivalentTo(names.PackagePathFor("docs/Guide.PDF"), "case-insensitive LMS file systems");
    }

    [Fact]
    public void Authors_can_override_any_ui_string_and_typos_in_keys_are_reported()
    {
        using var course = new CourseBuilder().With("course.yml", CourseBuilder.ValidCourseYml + "\nstrings:\n  checkAnswers: Submit my answers\n  chekAnswers: typo\n");

        var result = course.Compile();

        result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO2002").Which.Help.Should().Be("did you mean 'checkAnswers'?");
        course.With("course.yml", CourseBuilder.ValidCourseYml + "\nstrings:\n  checkAnswers: Submit my answers\n");
        using var package = new BuiltPackage(course.Directory);
        package.LaunchPage().QuerySelector("button.quiz-submit")!.TextContent.Should().Be("Submit my answers");
    }

    [Fact]
    public void A_language_without_ui_strings_falls_back_to_english_with_a_warning()
    {
        using var course = new CourseBuilder().With("course.yml", CourseBuilder.ValidCourseYml.Replace("language: en", "language: sw"));

        var result = course.Compile();

        result.Succeeded.Should().BeTrue();
        result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO3029").Which.Message.Should().Contain("'sw'");
    }

    [Theory]
    [InlineData("ar", "rtl", "تحق")]
    [InlineData("fr", "ltr", "")]
    [InlineData("zh", "ltr", "")]
    public void The_page_speaks_the_course_language(string language, string direction, string checkAnswersStart)
    {
        using var course = new CourseBuilder().With("course.yml", CourseBuilder.ValidCourseYml.Replace("language: en", "language: " + language));
        using var package = new BuiltPackage(course.Directory);
        var page = package.LaunchPage();

        page.DocumentElement.GetAttribute("lang").Should().Be(language);
        page.DocumentElement.GetAttribute("dir").Should().Be(direction);
        var english = new BuiltPackage(new CourseBuilder().Directory).LaunchPage().QuerySelector("button.quiz-submit")!.TextContent;
        page.QuerySelector("button.quiz-submit")!.TextContent.Should().NotBe(english).And.StartWith(checkAnswersStart);
    }

    [Fact]
    public void A_section_in_another_language_carries_its_own_lang_and_dir()
    {
        using var course = new CourseBuilder().With("sections/two.md", CourseBuilder.SectionTwo.Replace("id: two", "id: two\nlanguage: ar"));
        using var package = new BuiltPackage(course.Directory);

        var section = package.LaunchPage().QuerySelector("#s-two")!;
        section.GetAttribute("lang").Should().Be("ar");
        section.GetAttribute("dir").Should().Be("rtl");
    }

    /// <summary>A fragment of HTML as text, as a learner reads it.</summary>
    private static string Text(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + html).Body!.TextContent.Trim();
}
