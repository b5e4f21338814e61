using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Rendering;
using CivilSociety.Scorm.Republishing;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Rendering;

/// <summary>
/// Sections after the first leave the launch page (Rendering/DeferredSections.cs): each leaves a placeholder, and
/// its HTML goes into sections.js, a file of the package the player loads after the first paint; so does its quizzes'
/// course data (the page keeps its id and title).
/// </summary>
public sealed class DeferredSectionsTests
{
    private static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public void The_first_section_is_in_the_page_and_the_others_are_placeholders_whose_html_is_in_sections_js()
    {
        using var package = new BuiltPackage(new CourseBuilder().Directory);
        var raw = new HtmlParser().ParseDocument(package.ReadText("index.html"));

        raw.QuerySelectorAll("section[data-section]").Select(s => s.Id).Should().Equal("s-one");
        var block = raw.QuerySelector("[data-slot=sections] > script[data-section]")!;
        block.GetAttribute("type").Should().Be("text/html");
        block.GetAttribute("data-section").Should().Be("two");
        block.TextContent.Should().BeEmpty("its HTML is in sections.js");
        block.PreviousElementSibling!.Id.Should().Be("s-one", "the placeholder holds the section's place");
        package.ReadText("sections.js").Should().StartWith("document.currentScript.sections={").And.Contain("\"two\":\"<section ");
        package.LaunchPage().QuerySelectorAll("section[data-section]").Select(s => s.Id).Should().Equal("s-one", "s-two");
        package.LaunchPage().QuerySelector("#s-two form.quiz").Should().NotBeNull();

        XNamespace cp = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
        XDocument.Parse(package.ReadText("imsmanifest.xml")).Descendants(cp + "file").Select(f => f.Attribute("href")!.Value)
            .Should().Contain("sections.js", "every file of the package is listed");
    }

    [Fact]
    public void The_first_section_s_quiz_waits_in_sections_js_hidden_and_is_put_back_in_its_place()
    {
        using var package = new BuiltPackage(new CourseBuilder().Directory);
        var raw = new HtmlParser().ParseDocument(package.ReadText("index.html"));

        // Never in the first paint: the player shows it once its controls are arranged, in the set-up.
        raw.QuerySelector("#s-one form").Should().BeNull();
        var placeholder = raw.QuerySelector("#s-one > script[data-section]")!;
        placeholder.GetAttribute("data-section").Should().Be(DeferredSections.FormKey("one", 0));
        var kept = new HtmlParser().ParseFragment(DeferredSections.Read(package.ReadText("sections.js"))["#one/0"], raw.Body!).OfType<IElement>().Single();
        kept.Matches("form.quiz#quiz-one[data-quiz=one][hidden]").Should().BeTrue("it is hidden until the set-up shows it");

        var page = package.LaunchPage();
        var form = page.QuerySelector("#s-one form.quiz")!;
        form.HasAttribute("hidden").Should().BeFalse("the set-up shows it");
        form.PreviousElementSibling!.OuterHtml.Should().Be(placeholder.PreviousElementSibling!.OuterHtml, "it is back in its place");
    }

    [Fact]
    public void Every_section_s_title_and_quiz_are_in_sections_js_and_the_page_keeps_their_ids()
    {
        using var package = new BuiltPackage(new CourseBuilder().Directory);
        var raw = new HtmlParser().ParseDocument(package.ReadText("index.html"));
        var inPage = JsonDocument.Parse(raw.GetElementById("course-data")!.TextContent).RootElement.GetProperty("sections");

        // The first paint needs the sections' ids only; the set-up, which reads the rest, waits for sections.js.
        inPage.EnumerateArray().Select(s => s.GetRawText()).Should().Equal("{\"id\":\"one\"}", "{\"id\":\"two\"}");
        var file = package.ReadText("sections.js").Split('\n');
        file[1].Should().StartWith("document.currentScript.quizzes={\"one\":{\"title\":\"Section one\",\"quiz\":{").And.EndWith(";");
        file[1].Should().Contain("\"two\":{\"title\":\"Section two\",\"quiz\":{");

        // Put back as the player does: titles and quizzes, whose answer keys open with the page's seal.
        var restored = SealedKeys.CourseData(package.LaunchPage()).GetProperty("sections");
        restored.EnumerateArray().Select(s => s.GetProperty("title").GetString()).Should().Equal("Section one", "Section two");
        foreach (var (id, section) in new[] { "one", "two" }.Zip(restored.EnumerateArray()))
        {
            var questions = section.GetProperty("quiz").GetProperty("questions");
            questions.GetArrayLength().Should().BeGreaterThan(0);
            SealedKeys.Open(package.LaunchPage(), id, questions[0].GetProperty("id").GetString()!).GetProperty("correct").GetArrayLength().Should().BeGreaterThan(0);
        }
    }

    [Fact]
    public void A_package_reads_the_same_with_its_quizzes_in_sections_js_as_with_every_quiz_in_the_page()
    {
        using var package = new BuiltPackage(new CourseBuilder().Directory);
        var (now, problem) = PackageReader.Read(package.ZipPath);
        problem.Should().BeNull();
        now!.Sections.Select(s => s.Quiz?.Questions.Count).Should().Equal(1, 1);
        now.Questions.Should().OnlyContain(q => q.Question.Correct != null, "every answer key opens");

        // A package of the releases before: the whole course data in the page, sections.js with the sections' HTML
        // only, or no sections.js at all (every section in the page); or every title and the first section's quiz in
        // the page, the kept-out section's quiz alone in sections.js.
        var wholeData = SealedKeys.CourseData(package.LaunchPage()).GetRawText();
        var htmlOnly = package.ReadText("sections.js").Split('\n')[0] + "\n";
        var titlesInPage = JsonNode.Parse(wholeData)!.AsObject();
        var keptOutQuiz = titlesInPage["sections"]![1]!["quiz"]!.ToJsonString();
        titlesInPage["sections"]![1]!["quiz"] = null;
        foreach (var (data, sections) in new[]
        {
            (wholeData, htmlOnly), (wholeData, null),
            (titlesInPage.ToJsonString(), htmlOnly + "document.currentScript.quizzes={\"two\":{\"quiz\":" + keptOutQuiz + "}};\n"),
        })
        {
            var oldPage = Regex.Replace(package.ReadText("index.html"), "(id=\"course-data\">)[\\s\\S]*?(</script>)", m => m.Groups[1].Value + data + m.Groups[2].Value);
            var (old, oldProblem) = PackageReader.Read(name => name switch
            {
                "index.html" => oldPage,
                "sections.js" => sections,
                _ => package.EntryNames().Contains(name) ? package.ReadText(name) : null,
            });
            oldProblem.Should().BeNull();
            old.Should().BeEquivalentTo(now, options => options.WithStrictOrdering());
        }
    }

    [Fact]
    public void A_sections_file_whose_quizzes_are_not_json_is_a_package_that_cannot_be_read()
    {
        using var package = new BuiltPackage(new CourseBuilder().Directory);
        var (snapshot, problem) = PackageReader.Read(name => name == "sections.js"
            ? "document.currentScript.sections={};\ndocument.currentScript.quizzes={\"two\":[;\n"
            : package.EntryNames().Contains(name) ? package.ReadText(name) : null);

        snapshot.Should().BeNull();
        problem.Should().StartWith("its course data cannot be read");
    }

    [Fact]
    public void The_ending_waits_in_sections_js_with_the_sections_and_is_put_back_in_the_summary()
    {
        using var package = new BuiltPackage(new CourseBuilder().Directory);
        var raw = new HtmlParser().ParseDocument(package.ReadText("index.html"));

        raw.QuerySelector("[data-slot=ending]").Should().BeNull("the summary shows it only once the course is set up");
        raw.QuerySelector("[data-slot=summary] script[data-section]")!.GetAttribute("data-section").Should().Be("#ending");
        var ending = package.LaunchPage().QuerySelector("[data-slot=summary] > [data-slot=ending]");
        ending.Should().NotBeNull();
        ending!.QuerySelectorAll("meter").Should().NotBeEmpty("each outcome's bar");
    }

    [Fact]
    public void The_contents_entries_past_the_first_few_wait_in_sections_js_and_are_put_back_in_order_before_the_summary()
    {
        var course = new CourseBuilder();
        var ids = Enumerable.Range(1, 40).Select(i => $"s{i:00}").ToList();
        foreach (var id in ids)
        {
            course.With($"sections/{id}.md", CourseBuilder.SectionTwo.Replace("id: two", $"id: {id}", StringComparison.Ordinal)
                .Replace("title: Section two", $"title: Section {id}", StringComparison.Ordinal));
        }

        course.With("course.yml", CourseBuilder.ValidCourseYml.Replace("  - sections/one.md\n  - sections/two.md",
            string.Join("\n", ids.Select(id => $"  - sections/{id}.md")), StringComparison.Ordinal));
        using (course)
        using (var package = new BuiltPackage(course.Directory))
        {
            var raw = new HtmlParser().ParseDocument(package.ReadText("index.html"));
            var toc = raw.QuerySelector("[data-slot=toc]")!;
            toc.QuerySelectorAll("a[data-section]").Select(a => a.GetAttribute("data-section")).Should().Equal(ids.Take(DeferredSections.ContentsEntriesKept));
            toc.QuerySelector("script[data-section]")!.GetAttribute("data-section").Should().Be("#toc");
            toc.LastElementChild!.ClassList.Should().Contain("toc-summary", "the summary's entry stays last");
            package.ReadText("sections.js").Should().StartWith(
                $"document.currentScript.sections={{\"#toc\":\"<li><a href=\\\"#s-{ids[DeferredSections.ContentsEntriesKept]}\\\"");

            var whole = package.LaunchPage().QuerySelector("[data-slot=toc]")!;
            whole.Children.Select(li => li.QuerySelector("a")!.GetAttribute("href"))
                .Should().Equal([.. ids.Select(id => "#s-" + id), "#summary"]);
            whole.QuerySelectorAll("a[data-section] > span[data-string=seen][hidden]").Should().HaveCount(40);
        }
    }

    [Fact]
    public void A_run_of_sections_kept_out_leaves_one_placeholder_naming_them_in_order_and_the_previous_form_reads_the_same()
    {
        var yml = CourseBuilder.ValidCourseYml + "\n  - sections/three.md\n  - sections/four.md";
        string Section(string id) => CourseBuilder.SectionTwo.Replace("id: two", $"id: {id}", StringComparison.Ordinal)
            .Replace("title: Section two", $"title: Section {id}", StringComparison.Ordinal);
        using var course = new CourseBuilder().With("course.yml", yml).With("sections/three.md", Section("three")).With("sections/four.md", Section("four"));
        using var package = new BuiltPackage(course.Directory);
        var html = package.ReadText("index.html");
        var sections = package.ReadText("sections.js");

        var raw = new HtmlParser().ParseDocument(html);
        raw.QuerySelectorAll("script[type='text/html'][data-section]").Select(p => p.GetAttribute("data-section"))
            .Should().Equal(DeferredSections.FormKey("one", 0), "two three four", DeferredSections.EndingKey);
        raw.QuerySelector("[data-slot=sections]")!.Children.Should().HaveCount(2, "the first section and the run's placeholder");
        var whole = BuiltPackage.ParseLaunchPage(html, sections);
        whole.QuerySelectorAll("[data-slot=sections] > section[data-section]").Select(s => s.Id).Should().Equal("s-one", "s-two", "s-three", "s-four");
        whole.QuerySelector("script[data-section]").Should().BeNull();

        // A package of the previous release: one placeholder a section. Put back the same.
        var old = html.Replace("data-section=\"two three four\"></script>",
            "data-section=\"two\"></script><script type=\"text/html\" data-section=\"three\"></script><script type=\"text/html\" data-section=\"four\"></script>",
            StringComparison.Ordinal);
        old.Should().NotBe(html);
        BuiltPackage.ParseLaunchPage(old, sections).DocumentElement.OuterHtml.Should().Be(whole.DocumentElement.OuterHtml);
    }

    [Fact]
    public void A_course_of_one_section_has_no_sections_file()
    {
        using var course = new CourseBuilder()
            .With("course.yml", CourseBuilder.ValidCourseYml.Replace("\n  - sections/two.md", "", StringComparison.Ordinal))
            .Without("sections/two.md");
        using var package = new BuiltPackage(course.Directory);

        package.EntryNames().Should().NotContain("sections.js");
        var page = new HtmlParser().ParseDocument(package.ReadText("index.html"));
        page.QuerySelector("script[data-section]").Should().BeNull();
        page.QuerySelector("[data-slot=ending]").Should().NotBeNull("a page without a file keeps its ending");
    }

    [Fact]
    public void A_section_kept_out_as_it_is_rendered_is_written_as_one_kept_out_at_the_end()
    {
        // KeepOut writes the section's JSON string on the thread pool with a writer of its own; Apply writes the others.
        static byte[] File(bool early)
        {
            var slot = $"{RuntimeContract.Attributes.Slot}=\"{RuntimeContract.Slots.Sections}\"";
            var section = RuntimeContract.Attributes.Section;
            var document = new HtmlParser().ParseDocument(
                $"<body><div {slot}><section {section}=a>first</section>" +
                $"<section {section}=b title='\"q\" &amp; \u00fc'>text \" \\ \t ما \U0001F600 &lt;/script&gt; \u2028</section>" +
                $"<section {section}=c>third</section></div></body>");
            var deferred = new DeferredSections();
            if (early)
            {
                deferred.KeepOut(document.QuerySelector($"[{section}=b]")!);
            }

            return deferred.Apply(document, () => null).File!;
        }

        File(early: true).Should().Equal(File(early: false));
    }

    [Fact]
    public void Text_that_would_end_a_script_element_reads_the_same_once_the_section_is_put_back()
    {
        const string alt = "a </script><script>alert(1)</script> <!-- b";
        using var course = new CourseBuilder()
            .WithBytes("media/plain.png", TinyPng)
            .With("sections/two.md", CourseBuilder.SectionTwo.Replace(
                "Text about the second thing.", $"![{alt.Replace("<", "\\<", StringComparison.Ordinal)}](../media/plain.png) and `</SCRIPT>` as code."));
        using var package = new BuiltPackage(course.Directory);

        var raw = new HtmlParser().ParseDocument(package.ReadText("index.html"));
        raw.QuerySelectorAll("script:not([src])").Should().HaveCount(4, "the placeholders (the first section's quiz, the section, the ending) and the course data, nothing else");
        var section = package.LaunchPage().QuerySelector("#s-two")!;
        section.QuerySelector("img")!.GetAttribute("alt").Should().Be(alt);
        section.QuerySelector("code")!.TextContent.Should().Be("</SCRIPT>");
    }

    [Fact]
    public void A_kept_out_section_links_a_glossary_term_defined_further_on_as_the_page_does()
    {
        // Sections finished as they are rendered leave the page early (PageRenderer.KeepOutIfFinished); one that links
        // a term, in its text or its feedback, waits for the glossary further on.
        var yml = CourseBuilder.ValidCourseYml + "\n  - sections/three.md\n  - sections/four.md";
        var two = """
            ---
            id: two
            title: Section two
            outcomes: [LO2]
            ---

            A [caption](glossary:) of a video.

            ::: quiz
            ### Which helps? {#q1 outcomes="LO2"}

            - [x] Captions
              > Yes: a [caption](glossary:) gives the words.
            - [ ] Nothing
            :::
            """;
        var three = "---\nid: three\ntitle: Section three\noutcomes: [LO1]\n---\n\nPlain text, finished at once.\n";
        var four = """
            ---
            id: four
            title: Glossary
            outcomes: [LO1]
            ---

            ::: glossary
            ### Caption
            The words of a video.
            :::
            """;
        using var course = new CourseBuilder().With("course.yml", yml).With("sections/two.md", two).With("sections/three.md", three).With("sections/four.md", four);
        using var package = new BuiltPackage(course.Directory);
        var page = package.LaunchPage();

        DeferredSections.Read(package.ReadText("sections.js")).Keys.Should().Equal(DeferredSections.FormKey("one", 0), "two", "three", "four", DeferredSections.EndingKey);
        new HtmlParser().ParseDocument(package.ReadText("index.html")).QuerySelectorAll("[data-slot=sections] > script[data-section]")
            .Select(p => p.GetAttribute("data-section")).Should().Equal(["two three four"], "kept out early or at the end, one run");
        var term = page.QuerySelector("#s-two button.term")!;
        term.TextContent.Should().Be("caption");
        page.GetElementById(term.GetAttribute("popovertarget")!)!.TextContent.Should().Be("Caption The words of a video.");
        page.QuerySelector("#s-three p")!.TextContent.Should().Be("Plain text, finished at once.");
        page.QuerySelectorAll("#s-four dl.glossary dt").Select(t => t.TextContent).Should().Equal("Caption");
        var feedback = SealedKeys.Open(page, "two", "q1").GetProperty("feedback").GetProperty("a").GetString()!;
        feedback.Should().Contain("class=\"term\"").And.Contain("glossary-popover-2", "numbered after the section's own, in page order");
    }
}
