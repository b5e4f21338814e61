using System.IO.Compression;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Validation;

/// <summary>
/// A bundled SVG is as safe as the Markdown: what drawing programs write is bundled byte for byte, what runs code or
/// reaches outside the file is an error located in the SVG. Pages (HTML, XML) are refused where they are linked.
/// </summary>
public sealed class BundledSvgTests
{
    private static readonly string SvgFolder = Path.Combine(Repository.Root, "tests", "CivilSociety.Scorm.Tests", "Validation", "Svg");

    private const string Svg = """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">""";

    private static CourseBuilder CourseShowing(string reference, string fileName, byte[] content) =>
        new CourseBuilder()
            .WithBytes("media/" + fileName, content)
            .With("sections/two.md", CourseBuilder.SectionTwo.Replace("Text about the second thing.", reference, StringComparison.Ordinal));

    [Theory]
    [InlineData("inkscape.svg")]
    [InlineData("illustrator-cs6.svg")]
    [InlineData("illustrator-cc.svg")]
    public void An_ordinary_drawing_from_inkscape_or_illustrator_is_bundled_as_it_is(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(SvgFolder, file));
        using var course = CourseShowing("![The referral pathway](../media/" + file + ")", file, bytes);

        var result = course.Compile();

        result.Diagnostics.Should().BeEmpty();
        using var zip = ZipFile.OpenRead(result.PackagePath!);
        using var entry = new MemoryStream();
        zip.GetEntry("media/" + file)!.Open().CopyTo(entry);
        entry.ToArray().Should().Equal(bytes);
    }

    [Theory]
    [InlineData(Svg + "<script>alert(1)</script></svg>", "SCO3046", 1, 108, "<script>")]
    [InlineData(Svg + "\n<SCRIPT>alert(1)</SCRIPT></svg>", "SCO3046", 2, 2, "<SCRIPT>")]
    [InlineData(Svg + "<html:script xmlns:html=\"http://www.w3.org/1999/xhtml\">alert(1)</html:script></svg>", "SCO3046", 1, 108, "HTML <html:script>")]
    [InlineData(Svg + "<handler type=\"application/ecmascript\">alert(1)</handler></svg>", "SCO3046", 1, 108, "<handler>")]
    [InlineData(Svg + "<foreignObject><iframe xmlns=\"http://www.w3.org/1999/xhtml\" src=\"https://evil.example\"/></foreignObject></svg>", "SCO3046", 1, 108, "<foreignObject>")]
    [InlineData(Svg + "<a href=\"#x\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/></a></svg>", "SCO3046", 1, 121, "attributeName=\"href\"")]
    [InlineData("<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"#x\"?>\n" + Svg + "</svg>", "SCO3046", 2, 3, "<?xml-stylesheet?>")]
    [InlineData(Svg + "<rect onclick=\"alert(1)\"/></svg>", "SCO3041", 1, 113, "onclick on <rect>")]
    [InlineData(Svg + "<a xlink:href=\" java&#09;script:alert(1)\"><rect/></a></svg>", "SCO3039", 1, 110, "script:alert(1)")]
    [InlineData(Svg + "<image href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\"/></svg>", "SCO3039", 1, 114, "data:text/html")]
    [InlineData(Svg + "<image xlink:href=\"https://tracker.example/p.png\"/></svg>", "SCO3047", 1, 114, "https://tracker.example/p.png")]
    [InlineData(Svg + "<use href=\"file:///etc/passwd#x\"/></svg>", "SCO3047", 1, 112, "file:///etc/passwd#x")]
    [InlineData(Svg + "<style>@import \"https://evil.example/a.css\";</style></svg>", "SCO3047", 1, 114, "@import")]
    [InlineData("<!DOCTYPE svg SYSTEM \"file:///etc/passwd\">\n" + Svg + "</svg>", "SCO3048", 1, 1, "DOCTYPE")]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- drawn -->\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\" [<!ENTITY a \"b\">]>\n" + Svg + "</svg>", "SCO3048", 3, 1, "DOCTYPE")]
    [InlineData(Svg + "<rect></svg>", "SCO3049", 1, 115, "not a valid SVG image")]
    public void A_hostile_svg_is_refused_at_its_line_and_column(string svg, string code, int line, int column, string mentions)
    {
        using var course = CourseShowing("![A diagram](../media/diagram.svg)", "diagram.svg", System.Text.Encoding.UTF8.GetBytes(svg));

        var result = course.Compile();

        result.Succeeded.Should().BeFalse();
        var error = result.Diagnostics.Should().ContainSingle(d => d.Severity == DiagnosticSeverity.Error).Subject;
        error.Id.Should().Be(code);
        error.Location.ToString().Should().Be(new SourceSpan("media/diagram.svg", line, column).ToString());
        error.Message.Should().Contain(mentions);
    }

    [Theory]
    [InlineData("<img src=\"../media/diagram.svg\" alt=\"A diagram\">")]
    [InlineData("[Open the diagram](../media/diagram.svg)")]
    public void An_svg_is_checked_however_it_is_used(string reference)
    {
        using var course = CourseShowing(reference, "diagram.svg", System.Text.Encoding.UTF8.GetBytes(Svg + "<script>alert(1)</script></svg>"));

        course.Compile().Diagnostics.Should().ContainSingle(d => d.Id == "SCO3046").Which.Location.Path.Should().Be("media/diagram.svg");
    }

    [Fact]
    public void An_svg_in_a_quiz_choice_is_checked()
    {
        using var course = new CourseBuilder()
            .WithBytes("media/diagram.svg", System.Text.Encoding.UTF8.GetBytes(Svg + "<script>alert(1)</script></svg>"))
            .With("sections/one.md", CourseBuilder.SectionOne.Replace("- [ ] The second", "- [ ] The second ![A diagram](../media/diagram.svg)", StringComparison.Ordinal));

        course.Compile().Diagnostics.Should().ContainSingle(d => d.Id == "SCO3046");
    }

    [Fact]
    public void An_svg_referenced_twice_is_reported_once()
    {
        using var course = CourseShowing("![A](../media/diagram.svg) and ![B](../media/diagram.svg)", "diagram.svg",
            System.Text.Encoding.UTF8.GetBytes(Svg + "<script>alert(1)</script></svg>"));

        course.Compile().Diagnostics.Should().ContainSingle(d => d.Id == "SCO3046");
    }

    [Theory]
    [InlineData("handout.html")]
    [InlineData("handout.XHTML")]
    [InlineData("data.xml")]
    public void A_page_is_refused_where_it_is_linked_from_markdown_or_raw_html(string file)
    {
        var line = $"See [it](../media/{file}) or <a href=\"../media/{file}\">this</a>.";
        using var course = CourseShowing(line, file, "<p>hi</p>"u8.ToArray());

        var errors = course.Compile().Diagnostics.Where(d => d.Id == "SCO3050").ToList();

        string.Join(" ", errors.Select(e => e.Location)).Should().Be($"sections/two.md(7,{line.IndexOf("../media", StringComparison.Ordinal) + 1}) sections/two.md(7,{line.IndexOf("<a", StringComparison.Ordinal) + 1})");
    }
}
