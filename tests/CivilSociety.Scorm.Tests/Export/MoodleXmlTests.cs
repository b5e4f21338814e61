using System.Text;
using System.Xml.Linq;
using CivilSociety.Scorm.Export;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Export;

/// <summary>
/// The Moodle XML file read back as question/format/xml/format.php reads it: a category per section, then for each
/// question the elements its Moodle type's importer takes, with grades from Moodle's list of grades.
/// </summary>
public sealed class MoodleXmlTests
{
    /// <summary>question_bank::fraction_options_full(): the grades Moodle's importer accepts ("error if grade not listed").</summary>
    private static readonly decimal[] MoodleGrades =
        [.. new[] { 1m, 0.9m, 0.8333333m, 0.8m, 0.75m, 0.7m, 0.6666667m, 0.6m, 0.5m, 0.4m, 0.3333333m, 0.3m, 0.25m, 0.2m, 0.1666667m, 0.1428571m, 0.125m, 0.1111111m, 0.1m, 0.05m, 0m }
            .SelectMany(g => new[] { g, -g })];

    private static XDocument Export(string directory) => XDocument.Parse(Encoding.UTF8.GetString(ExportRun.Of(directory, QuestionFormat.MoodleXml).Content));

    [Fact]
    public void Every_type_becomes_its_closest_Moodle_type_with_its_id_number_and_outcome_tags()
    {
        var quiz = Export(Repository.Sample("every-question-type")).Root!;
        var questions = quiz.Elements("question").ToList();

        questions.Where(q => (string?)q.Attribute("type") == "category").Select(q => (string)q.Element("category")!.Element("text")!)
            .Should().Equal("$course$/top/The Water Cycle (every question type)/The stages of the water cycle", "$course$/top/The Water Cycle (every question type)/What drives the cycle");
        questions.Where(q => (string?)q.Attribute("type") != "category").Select(q => ((string)q.Element("idnumber")!, (string)q.Attribute("type")!)).Should().Equal(
            ("stages.q-clouds", "multichoice"), ("stages.q-forms", "multichoice"), ("stages.q-droplets", "truefalse"), ("stages.q-name", "shortanswer"),
            ("stages.q-count", "numerical"), ("stages.q-match", "matching"), ("stages.q-order", "ordering"), ("energy.q-gravity", "multichoice"),
            ("energy.q-percent", "numerical"));
        foreach (var question in questions.Where(q => (string?)q.Attribute("type") != "category"))
        {
            question.Element("name")!.Element("text")!.Value.Should().NotBeEmpty();
            question.Element("questiontext")!.Attribute("format")!.Value.Should().Be("html");
            question.Element("tags")!.Elements("tag").Select(t => t.Element("text")!.Value).Should().NotBeEmpty().And.OnlyContain(t => t.Length <= 50 && !t.Contains(','));
        }
    }

    [Fact]
    public void Grades_are_Moodle_grades_and_add_up_as_each_type_requires()
    {
        var questions = Export(Repository.Sample("every-question-type")).Root!.Elements("question").ToDictionary(q => (string?)q.Element("idnumber") ?? "", q => q);
        decimal[] Fractions(string id) => [.. questions[id].Elements("answer").Select(a => decimal.Parse(a.Attribute("fraction")!.Value, System.Globalization.CultureInfo.InvariantCulture) / 100)];

        foreach (var id in new[] { "stages.q-clouds", "stages.q-forms", "stages.q-droplets", "energy.q-gravity" })
        {
            Fractions(id).Should().OnlyContain(f => MoodleGrades.Any(g => Math.Abs(g - f) < 0.00001m), $"{id}'s grades are on Moodle's list");
        }

        Fractions("stages.q-clouds").Should().Equal(0, 1, 0);
        questions["stages.q-clouds"].Element("single")!.Value.Should().Be("true");
        Fractions("stages.q-forms").Where(f => f > 0).Sum().Should().BeApproximately(1m, 0.0001m, "a multiple-response question's right choices add up to the whole grade");
        Fractions("stages.q-forms").Where(f => f < 0).Should().Equal(-1m);
        questions["stages.q-droplets"].Elements("answer").Select(a => (a.Element("text")!.Value, a.Attribute("fraction")!.Value)).Should().Equal(("true", "100"), ("false", "0"));
    }

    [Fact]
    public void Short_answers_numbers_pairs_and_orders_carry_what_Moodle_needs()
    {
        var questions = Export(Repository.Sample("every-question-type")).Root!.Elements("question").ToDictionary(q => (string?)q.Element("idnumber") ?? "", q => q);

        var name = questions["stages.q-name"];
        name.Element("usecase")!.Value.Should().Be("0");
        name.Elements("answer").Select(a => (a.Element("text")!.Value, a.Attribute("fraction")!.Value)).Should().Equal(("evaporation", "100"), ("evaporating", "100"), ("*", "0"));

        var percent = questions["energy.q-percent"].Elements("answer").Single();
        (percent.Element("text")!.Value, percent.Element("tolerance")!.Value).Should().Be(("15", "5"), "the range 10..20 is 15 ± 5");
        questions["stages.q-count"].Elements("answer").First().Element("tolerance")!.Value.Should().Be("0");

        var match = questions["stages.q-match"];
        match.Elements("subquestion").Select(s => s.Element("answer")!.Element("text")!.Value)
            .Should().Equal("water rises as vapour", "vapour forms clouds", "water falls from the clouds", "water gathers in seas and rivers");
        match.Element("defaultgrade")!.Value.Should().Be("2");

        var order = questions["stages.q-order"];
        order.Elements("answer").Select(a => (a.Attribute("fraction")!.Value, a.Element("text")!.Value))
            .Should().Equal(("1", "<p>Evaporation</p>"), ("2", "<p>Condensation</p>"), ("3", "<p>Precipitation</p>"), ("4", "<p>Collection</p>"));
        order.Element("gradingtype")!.Value.Should().Be("ALL_OR_NOTHING");
        questions["stages.q-droplets"].Element("hint")!.Element("text")!.Value.Should().Be("<p>Read the stage called condensation.</p>");
    }

    [Fact]
    public void With_ordering_as_matching_a_Moodle_without_the_ordering_type_gets_a_matching_question()
    {
        using var temp = new TempDirectory();
        var result = QuestionExporter.Export(new ExportOptions(Repository.Sample("every-question-type"), QuestionFormat.MoodleXml, temp.File("bank.xml")) { OrderingAsMatching = true });

        var order = XDocument.Load(result.BankPath!).Root!.Elements("question").Single(q => (string?)q.Element("idnumber") == "stages.q-order");
        order.Attribute("type")!.Value.Should().Be("matching");
        order.Elements("subquestion").Select(s => (s.Element("text")!.Value, s.Element("answer")!.Element("text")!.Value))
            .Should().Equal(("<p>Evaporation</p>", "1"), ("<p>Condensation</p>", "2"), ("<p>Precipitation</p>", "3"), ("<p>Collection</p>", "4"));
    }

    [Fact]
    public void Arabic_is_written_literally_and_right_to_left()
    {
        var bytes = ExportRun.Of(Repository.RealCourse, QuestionFormat.MoodleXml).Content;
        var text = Encoding.UTF8.GetString(bytes);

        text.Should().NotContain("&#", "Arabic is written as UTF-8 characters, never as character references");
        text.Should().Contain("المجتمع المدني");
        var texts = XDocument.Parse(text).Descendants("questiontext").Select(q => q.Element("text")!.Value).ToList();
        texts.Should().NotBeEmpty().And.OnlyContain(t => t.StartsWith("<div dir=\"rtl\" lang=\"ar\">", StringComparison.Ordinal));
    }

    [Fact]
    public void An_image_is_embedded_as_Moodle_expects()
    {
        // Given a question showing an image
        using var course = new CourseBuilder()
            .WithBytes("media/map key.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3])
            .With("sections/one.md", CourseBuilder.SectionOne.Replace("### Which is first?", "### Which is first? ![The key](../media/map%20key.png)", StringComparison.Ordinal));

        // When
        var question = Export(course.Directory).Root!.Elements("question").First(q => (string?)q.Element("idnumber") == "one.q1");

        // Then
        var questionText = question.Element("questiontext")!;
        questionText.Element("text")!.Value.Should().Contain("src=\"@@PLUGINFILE@@/map-key.png\"");
        var file = questionText.Element("file")!;
        (file.Attribute("name")!.Value, file.Attribute("path")!.Value, file.Attribute("encoding")!.Value).Should().Be(("map-key.png", "/", "base64"));
        Convert.FromBase64String(file.Value).Should().Equal(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3);
    }
}
