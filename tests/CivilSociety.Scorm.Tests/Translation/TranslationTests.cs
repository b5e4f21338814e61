using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Translation;

/// <summary>
/// translate export and build --language as a designer and a translator use them: the XLIFF a CAT tool reads, and a
/// language version that is the same course (sections, questions, answers, ids) with other texts.
/// </summary>
public sealed class TranslationTests
{
    public static TheoryData<string> Courses() => ["content", "samples/every-question-type", "samples/minimal-en"];

    [Theory]
    [MemberData(nameof(Courses))]
    public void The_export_of_every_course_is_valid_OASIS_XLIFF_1_2(string course)
    {
        using var output = new TempDirectory();
        var result = CourseTranslator.Export(new TranslationExportOptions(Path.Combine(Repository.Root, course), "fr", output.File("course.xlf")));

        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        XliffSchemas.Validate(output.File("course.xlf")).Should().BeEmpty();
    }

    [Fact]
    public void Every_text_a_learner_reads_is_a_unit_with_inline_markdown_as_codes_and_the_numeric_answers_are_none()
    {
        using var course = new TranslatedCourse(Repository.Sample("every-question-type"), "fr");
        var units = TranslatedCourse.Units(course.Exported).ToDictionary(u => (string)u.Attribute("id")!, u => u);
        string Source(string id) => units[id].Element(TranslatedCourse.Namespace + "source")!.ToString(SaveOptions.DisableFormatting);

        units.Keys.Should().Contain(["course/title", "outcome/WC1.2", "section/stages/title", "section/stages/question/q-clouds/prompt",
            "section/stages/question/q-clouds/item/1/feedback", "section/stages/question/q-clouds/correct", "section/stages/question/q-droplets/hint",
            "section/stages/question/q-name/item/2", "section/stages/question/q-match/item/1/right", "section/stages/question/q-order/item/4"]);
        Source("section/stages/text/2").Should().Contain("<g id=\"1\" ctype=\"bold\">Evaporation</g>: the sun warms");
        Source("section/stages/question/q-name/item/1").Should().Contain(">evaporation<", "an accepted fill-in answer is what a learner of the language types");
        units.Values.Select(u => u.Value).Should().NotContain(text => text.Contains("answer=", StringComparison.Ordinal) || text.Contains("{#", StringComparison.Ordinal),
            "attributes (answer=4, ids) are never the translator's");
        units.Keys.Should().NotContain(id => id.Contains("q-count/item", StringComparison.Ordinal) || id.Contains("q-percent/item", StringComparison.Ordinal));
        units["section/stages/question/q-clouds/prompt"].Elements(TranslatedCourse.Namespace + "note").First().Value
            .Should().Contain("a question").And.Contain("sections/01-stages.md(15,5)");
    }

    [Fact]
    public void A_unit_keeps_its_id_when_its_text_changes()
    {
        using var temp = new TempDirectory();
        var before = ExportIds(Repository.Sample("minimal-en"), temp.File("before.xlf"));
        var copy = temp.File("course");
        TranslatedCourse.Copy(Repository.Sample("minimal-en"), copy);
        var section = Path.Combine(copy, "sections", "01-orientation.md");
        File.WriteAllText(section, File.ReadAllText(section).Replace("the map must face", "the map has to face", StringComparison.Ordinal));

        ExportIds(copy, temp.File("after.xlf")).Should().Equal(before);
    }

    [Theory]
    [InlineData("samples/every-question-type", "en-GB")]
    [InlineData("samples/minimal-en", "en-GB")]
    [InlineData("content", "ar-EG")]
    public void Export_targets_filled_with_the_source_build_the_original_package_but_for_its_language(string path, string language)
    {
        using var course = new TranslatedCourse(Path.Combine(Repository.Root, path), language);
        using var output = new TempDirectory();
        var original = Build(course.Directory, output.File("original.zip"), null);
        var translated = Build(course.Directory, output.File("translated.zip"), language);

        translated.Diagnostics.Should().BeEmpty();
        using var a = ZipFile.OpenRead(original.PackagePath!);
        using var b = ZipFile.OpenRead(translated.PackagePath!);
        b.Entries.Select(e => e.FullName).Should().Equal(a.Entries.Select(e => e.FullName));
        var id = CourseIdOf(a);
        var sourceLanguage = SealedKeys.CourseData(Page(a)).GetProperty("language").GetString()!;
        foreach (var entry in a.Entries)
        {
            var expected = Encoding.UTF8.GetString(Read(entry));
            var actual = Encoding.UTF8.GetString(Read(b.GetEntry(entry.FullName)!))
                .Replace($"{id}-{language}", id, StringComparison.Ordinal)
                .Replace($"lang=\"{language}\"", $"lang=\"{sourceLanguage}\"", StringComparison.Ordinal)
                .Replace($"\"language\":\"{language}\"", $"\"language\":\"{sourceLanguage}\"", StringComparison.Ordinal);
            actual.Should().Be(expected, $"{entry.FullName} differs only in its language fields");
        }

        Read(b.GetEntry("imsmanifest.xml")!).Should().NotEqual(Read(a.GetEntry("imsmanifest.xml")!), "the language version is a package of its own");
    }

    [Fact]
    public void A_language_version_keeps_every_id_and_answer_and_takes_its_language_s_rules_and_player_texts()
    {
        // Every text reversed: the shuffled ids of matching and sequencing would change if they followed the texts.
        using var course = new TranslatedCourse(Repository.Sample("every-question-type"), "ar", source => Reversed(source));
        using var output = new TempDirectory();
        var original = Page(ZipFile.OpenRead(Build(course.Directory, output.File("en.zip"), null).PackagePath!));
        var result = Build(course.Directory, output.File("ar.zip"), "ar");
        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        var arabic = Page(ZipFile.OpenRead(result.PackagePath!));

        arabic.DocumentElement.GetAttribute("lang").Should().Be("ar");
        arabic.DocumentElement.GetAttribute("dir").Should().Be("rtl");
        arabic.QuerySelector("[data-action=exit]")!.TextContent.Should().NotBe("Exit", "the player speaks Arabic");
        foreach (var (section, question) in new[] { ("stages", "q-clouds"), ("stages", "q-match"), ("stages", "q-order"), ("stages", "q-name"), ("stages", "q-count") })
        {
            var key = SealedKeys.Open(arabic, section, question);
            var originalKey = SealedKeys.Open(original, section, question);
            if (question != "q-name")
            {
                key.GetProperty("pattern").GetString().Should().Be(originalKey.GetProperty("pattern").GetString(), $"{question} records the same answer ids");
            }
        }

        var fillIn = Question(arabic, "q-name").GetProperty("fillIn");
        fillIn.GetProperty("normalizeArabic").GetBoolean().Should().BeTrue("a fill-in answer in Arabic is compared with Arabic's rules");
        Question(original, "q-name").GetProperty("fillIn").GetProperty("normalizeArabic").GetBoolean().Should().BeFalse();
        SealedKeys.Open(arabic, "stages", "q-name").GetProperty("pattern").GetString().Should().Be("noitaropave");
        SealedKeys.Open(arabic, "stages", "q-count").GetProperty("pattern").GetString().Should().Be("4", "a numeric answer is no text to translate");
    }

    [Fact]
    public void A_stale_unit_shows_its_old_translation_or_with_stale_source_its_new_source()
    {
        using var course = new TranslatedCourse(Repository.Sample("minimal-en"), "fr", source => new XElement(source.Name, new XText("FR "), source.Nodes()));
        var section = Path.Combine(course.Directory, "sections", "02-scale-and-legend.md");
        File.WriteAllText(section, File.ReadAllText(section).Replace("- [x] What the colours mean", "- [x] What its colours mean", StringComparison.Ordinal));
        using var output = new TempDirectory();

        var kept = Build(course.Directory, output.File("kept.zip"), "fr");
        var fresh = Build(course.Directory, output.File("fresh.zip"), "fr", staleToSource: true);

        kept.Diagnostics.Should().ContainSingle(d => d.Id == "SCO1026").Which.Location.Path.Should().Be("translations/fr.xlf");
        Page(ZipFile.OpenRead(kept.PackagePath!)).Body!.TextContent.Should().NotContain("What its colours mean").And.Contain("FR What the colours mean");
        Page(ZipFile.OpenRead(fresh.PackagePath!)).Body!.TextContent.Should().Contain("What its colours mean");
    }

    [Fact]
    public void What_a_translator_types_is_text_never_markdown_or_html()
    {
        using var course = new TranslatedCourse(Repository.Sample("minimal-en"), "fr",
            source => new XElement(source.Name, source.Nodes().Select(n => n is XText ? new XText("<script>alert(1)</script> *a* [b](javascript:x) # 1. ") : n)));
        using var output = new TempDirectory();
        var result = Build(course.Directory, output.File("fr.zip"), "fr");

        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        var page = Page(ZipFile.OpenRead(result.PackagePath!));
        page.QuerySelectorAll("script:not([type])").Where(s => s.TextContent.Contains("alert", StringComparison.Ordinal)).Should().BeEmpty();
        page.QuerySelectorAll("a[href^='javascript']").Should().BeEmpty();
        page.Body!.TextContent.Should().Contain("<script>alert(1)</script> *a* [b](javascript:x)");
    }

    [Fact]
    public void The_two_languages_sample_builds_each_language_as_a_package_of_its_own_without_a_warning()
    {
        using var output = new TempDirectory();
        var writer = new StringWriter();
        var code = CivilSociety.Scorm.Cli.CliApplication.Run(
            ["build", Repository.Sample("two-languages"), "--language", "all", "-o", output.Path, "--warnings-as-errors"], writer, writer);

        code.Should().Be(0, writer.ToString());
        var arabic = Page(ZipFile.OpenRead(output.File("two-languages.zip")));
        var english = Page(ZipFile.OpenRead(output.File("two-languages-en.zip")));
        (english.DocumentElement.GetAttribute("lang"), english.DocumentElement.GetAttribute("dir")).Should().Be(("en", "ltr"));
        (arabic.DocumentElement.GetAttribute("lang"), arabic.DocumentElement.GetAttribute("dir")).Should().Be(("ar", "rtl"));
        english.QuerySelector("h1")!.TextContent.Should().Be("The water cycle in nature");
        Question(english, "q-name").GetProperty("fillIn").GetProperty("normalizeArabic").GetBoolean().Should().BeFalse();
        Question(arabic, "q-name").GetProperty("fillIn").GetProperty("normalizeArabic").GetBoolean().Should().BeTrue();
        SealedKeys.Open(english, "stages", "q-clouds").GetProperty("pattern").GetString()
            .Should().Be(SealedKeys.Open(arabic, "stages", "q-clouds").GetProperty("pattern").GetString());
    }

    [Fact]
    public void An_export_carries_the_translation_over_and_missing_gives_only_what_changed()
    {
        using var temp = new TempDirectory();
        var course = temp.File("course");
        TranslatedCourse.Copy(Repository.Sample("two-languages"), course);
        var section = Path.Combine(course, "sections", "01-stages.md");
        File.WriteAllText(section, File.ReadAllText(section).Replace("في دورة من أربع مراحل", "في دورة لها أربع مراحل", StringComparison.Ordinal));

        CourseTranslator.Export(new TranslationExportOptions(course, "en", temp.File("all.xlf"))).Succeeded.Should().BeTrue();
        CourseTranslator.Export(new TranslationExportOptions(course, "en", temp.File("missing.xlf")) { MissingOnly = true }).Succeeded.Should().BeTrue();

        var all = TranslatedCourse.Units(XDocument.Load(temp.File("all.xlf"))).ToList();
        all.Should().OnlyContain(u => u.Element(TranslatedCourse.Namespace + "target") != null, "every unit is translated already");
        var changed = all.Single(u => (string)u.Element(TranslatedCourse.Namespace + "target")!.Attribute("state")! == "needs-review-translation");
        ((string)changed.Attribute("id")!).Should().Be("section/stages/text/1");
        changed.Elements(TranslatedCourse.Namespace + "note").Should().Contain(n => n.Value.Contains("في دورة من أربع مراحل", StringComparison.Ordinal));
        TranslatedCourse.Units(XDocument.Load(temp.File("missing.xlf"))).Select(u => (string)u.Attribute("id")!).Should().Equal("section/stages/text/1");
    }

    private static CompileResult Build(string course, string zip, string? language, bool staleToSource = false) =>
        CourseCompiler.Compile(new CompileOptions(course, zip) { Language = language, StaleToSource = staleToSource });

    private static List<string> ExportIds(string course, string path)
    {
        CourseTranslator.Export(new TranslationExportOptions(course, "fr", path)).Succeeded.Should().BeTrue();
        return [.. TranslatedCourse.Units(XDocument.Load(path)).Select(u => (string)u.Attribute("id")!)];
    }

    private static XElement Reversed(XElement source) =>
        new(source.Name, source.Nodes().Select(node => node switch
        {
            XText text => new XText(new string(text.Value.Reverse().ToArray())),
            XElement element => Reversed(element),
            _ => node,
        }), source.Attributes());

    private static JsonElement Question(AngleSharp.Html.Dom.IHtmlDocument page, string id) =>
        SealedKeys.CourseData(page).GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.TryGetProperty("quiz", out var quiz) && quiz.ValueKind == JsonValueKind.Object ? quiz.GetProperty("questions").EnumerateArray() : [])
            .Single(q => q.GetProperty("id").GetString() == id);

    /// <summary>The launch page with the sections kept out of it (sections.js) put back, as the player shows it.</summary>
    private static AngleSharp.Html.Dom.IHtmlDocument Page(ZipArchive zip) => BuiltPackage.LaunchPageOf(zip);

    private static string CourseIdOf(ZipArchive zip) => XDocument.Parse(Encoding.UTF8.GetString(Read(zip.GetEntry("imsmanifest.xml")!))).Root!.Attribute("identifier")!.Value;

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}

/// <summary>report reads the learners of every language version of a course together (they share its ids), or one.</summary>
public sealed class TranslatedReportTests
{
    private const string Header = "Name\t\"Email address\"\tAttempt\t\"Started on\"\t\"Last accessed on\"\tScore\t\"Test course\"\t\"Question 0\"\t\"Response 0\"\t\"Result 0\"\n";

    [Fact]
    public void The_reports_of_each_language_version_are_read_together_or_one_language_at_a_time()
    {
        using var course = new CourseBuilder();
        var english = Path.Combine(course.Directory, "en-interactions.txt");
        var french = Path.Combine(course.Directory, "fr-interactions.txt");
        File.WriteAllText(english, Header + "\"Ann Lee\"\tann@example.org\t1\tx\ty\t\tCompleted\tone.q1\ta\tcorrect\n");
        File.WriteAllText(french, Header + "\"Bea Roux\"\tbea@example.org\t1\tx\ty\t\tCompleted\tone.q1\tb\twrong\n");

        ReportResult Report(string? language) => CourseReports.Mastery(new ReportOptions(course.Directory, "-")
        {
            MoodleReports = [english, "fr=" + french],
            Format = ReportFormat.Json,
            Language = language,
        });

        Report(null).Report!.Learners.Should().HaveCount(2, "an English and a French learner answered the same question one.q1");
        Report("fr").Report!.Learners.Should().ContainSingle().Which.Name.Should().Be("Bea Roux");
        Report("en").Report!.Learners.Should().ContainSingle().Which.Name.Should().Be("Ann Lee");
    }
}
