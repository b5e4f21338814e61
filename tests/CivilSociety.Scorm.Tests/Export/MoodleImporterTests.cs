using System.Text;
using System.Xml.Linq;
using CivilSociety.Scorm.Export;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Export;

/// <summary>
/// The Moodle XML and GIFT files of the real course and both samples, read as Moodle's own importers read them
/// (<see cref="MoodleXmlImport"/>, <see cref="GiftImport"/>): nothing Moodle would refuse, and the GIFT file imports
/// every question it carries as the same Moodle type, with the same grades, as the Moodle XML file.
/// </summary>
public sealed class MoodleImporterTests
{
    [Theory]
    [MemberData(nameof(ExportedCourses.All), MemberType = typeof(ExportedCourses))]
    public void Moodle_XML_imports_every_question_without_an_error(string course)
    {
        var xml = XDocument.Load(new MemoryStream(ExportRun.Of(Path.Combine(Repository.Root, course), QuestionFormat.MoodleXml).Content));

        var (problems, questions) = MoodleXmlImport.Read(xml);

        problems.Should().BeEmpty();
        questions.Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(ExportedCourses.All), MemberType = typeof(ExportedCourses))]
    public void GIFT_imports_each_question_as_the_Moodle_XML_file_does(string course)
    {
        var directory = Path.Combine(Repository.Root, course);
        var (_, xmlQuestions) = MoodleXmlImport.Read(XDocument.Load(new MemoryStream(ExportRun.Of(directory, QuestionFormat.MoodleXml).Content)));

        var gift = GiftImport.Read(Encoding.UTF8.GetString(ExportRun.Of(directory, QuestionFormat.Gift).Content));

        gift.Errors.Should().BeEmpty();
        gift.Categories.Should().NotBeEmpty().And.OnlyContain(c => c.StartsWith("$course$/top/", StringComparison.Ordinal));
        gift.Questions.Should().NotBeEmpty();
        foreach (var question in gift.Questions)
        {
            var (type, fractions, single) = xmlQuestions[question.Id!];
            question.Type.Should().Be(type == "matching" ? "match" : type, question.Id);
            if (type == "multichoice")
            {
                question.Single.Should().Be(single, question.Id);
                question.Fractions.Should().Equal(fractions, question.Id);
            }
        }
    }

    [Fact]
    public void True_false_feedback_lands_on_the_answer_it_belongs_to()
    {
        using var course = new CourseBuilder().With("sections/one.md", """
            ---
            id: one
            title: Section one
            outcomes: [LO1]
            ---

            Text.

            ::: quiz
            ### The sky is blue. {#q1 outcomes="LO1" type=true-false answer=true}

            > correct: Yes, it is.
            :::
            """);

        var gift = GiftImport.Read(Encoding.UTF8.GetString(ExportRun.Of(course.Directory, QuestionFormat.Gift).Content));

        var question = gift.Questions.Should().ContainSingle(q => q.Id == "one.q1").Subject;
        question.Type.Should().Be("truefalse");
        question.CorrectAnswer.Should().BeTrue();
        question.FeedbackTrue.Should().Contain("Yes, it is.");
        question.FeedbackFalse.Should().BeEmpty();
    }

    [Fact]
    public void A_number_keeps_its_feedback_for_a_wrong_answer()
    {
        using var course = new CourseBuilder().With("sections/one.md", CourseBuilder.SectionOne.Replace(
            "### Which is first? {#q1 outcomes=\"LO1\"}\n\n- [x] The first\n  > Yes.\n- [ ] The second\n  > No, that is the second.\n",
            "### How many? {#q1 outcomes=\"LO1\" type=numeric answer=2..4}\n", StringComparison.Ordinal));

        var gift = GiftImport.Read(Encoding.UTF8.GetString(ExportRun.Of(course.Directory, QuestionFormat.Gift).Content));

        var number = gift.Questions.Should().ContainSingle(q => q.Id == "one.q1").Subject;
        number.Type.Should().Be("numerical");
        number.Answers.Should().Equal("2..4", "*");
        number.Fractions.Should().Equal(1m, 0m);
        number.Feedback.Should().Equal("<p>Well done.</p>", "<p>Read again.</p>");
    }
}
