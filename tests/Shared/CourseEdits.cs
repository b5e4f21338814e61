using FluentAssertions;

namespace CivilSociety.Scorm.Testing;

/// <summary>
/// The edits a designer makes between two versions of a course (docs/republishing.md), on samples/every-question-type
/// and on the real course: the unit tests compare the two packages as `civil-scorm diff` does (EditMatrixTests), the
/// browser tests relaunch a learner from one on the other (RepublishMatrixTests).
/// </summary>
internal static class CourseEdits
{
    public const string Stages = "sections/01-stages.md";
    public const string Energy = "sections/02-energy.md";

    public static void Apply(string edit, string course)
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
            case "real course: question removed":
                RemoveQuestion(course, "sections/03-the-public.md", "q-public-ways");
                break;
            case "real course: chosen choice reworded":
                var activities = Path.Combine(course, "sections/02-activities.md");
                var quiz = File.ReadAllText(activities).ReplaceLineEndings("\n");
                var at = quiz.IndexOf("{#q-less-wealthy ", StringComparison.Ordinal);
                var right = quiz.IndexOf("\n- [x] ", at, StringComparison.Ordinal);
                var endOfLine = quiz.IndexOf('\n', right + 1);
                File.WriteAllText(activities, quiz[..endOfLine] + " (بصياغة جديدة)" + quiz[endOfLine..]);
                break;
            case "real course: attempts limited":
                Replace(course, "sections/01-introduction.md", "::: quiz {shuffle=choices}", "::: quiz {shuffle=choices attempts=1}");
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

    // Question `id` out of its quiz: its heading to the next heading or the quiz's end.
    private static void RemoveQuestion(string course, string file, string id)
    {
        var path = Path.Combine(course, file);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = text.LastIndexOf("\n### ", text.IndexOf("{#" + id + " ", StringComparison.Ordinal), StringComparison.Ordinal);
        var next = text.IndexOf("\n### ", start + 1, StringComparison.Ordinal);
        var end = next >= 0 ? next : text.IndexOf("\n:::", start, StringComparison.Ordinal);
        File.WriteAllText(path, text[..start] + text[end..]);
    }

    public static void Replace(string course, string file, string old, string replacement)
    {
        var path = Path.Combine(course, file);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        text.Should().Contain(old, "the edit applies to {0}", file);
        File.WriteAllText(path, text.Replace(old, replacement, StringComparison.Ordinal));
    }

}
