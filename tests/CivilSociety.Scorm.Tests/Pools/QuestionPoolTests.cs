using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Export;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Parsing;
using CivilSociety.Scorm.Tests.Export;
using CivilSociety.Scorm.Tests.Infrastructure;
using CivilSociety.Scorm.Tests.Reports;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Pools;

/// <summary>
/// Question pools (docs/question-pools.md) on the compiler's side: draw= and group= read into the model, the pools in
/// coverage, the question banks and the mastery report. The draw itself is the runtime's (packaging/runtime/test/draw.test.js);
/// the diagnostics have their fixtures (SCO2070-SCO2072, SCO3100-SCO3105).
/// </summary>
public sealed class QuestionPoolTests
{
    private static readonly string Sample = Repository.Sample("question-pool");

    private static (CivilSociety.Scorm.Model.Section? Section, IReadOnlyList<Diagnostic> Diagnostics) Parse(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var section = SectionParser.Parse(new SourceFile("s.md", markdown.ReplaceLineEndings("\n")), "en", MarkdownPipelineFactory.Shared, diagnostics);
        return (section, diagnostics.ToList());
    }

    private static string Quiz(string line) => $$"""
        ---
        id: s
        title: S
        outcomes: [LO1]
        ---

        Text.

        {{line}}
        ### One {#q1 outcomes="LO1" group=capital}

        - [x] A
        - [ ] B

        ### Two {#q2 outcomes="LO2.1"}

        - [x] A
        - [ ] B
        :::
        """;

    [Fact]
    public void A_count_a_per_outcome_form_and_groups_are_read_into_the_model()
    {
        var (section, diagnostics) = Parse(Quiz("::: quiz {draw=1 attempts=2}"));
        diagnostics.Should().BeEmpty();
        var quiz = section!.Quiz!;
        var draw = quiz.Draw!;
        draw.Count.Should().Be(1);
        draw.IsPerOutcome.Should().BeFalse();
        draw.Location.Should().Be(new SourceSpan("s.md", 9, 11), "the place of draw= on the quiz line");
        quiz.Settings.Attempts.Should().Be(2);
        quiz.Questions.Select(q => q.Group).Should().Equal("capital", null);

        var perOutcome = Parse(Quiz("::: quiz {draw=\"LO1:1, LO2.1:1\"}")).Section!.Quiz!.Draw!;
        perOutcome.Count.Should().Be(2);
        perOutcome.Shares.Select(s => (s.Outcome.Id, s.Count)).Should().Equal(("LO1", 1), ("LO2.1", 1));

        Parse(Quiz("::: quiz")).Section!.Quiz!.Draw.Should().BeNull("without draw= every question shows");
    }

    [Fact]
    public void Coverage_shows_each_outcome_s_pool_and_questions_per_attempt()
    {
        var text = CourseReports.Coverage(new CoverageOptions(Sample) { Format = CoverageFormat.Text });
        text.Succeeded.Should().BeTrue();
        text.Diagnostics.Should().BeEmpty();
        var lines = Encoding.UTF8.GetString(text.Content!).Split('\n');
        lines.Should().Contain(l => l.StartsWith("pools", StringComparison.Ordinal) && l.Contains("why") && l.Contains("how"));
        lines.Should().Contain(l => l.StartsWith("QP1 ", StringComparison.Ordinal) && l.Contains("4 in pool / 1-3 per attempt  -"));
        lines.Should().Contain(l => l.StartsWith("  QP2.1 ", StringComparison.Ordinal) && l.Contains("2 in pool / 1-2 per attempt") && l.Contains("2 in pool / 1 per attempt"));
        lines.Should().Contain(l => l.StartsWith("QP2 ", StringComparison.Ordinal) && l.Contains("5 in pool / 2 per attempt"));

        var json = JsonNode.Parse(CourseReports.Coverage(new CoverageOptions(Sample) { Format = CoverageFormat.Json }).Content!)!.AsArray();
        var qp1Why = json.Single(r => (string)r!["outcomeId"]! == "QP1")!["sections"]![0]!;
        ((int)qp1Why["questions"]!, (int)qp1Why["leastPerAttempt"]!, (int)qp1Why["mostPerAttempt"]!).Should().Be((4, 1, 3));

        var unpooled = JsonNode.Parse(CourseReports.Coverage(new CoverageOptions(Repository.Sample("every-question-type")) { Format = CoverageFormat.Json }).Content!)!.AsArray();
        unpooled[0]!["sections"]![0]!.AsObject().ContainsKey("leastPerAttempt").Should().BeFalse("a quiz without draw= shows every question");
    }

    [Fact]
    public void Moodle_xml_says_in_each_pooled_category_how_to_draw_the_same_way()
    {
        var (content, diagnostics) = ExportRun.Of(Sample, QuestionFormat.MoodleXml);
        diagnostics.Should().NotContain(d => d.Severity == DiagnosticSeverity.Error);
        var categories = XDocument.Load(new MemoryStream(content)).Root!.Elements("question").Where(q => (string?)q.Attribute("type") == "category").ToList();
        categories.Select(c => c.Element("idnumber")!.Value).Should().Equal("why", "how");
        var why = categories[0].Element("info")!.Element("text")!.Value;
        why.Should().Contain("shows 4 of these 6").And.Contain("QP1, QP2.1").And.Contain("random question filtered on each outcome");
        categories[1].Element("info")!.Element("text")!.Value.Should().Contain("1 tagged QP2.1, 1 tagged QP2.2");
        XDocument.Load(new MemoryStream(content)).Root!.Elements("question").Single(q => q.Element("idnumber")?.Value == "why.q-line")
            .Element("tags")!.Elements("tag").Select(t => t.Element("text")!.Value).Should().Contain("QP2.1", "the tag a random question filters on");
    }

    [Fact]
    public void Qti_writes_a_test_per_pool_whose_section_selects_the_draw()
    {
        var (content, _) = ExportRun.Of(Sample, QuestionFormat.Qti21);
        var entries = ExportRun.Entries(content);
        XNamespace qti = "http://www.imsglobal.org/xsd/imsqti_v2p1";
        var why = XDocument.Load(new MemoryStream(entries["tests/why.xml"]));
        var section = why.Descendants(qti + "assessmentSection").Single();
        section.Element(qti + "selection")!.Attribute("select")!.Value.Should().Be("4");
        section.Elements(qti + "assessmentItemRef").Select(r => r.Attribute("identifier")!.Value).Should().HaveCount(6).And.Contain("why.q-holds");

        var how = XDocument.Load(new MemoryStream(entries["tests/how.xml"]));
        var shares = how.Descendants(qti + "assessmentSection").Where(s => s.Attribute("visible")!.Value == "false").ToList();
        shares.Select(s => (s.Attribute("title")!.Value, s.Element(qti + "selection")!.Attribute("select")!.Value)).Should().Equal(("QP2.1", "1"), ("QP2.2", "1"));
        shares[1].Elements(qti + "assessmentItemRef").Select(r => r.Attribute("identifier")!.Value).Should().Equal("how.q-group-a", "how.q-group-b", "how.q-below");

        var manifest = XDocument.Load(new MemoryStream(entries["imsmanifest.xml"]));
        manifest.Descendants().Where(e => e.Name.LocalName == "resource" && (string?)e.Attribute("type") == "imsqti_test_xmlv2p1")
            .Select(e => e.Attribute("href")!.Value).Should().Equal("tests/why.xml", "tests/how.xml");
    }

    [Fact]
    public void Report_counts_a_pool_s_undrawn_questions_neither_way()
    {
        // Four of the six drawn: q-retry-b and q-count were not, and have no record.
        var attempt = new MoodleLayout.Attempt("Huda", "huda@example.org", 1, "", [
            ("why.q-holds", "a", "a", "correct"), ("why.q-retry-a", "a", "b", "wrong"),
            ("why.q-relaunch", "t", "t", "correct"), ("why.q-line", "a", "a", "correct"),
        ], []);
        using var temp = new TempDirectory();
        var path = temp.File("interactions.txt");
        File.WriteAllText(path, MoodleLayout.Interactions([attempt]));

        var result = CourseReports.Mastery(new ReportOptions(Sample, "-") { MoodleReports = [path], Format = ReportFormat.Json });

        result.Succeeded.Should().BeTrue(string.Join("\n", result.Diagnostics));
        var qp1 = result.Report!.Learners.Single().Outcomes.Single(c => c.OutcomeId == "QP1");
        (qp1.Score, qp1.Answered, qp1.Questions).Should().Be((66.67m, 3, 3), "two right of the three QP1 questions shown; the fourth, not drawn, is neither wrong nor unanswered");
        var qp21 = result.Report.Learners.Single().Outcomes.Single(c => c.OutcomeId == "QP2.1");
        (qp21.Score, qp21.Answered).Should().Be((100m, 1));
    }
}
