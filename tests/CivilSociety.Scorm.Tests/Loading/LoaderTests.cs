using System.Text;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Loading;

public sealed class LoaderTests
{
    [Fact]
    public void Reports_SCO1004_for_invalid_utf8_at_its_line_and_column()
    {
        var bytes = Encoding.UTF8.GetBytes(CourseBuilder.SectionOne.ReplaceLineEndings("\n")).ToList();
        var lineSeven = Encoding.UTF8.GetByteCount("---\nid: one\ntitle: Section one\noutcomes: [LO1]\n---\n\n");
        bytes.Insert(lineSeven + 5, 0xFF);
        using var course = new CourseBuilder().WithBytes("sections/one.md", [.. bytes]);

        var result = course.Compile();

        result.Diagnostics.Should().ContainSingle(d => d.Id == "SCO1004")
            .Which.Location.Should().Be(new SourceSpan("sections/one.md", 7, 6));
    }

    [Fact]
    public void Accepts_a_byte_order_mark_and_crlf_line_ends()
    {
        var crlf = CourseBuilder.SectionOne.ReplaceLineEndings("\r\n");
        using var course = new CourseBuilder().WithBytes("sections/one.md", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(crlf)]);

        var result = course.Compile();

        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Accepts_the_lone_cr_line_ends_of_old_mac_editors()
    {
        var cr = CourseBuilder.SectionOne.ReplaceLineEndings("\r");
        using var course = new CourseBuilder().WithBytes("sections/one.md", Encoding.UTF8.GetBytes(cr));

        var result = course.Compile();

        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Reports_SCO1001_for_a_missing_course_folder()
    {
        var result = CourseCompiler.Compile(new CompileOptions("/no/such/folder", "/tmp/x.zip"));

        result.Diagnostics.Should().ContainSingle().Which.Id.Should().Be("SCO1001");
    }
}
