using AngleSharp.Html.Parser;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Rendering;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Rendering;

/// <summary>Runs of the other direction are isolated at build time, so the bidi algorithm cannot scramble them.</summary>
public sealed class BidiIsolationTests
{
    [Theory]
    [InlineData("<p>يعمل مكتب UNODC مع الجامعات.</p>", """<p>يعمل مكتب <span dir="ltr">UNODC</span> مع الجامعات.</p>""")]
    [InlineData("<p>سلسلة (E4J) للتعليم</p>", """<p>سلسلة (<span dir="ltr">E4J</span>) للتعليم</p>""")]
    [InlineData("<p>مبادرة Education for Justice، وهي</p>", """<p>مبادرة <span dir="ltr">Education for Justice</span>، وهي</p>""")]
    [InlineData("<p>انظر https://www.unodc.org/e4j/ar/index.html.</p>", """<p>انظر <span dir="ltr">https://www.unodc.org/e4j/ar/index.html</span>.</p>""")]
    [InlineData("<p>من 10–20 في المائة</p>", """<p>من <span dir="ltr">10–20</span> في المائة</p>""")]
    [InlineData("<p>الهاتف +41 22 917 1234 للمكتب</p>", """<p>الهاتف <span dir="ltr">+41 22 917 1234</span> للمكتب</p>""")]
    [InlineData("<p>في عام 2020 وحده، بنسبة 70%.</p>", "<p>في عام 2020 وحده، بنسبة 70%.</p>")]
    [InlineData("<p>النص <code>x = 1</code> و<a href='#'>COVID-19</a></p>", """<p>النص <code>x = 1</code> و<a href="#"><span dir="ltr">COVID-19</span></a></p>""")]
    public void Left_to_right_runs_in_arabic_text_are_isolated(string html, string expected)
    {
        Isolated(html, TextDirection.RightToLeft).Should().Be(expected);
    }

    [Theory]
    [InlineData("<p>The term المجتمع المدني means civil society.</p>", """<p>The term <span dir="rtl">المجتمع المدني</span> means civil society.</p>""")]
    [InlineData("<p>Plain English, 10–20 percent.</p>", "<p>Plain English, 10–20 percent.</p>")]
    [InlineData("""<p>Quote: <span dir="rtl" lang="ar">مرحبا UN</span></p>""", """<p>Quote: <span dir="rtl" lang="ar">مرحبا <span dir="ltr">UN</span></span></p>""")]
    public void Right_to_left_runs_in_left_to_right_text_are_isolated_and_dir_sets_the_direction_inside(string html, string expected)
    {
        Isolated(html, TextDirection.LeftToRight).Should().Be(expected);
    }

    [Fact]
    public void Options_and_scripts_are_left_alone()
    {
        Isolated("<select><option>UNODC</option></select><script>var a = 'UNODC';</script>", TextDirection.RightToLeft)
            .Should().Be("<select><option>UNODC</option></select><script>var a = 'UNODC';</script>");
    }

    [Fact]
    public void The_launch_page_of_an_arabic_course_isolates_latin_terms_in_sections_and_titles()
    {
        using var course = new CourseBuilder()
            .With("course.yml", CourseBuilder.ValidCourseYml.Replace("language: en", "language: ar"))
            .With("sections/two.md", CourseBuilder.SectionTwo
                .Replace("title: Section two", "title: مقدمة إلى E4J", StringComparison.Ordinal)
                .Replace("Text about the second thing.", "يعمل مكتب UNODC مع الجامعات.", StringComparison.Ordinal));
        using var package = new BuiltPackage(course.Directory);
        var page = package.LaunchPage();

        page.QuerySelector("#s-two")!.InnerHtml.Should().Contain("""مكتب <span dir="ltr">UNODC</span> مع""");
        // The title, then the contents' hidden "(seen)" marker.
        page.QuerySelector("a[data-section=two]")!.InnerHtml.Should().StartWith("""مقدمة إلى <span dir="ltr">E4J</span><span class="visually-hidden" data-string="seen" hidden="">""");
        page.QuerySelector("script#course-data")!.TextContent.Should().NotContain("<span", "the course data is not touched");
    }

    [Fact]
    public void A_section_in_another_language_has_its_contents_link_in_that_language_too()
    {
        using var course = new CourseBuilder().With("sections/two.md", CourseBuilder.SectionTwo
            .Replace("id: two", "id: two\nlanguage: ar", StringComparison.Ordinal)
            .Replace("title: Section two", "title: القسم الثاني", StringComparison.Ordinal));
        using var package = new BuiltPackage(course.Directory);

        var link = package.LaunchPage().QuerySelector("a[data-section=two]")!;
        link.GetAttribute("lang").Should().Be("ar");
        link.GetAttribute("dir").Should().Be("rtl");
        link.FirstChild!.TextContent.Should().Be("القسم الثاني", "a title in its own direction needs no isolation inside");
        link.ChildNodes.Should().HaveCount(2, "the title as one text, then the hidden \"(seen)\" marker");
    }

    private static string Isolated(string html, TextDirection direction)
    {
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        BidiIsolation.Apply(document.Body!, direction);
        return document.Body!.InnerHtml;
    }
}
