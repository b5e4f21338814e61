using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Export;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Reports;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Reports;

/// <summary>
/// A learner who stopped half-way is judged as the package judges them in cmi.objectives: an outcome's score counts
/// the questions of the quizzes submitted (a submitted quiz records all its questions, a blank one as wrong), the
/// others neither way. Measured in Moodle 4.5 on the earlier real course: two of five quizzes submitted, LO1 66.67 in
/// the package, 40 in the old report, which counted the unsubmitted quizzes' questions as wrong. The package's own
/// numbers come from its runtime (packaging/runtime/src/quiz/scores.js, run by node).
/// </summary>
public sealed class UnfinishedAttemptTests
{
    /// <summary>
    /// The first two of the real course's four quizzes submitted: LO1's three questions are all there, two right; LO2.2
    /// has one question there (right) and one in the fourth quiz, not submitted.
    /// </summary>
    private static readonly MoodleLayout.Attempt Layla = new("ليلى أحمد", "layla@example.org", 1, "",
    [
        ("introduction.q-complements", "b", "b", "correct"), ("introduction.q-categories", "a,b,c,d", "a,b,c,d", "correct"),
        ("introduction.q-ngo-form", "a", "a", "correct"), ("introduction.q-business", "b", "b", "correct"),
        ("activities.q-activities", "a,b,c", "a,b,c", "correct"), ("activities.q-partner", "a,b", "a,b", "correct"),
        ("activities.q-less-wealthy", "a", "c", "wrong"),
    ], []);

    [Fact]
    public void Two_of_four_quizzes_give_the_package_s_scores_and_answered_n_of_m_in_every_format()
    {
        using var temp = new TempDirectory();
        var path = temp.File("interactions.txt");
        File.WriteAllText(path, MoodleLayout.Interactions([Layla]));

        ReportResult Run(ReportFormat format) =>
            CourseReports.Mastery(new ReportOptions(Repository.RealCourse, "-") { MoodleReports = [path], Format = format });

        var json = Run(ReportFormat.Json);
        json.Succeeded.Should().BeTrue(string.Join("\n", json.Diagnostics));
        var lo1 = json.Report!.Learners.Single().Outcomes.Single(c => c.OutcomeId == "LO1");
        (lo1.Score, lo1.Mastered, lo1.Answered, lo1.Questions).Should().Be((66.67m, false, 3, 3));
        var written = JsonNode.Parse(json.Content)!["learners"]![0]!["outcomes"]![0]!;
        ((decimal)written["score"]!, (int)written["answered"]!, (int)written["questions"]!).Should().Be((66.67m, 3, 3));
        var lo22 = json.Report.Learners.Single().Outcomes.Single(c => c.OutcomeId == "LO2.2");
        (lo22.Score, lo22.Mastered, lo22.Answered, lo22.Questions).Should().Be((100m, true, 1, 2),
            "the question of the fourth quiz, not submitted, counts neither way (the old report gave 50)");
        var lo26 = json.Report.Learners.Single().Outcomes.Single(c => c.OutcomeId == "LO2.6");
        (lo26.Score, lo26.Mastered, lo26.Answered, lo26.Questions).Should().Be((null, null, 0, 2), "the quiz that assesses it was not submitted");

        var csv = DelimitedText.Read(Encoding.UTF8.GetString(Run(ReportFormat.Csv).Content!).TrimStart('\uFEFF'));
        var header = csv[0].ToList();
        var row = csv.Single(r => r[0] == "mastery" && r[header.IndexOf("outcome_id")] == "LO1");
        (row[header.IndexOf("score")], row[header.IndexOf("answered")], row[header.IndexOf("questions")]).Should().Be(("66.67", "3", "3"));
        var lo22Row = csv.Single(r => r[0] == "mastery" && r[header.IndexOf("outcome_id")] == "LO2.2");
        (lo22Row[header.IndexOf("score")], lo22Row[header.IndexOf("answered")], lo22Row[header.IndexOf("questions")]).Should().Be(("100", "1", "2"));

        var html = Encoding.UTF8.GetString(Run(ReportFormat.Html).Content!);
        html.Should().Contain("✗ 66.67%").And.Contain("أجاب عن 1 من 2").And.Contain("كما في الحزمة");
    }

    [Theory]
    [InlineData("content", 1)]
    [InlineData("samples/every-question-type", 2)]
    public void The_report_agrees_with_the_package_s_cmi_objectives_for_learners_who_stopped_anywhere(string folder, int seed)
    {
        // Given: 40 learners, each submitting some quizzes (every question recorded, right or wrong) and leaving the rest
        var directory = Path.Combine(Repository.Root, folder);
        var (course, bank) = Read(directory);
        var random = new Random(seed);
        var learners = Enumerable.Range(0, 40).Select(n => (Name: $"learner-{n:00}", Quizzes: bank.Sections.Where(s => s.Entries.Count > 0)
            .Where(_ => random.Next(2) == 0).ToDictionary(s => s.Id, s => s.Entries.ToDictionary(e => e.Id, _ => random.Next(5) < 3)))).ToList();
        using var temp = new TempDirectory();
        var path = temp.File("interactions.txt");
        File.WriteAllText(path, MoodleLayout.Interactions(learners.Where(l => l.Quizzes.Count > 0).Select(l => new MoodleLayout.Attempt(l.Name, $"{l.Name}@example.org", 1, "",
            [.. l.Quizzes.Values.SelectMany(q => q).Select(a => (a.Key, "x", "y", a.Value ? "correct" : "wrong"))], []))));

        // When
        var report = CourseReports.Mastery(new ReportOptions(directory, "-") { MoodleReports = [path], Format = ReportFormat.Json }).Report!;
        var package = PackageObjectives(course, bank, learners.Select(l => l.Quizzes).ToList());

        // Then: every learner's every outcome, score and status, as the package wrote them
        foreach (var (learner, index) in learners.Select((l, i) => (l, i)).Where(p => p.l.Quizzes.Count > 0))
        {
            var row = report.Learners.Single(r => r.Name == learner.Name);
            foreach (var cell in row.Outcomes)
            {
                var expected = package[index]![cell.OutcomeId]!;
                var raw = expected["raw"] is { } r ? decimal.Parse((string)r!, CultureInfo.InvariantCulture) : (decimal?)null;
                (cell.Score, cell.Mastered?.ToString().ToLowerInvariant() ?? "incomplete").Should().Be(
                    (raw, raw is null ? "incomplete" : (string)expected["status"]! == "passed" ? "true" : "false"),
                    $"{learner.Name}, {cell.OutcomeId}");
            }
        }
    }

    private static (Course Course, BankCourse Bank) Read(string directory)
    {
        var (course, _) = CourseCompiler.Read(directory, new DiagnosticBag(), target: null);
        return (course!, QuestionBank.Build(course!, new MarkdownHtml(MarkdownPipelineFactory.Shared)));
    }

    /// <summary>
    /// What the runtime writes to cmi.objectives for each learner: its own questionsByOutcome, score() and decimal()
    /// (src/player/course.js, src/quiz/scores.js, src/scorm/format.js), as player/session.js and scorm/cmi.js use them.
    /// </summary>
    private static JsonArray PackageObjectives(Course course, BankCourse bank, List<Dictionary<string, Dictionary<string, bool>>> learners)
    {
        var source = Path.Combine(Repository.Root, "packaging", "runtime", "src");
        string Import(string file) => new Uri(Path.Combine(source, file)).AbsoluteUri;
        var script = $$"""
            import { questionsByOutcome } from "{{Import("player/course.js")}}";
            import { score } from "{{Import("quiz/scores.js")}}";
            import { decimal } from "{{Import("scorm/format.js")}}";
            let input = "";
            for await (const chunk of process.stdin) input += chunk;
            const { outcomes, questions, passing, learners } = JSON.parse(input);
            console.log(JSON.stringify(learners.map((checked) => {
              const qs = questions.map((q) => ({ outcomes: q.outcomes, weight: q.weight, quiz: { checked: q.quiz in checked }, right: checked[q.quiz]?.[q.id] === true }));
              const byOutcome = questionsByOutcome(outcomes, Object.fromEntries(outcomes.map((o) => [o.id, o.parent || null])), qs);
              return Object.fromEntries(outcomes.map((o) => {
                const s = score(byOutcome[o.id]);
                return [o.id, s === null ? { raw: null, status: "incomplete" } : { raw: decimal(s), status: s >= passing ? "passed" : "failed" }];
              }));
            })));
            """;
        var input = new JsonObject
        {
            ["outcomes"] = new JsonArray([.. course.Outcomes.SelectMany(o => o.SelfAndDescendants()).Select(o => new JsonObject { ["id"] = o.Id, ["parent"] = o.ParentId })]),
            ["questions"] = new JsonArray([.. bank.AllEntries.Select(e => new JsonObject
            {
                ["id"] = e.Entry.Id, ["quiz"] = e.Section.Id, ["weight"] = e.Entry.Weight,
                ["outcomes"] = new JsonArray([.. e.Entry.Outcomes.Select(o => JsonValue.Create(o.Id))]),
            })]),
            ["passing"] = course.PassingScore,
            ["learners"] = new JsonArray([.. learners.Select(l => new JsonObject(l.Select(q => KeyValuePair.Create(q.Key,
                (JsonNode?)new JsonObject(q.Value.Select(a => KeyValuePair.Create(a.Key, (JsonNode?)a.Value)))))))]),
        };
        using var temp = new TempDirectory();
        var scriptPath = temp.File("oracle.mjs");
        File.WriteAllText(scriptPath, script);
        using var node = Process.Start(new ProcessStartInfo("node", [scriptPath])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;
        node.StandardInput.Write(input.ToJsonString());
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEnd();
        var error = node.StandardError.ReadToEnd();
        node.WaitForExit();
        node.ExitCode.Should().Be(0, error);
        return JsonNode.Parse(output)!.AsArray();
    }
}
