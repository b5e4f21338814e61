using CivilSociety.Scorm.Republishing;
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
    private const string Stages = "sections/01-stages.md";
    private const string Energy = "sections/02-energy.md";

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
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Diff_reports_what_each_edit_costs(string edit, string course, string[] codes, bool safe)
    {
        using var work = new TempDirectory();
        var a = Build(Copy(course, work.File("a")), work.File("a.zip"));
        var edited = Copy(course, work.File("b"));
        Apply(edit, edited);
        Replace(edited, "course.yml", "version: 1.0.0", "version: 1.1.0");
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

    private static void Apply(string edit, string course)
    {
        switch (edit)
        {
            case "prose":
                Replace(course, Stages, "Water moves between", "Water travels between");
                break;
            case "choice text: spelling only":
                Replace(course, Stages, "- [x] Condensation\n", "- [x] condensation.\n");
                break;
            case "choice text: reworded":
                Replace(course, Stages, "- [ ] Collection\n\n>", "- [ ] Gathering\n\n>");
                break;
            case "choice added at the top":
                Replace(course, Stages, "- [ ] Evaporation\n  > Evaporation turns", "- [ ] Sublimation\n- [ ] Evaporation\n  > Evaporation turns");
                break;
            case "choice added in the middle":
                Replace(course, Stages, "- [x] Condensation\n", "- [ ] Sublimation\n- [x] Condensation\n");
                break;
            case "choice added at the end":
                Replace(course, Stages, "- [ ] Collection\n\n>", "- [ ] Collection\n- [ ] Sublimation\n\n>");
                break;
            case "choices reordered":
                Replace(course, Stages, "- [x] Condensation\n- [ ] Collection\n", "- [ ] Collection\n- [x] Condensation\n");
                break;
            case "correct answer changed":
                Replace(course, Stages, "- [x] Condensation\n- [ ] Collection\n", "- [ ] Condensation\n- [x] Collection\n");
                break;
            case "question added":
                Replace(course, Energy, "range.\n:::", "range.\n\n### What heats the sea? {#q-heat outcomes=\"WC2\"}\n\n- [x] The sun\n- [ ] The moon\n:::");
                break;
            case "question removed":
                Replace(course, Energy, "### Give a percentage", ":::\n\n<!-- removed -->\n\n### Give a percentage");
                Replace(course, Energy, "### Give a percentage of the sun's energy at the surface that goes into evaporation. {#q-percent outcomes=\"WC2\" type=numeric answer=10..20}\n\n> hint: The text gives a range.\n:::", "");
                break;
            case "questions reordered":
                var text = File.ReadAllText(Path.Combine(course, Energy));
                var gravity = text[text.IndexOf("### What pulls", StringComparison.Ordinal)..text.IndexOf("### Give a percentage", StringComparison.Ordinal)];
                text = text.Replace(gravity, "", StringComparison.Ordinal).Replace("> hint: The text gives a range.\n", "> hint: The text gives a range.\n\n" + gravity.TrimEnd() + "\n", StringComparison.Ordinal);
                File.WriteAllText(Path.Combine(course, Energy), text);
                break;
            case "question type changed":
                Replace(course, Energy, "{#q-gravity outcomes=\"WC2\"}", "{#q-gravity outcomes=\"WC2\" type=multiple}");
                break;
            case "section added":
                File.WriteAllText(Path.Combine(course, "sections/03-more.md"), "---\nid: more\ntitle: More about water\noutcomes: [WC2]\n---\n\nRivers carry water back to the sea.\n");
                Replace(course, "course.yml", "  - sections/02-energy.md", "  - sections/02-energy.md\n  - sections/03-more.md");
                break;
            case "section removed (and its outcome)":
                Replace(course, "course.yml", "  - sections/02-energy.md", "");
                File.Delete(Path.Combine(course, Energy));
                Replace(course, "course.yml", "  - id: WC2\n    text: Explain what drives the water cycle\n", "");
                break;
            case "sections reordered":
                Replace(course, "course.yml", "  - sections/01-stages.md\n  - sections/02-energy.md", "  - sections/02-energy.md\n  - sections/01-stages.md");
                break;
            case "attempts lowered":
                Replace(course, Stages, "attempts=3", "attempts=2");
                break;
            case "attempts raised":
                Replace(course, Stages, "attempts=3", "attempts=5");
                break;
            case "question outcomes changed":
                Replace(course, Stages, "{#q-clouds outcomes=\"WC1.2\"}", "{#q-clouds outcomes=\"WC1.1\"}");
                break;
            case "sequencing item added":
                Replace(course, Stages, "4. Collection\n", "4. Collection\n5. Evaporation again\n");
                break;
            case "fill-in box shortened":
                Replace(course, Stages, "maxlength=30", "maxlength=12");
                break;
            case "course id changed":
                Replace(course, "course.yml", "id: every-question-type", "id: water-cycle");
                break;
            case "real course: prose":
                var intro = Path.Combine(course, "sections/01-introduction.md");
                var body = File.ReadAllText(intro).ReplaceLineEndings("\n");
                var end = body.IndexOf("---\n\n", 4, StringComparison.Ordinal) + 5;
                File.WriteAllText(intro, body[..end] + "فقرة أضافها المصمم في تحديث المقرر.\n\n" + body[end..]);
                break;
            case "real course: choice added at the top":
                Replace(course, "sections/01-introduction.md", "- [x] تكمل المنظمة عمل الدولة وتنسق جهودها معها\n", "- [ ] تمول المنظمة عمل الدولة من تبرعاتها\n- [x] تكمل المنظمة عمل الدولة وتنسق جهودها معها\n");
                break;
            case "real course: sections reordered":
                var yml = File.ReadAllText(Path.Combine(course, "course.yml"));
                File.WriteAllText(Path.Combine(course, "course.yml"), yml.Replace("  - sections/04-module-structure.md\n  - sections/05-learning-outcomes.md", "  - sections/05-learning-outcomes.md\n  - sections/04-module-structure.md", StringComparison.Ordinal));
                yml.Should().Contain("  - sections/04-module-structure.md\n  - sections/05-learning-outcomes.md");
                break;
            case "real course: outcome removed":
                RemoveOutcome(course, "LO2.6");
                break;
            default:
                throw new ArgumentException("no such edit: " + edit);
        }
    }

    // LO2.6 out of course.yml and out of every question and section that names it.
    private static void RemoveOutcome(string course, string id)
    {
        var yml = Path.Combine(course, "course.yml");
        var lines = File.ReadAllLines(yml).ToList();
        var at = lines.FindIndex(l => l.Trim() == "- id: " + id);
        lines.RemoveRange(at, 2);
        File.WriteAllLines(yml, lines);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(course, "sections"), "*.md"))
        {
            var text = File.ReadAllText(file).Replace("outcomes=\"" + id + "\"", "outcomes=\"LO2\"", StringComparison.Ordinal)
                .Replace(" " + id + "\"", "\"", StringComparison.Ordinal).Replace(", " + id + "]", "]", StringComparison.Ordinal)
                .Replace("[" + id + "]", "[LO2]", StringComparison.Ordinal);
            File.WriteAllText(file, text);
        }
    }

    private static void Replace(string course, string file, string old, string replacement)
    {
        var path = Path.Combine(course, file);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        text.Should().Contain(old, "the edit applies to {0}", file);
        File.WriteAllText(path, text.Replace(old, replacement, StringComparison.Ordinal));
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
