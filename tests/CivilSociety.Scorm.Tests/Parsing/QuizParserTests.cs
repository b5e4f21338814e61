using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Parsing;
using CivilSociety.Scorm.Questions;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Parsing;

public sealed class QuizParserTests
{
    private static (Section? Section, IReadOnlyList<Diagnostic> Diagnostics) Parse(string markdown)
    {
        // Given a section file, when it is parsed on its own
        var diagnostics = new DiagnosticBag();
        var section = SectionParser.Parse(new SourceFile("s.md", markdown.ReplaceLineEndings("\n")), "en", MarkdownPipelineFactory.Shared, diagnostics);
        return (section, diagnostics.ToList());
    }

    [Fact]
    public void Reads_front_matter_body_and_quiz()
    {
        var (section, diagnostics) = Parse(CourseBuilder.SectionOne);

        diagnostics.Should().BeEmpty();
        section!.Id.Should().Be("one");
        section.Title.Should().Be("Section one");
        section.Outcomes.Select(o => o.Id).Should().Equal("LO1");
        section.Body.Should().ContainSingle("the quiz and the front matter are taken out of the body");

        var question = section.Quiz!.Questions.Should().ContainSingle().Subject;
        question.Id.Should().Be("q1");
        question.Type.Name.Should().Be("single");
        question.PromptMarkdown.Should().Be("Which is first?");
        question.Outcomes.Select(o => o.Id).Should().Equal("LO1");
        question.Answer.Should().BeOfType<ChoiceAnswer>().Subject.Choices.Select(c => (c.Letter, c.IsCorrect, c.Markdown, c.FeedbackMarkdown)).Should().Equal(
            ('a', true, "The first", "Yes."),
            ('b', false, "The second", "No, that is the second."));
        question.CorrectFeedbackMarkdown.Should().Be("Well done.");
        question.IncorrectFeedbackMarkdown.Should().Be("Read again.");
        question.Location.Should().Be(new SourceSpan("s.md", 10, 1));
    }

    [Fact]
    public void Reads_multiple_response_weight_and_several_outcomes()
    {
        var (section, diagnostics) = Parse(CourseBuilder.SectionTwo);

        diagnostics.Should().BeEmpty();
        var question = section!.Quiz!.Questions.Single();
        question.Type.Name.Should().Be("multiple");
        question.Weight.Should().Be(2);
        question.Outcomes.Select(o => o.Id).Should().Equal("LO2", "LO2.1");
        question.Answer.Should().BeOfType<ChoiceAnswer>().Subject.Correct.Select(c => c.Letter).Should().Equal('a', 'b');
    }

    [Fact]
    public void Reads_curly_quotes_from_a_word_processor_as_straight_ones_in_the_attributes()
    {
        var (section, diagnostics) = Parse(CourseBuilder.SectionTwo.Replace("outcomes=\"LO2 LO2.1\"", "outcomes=\u201CLO2 LO2.1\u201D", StringComparison.Ordinal));

        diagnostics.Should().BeEmpty();
        section!.Quiz!.Questions.Single().Outcomes.Select(o => o.Id).Should().Equal("LO2", "LO2.1");
    }

    [Fact]
    public void Reads_arabic_feedback_labels_and_a_stem()
    {
        var (section, diagnostics) = Parse("""
            ---
            id: s
            title: قسم
            ---
            نص.

            ::: quiz
            ### سؤال؟ {#q outcomes="LO1"}

            فقرة إضافية.

            - [x] نعم
            - [ ] لا

            > صحيح: أحسنت.
            > خطأ: راجع النص.
            :::
            """);

        diagnostics.Should().BeEmpty();
        var question = section!.Quiz!.Questions.Single();
        question.StemMarkdown.Should().Be("فقرة إضافية.");
        question.CorrectFeedbackMarkdown.Should().Be("أحسنت.");
        question.IncorrectFeedbackMarkdown.Should().Be("راجع النص.");
    }

    [Fact]
    public void Reports_every_authoring_mistake_of_a_question_at_its_heading()
    {
        var (_, diagnostics) = Parse("""
            ---
            id: s
            title: S
            ---
            Text.

            ::: quiz
            ### No id, no outcomes {type=sometimes weight=0 outcome="LO1"}

            Just a paragraph and no choices.
            :::
            """);

        // One diagnostic per mistake: outcome= is read as the outcomes= it was meant to be (no "names no outcome"),
        // and an unknown type reads no answer (no "has no choices" of the default type).
        diagnostics.Select(d => (d.Id, d.Location.Line)).Should().BeEquivalentTo(new[]
        {
            ("SCO2013", 8), ("SCO2014", 8), ("SCO2002", 8), ("SCO2010", 8),
        });
        diagnostics.Single(d => d.Id == "SCO2002").Help.Should().Be("did you mean 'outcomes'?");
    }

    [Fact]
    public void Reports_unmarked_choices_content_before_the_first_question_and_an_unclosed_quiz()
    {
        var (_, diagnostics) = Parse("""
            ---
            id: s
            title: S
            ---
            Text.

            ::: quiz
            A stray paragraph.

            ### Q {#q outcomes="LO1"}

            - [x] Right
            - Unmarked
            """);

        diagnostics.Select(d => (d.Id, d.Location.Line)).Should().BeEquivalentTo(new[]
        {
            ("SCO2019", 7), ("SCO2015", 8), ("SCO2018", 13),
        });
    }

    [Fact]
    public void Reports_a_second_quiz_and_a_missing_front_matter()
    {
        var (_, twoQuizzes) = Parse("---\nid: s\ntitle: S\n---\n::: quiz\n### Q {#q outcomes=\"LO1\"}\n- [x] A\n:::\n\n::: quiz\n### R {#r outcomes=\"LO1\"}\n- [x] A\n:::\n");
        var (noFrontMatter, missing) = Parse("# Just Markdown\n");

        twoQuizzes.Should().ContainSingle(d => d.Id == "SCO2016").Which.Location.Line.Should().Be(10);
        noFrontMatter.Should().BeNull();
        missing.Should().ContainSingle(d => d.Id == "SCO2005");
    }

    [Fact]
    public void Front_matter_errors_are_located_in_the_file()
    {
        var (_, diagnostics) = Parse("---\nid: s\ntitel: S\n---\nText.\n");

        diagnostics.Should().Contain(d => d.Id == "SCO2002" && d.Location == new SourceSpan("s.md", 3, 1) && d.Help == "did you mean 'title'?");
        diagnostics.Should().NotContain(d => d.Id == "SCO2004", "the did-you-mean already names the missing title");
    }
}
