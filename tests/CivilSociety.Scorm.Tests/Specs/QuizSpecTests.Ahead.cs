using AngleSharp.Html.Parser;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Parsing;
using CivilSociety.Scorm.Rendering;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Specs;

/// <summary>
/// The quizzes' fragments made on a second thread ahead of the page (MarkdownHtml.PrepareAhead) are the ones the page
/// would make itself: every example of Specs/quizzes.md, each question type, renders to the same HTML and sealed
/// feedback, and asked for in another order than announced, the page makes them itself.
/// </summary>
public sealed partial class QuizSpecTests
{
    [Fact]
    public void Fragments_made_ahead_on_another_thread_render_the_same_quizzes()
    {
        var sections = Sections();

        var alone = RenderAll(sections, ahead: null);

        RenderAll(sections, ahead: sections).Should().Equal(alone);
        RenderAll(sections, ahead: [.. sections.AsEnumerable().Reverse()]).Should().Equal(alone, "a batch out of order is made by the page's thread");
        RenderAll(sections, ahead: sections.Take(2).ToList()).Should().Equal(alone, "a quiz not announced is made by the page's thread");
    }

    private static List<Section> Sections()
    {
        var pipeline = MarkdownPipelineFactory.Shared;
        var bag = new DiagnosticBag();
        var sections = Read().Select((example, i) =>
            SectionParser.Parse(new SourceFile($"spec{i}.md", $"---\nid: s{i}\ntitle: S\n---\n" + example.Markdown), "ar", pipeline, bag)!).ToList();
        bag.ToList().Should().BeEmpty();
        sections.Should().HaveCountGreaterThan(3).And.OnlyContain(s => s.Quiz != null);
        return sections;
    }

    /// <summary>Each quiz's form, then every sealed feedback text, rendered with one renderer as the page does.</summary>
    private static List<string> RenderAll(List<Section> sections, List<Section>? ahead)
    {
        var document = new HtmlParser().ParseDocument("");
        var quizzes = new QuizRenderer(document, new MarkdownHtml(MarkdownPipelineFactory.Shared));
        if (ahead is not null)
        {
            quizzes.PrepareAhead(ahead);
        }

        try
        {
            var forms = sections.Select(section => quizzes.Render(section, section.Quiz!).OuterHtml).ToList();
            return [.. forms, .. quizzes.Feedback.Html().SelectMany(q => q.Value.Select(text => $"{q.Key} {text.Key}: {text.Value}"))];
        }
        finally
        {
            quizzes.StopAhead();
        }
    }
}
