using CivilSociety.Scorm.Markup;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.PackageValidation;

/// <summary>Which hrefs of a manifest validate leaves alone (on the web) and which it looks for in the zip (LinkTarget, shared with the course checks).</summary>
public sealed class ManifestHrefTests
{
    [Theory]
    [InlineData("http://example.org/a.js")]
    [InlineData("https://cdn.example/a b.png")]
    [InlineData("HTTPS://EXAMPLE.ORG/")]
    [InlineData("ftp://example.org/a.pdf")]
    [InlineData("urn:isbn:0451450523")]
    public void An_absolute_url_on_the_web_is_remote(string href)
    {
        LinkTarget.Classify(href).Should().Be(LinkKind.Remote);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("a/b.html?x#y")]
    [InlineData("")]
    [InlineData("#top")]
    [InlineData("/abs/index.html")]
    [InlineData("//cdn.example/a.js")]
    [InlineData("\\share\\a.html")]
    [InlineData("C:/course/index.html")]
    [InlineData("file:///course/index.html")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("tel:+15550100")]
    [InlineData("data:image/png;base64,AA")]
    [InlineData("javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData(" data:text/html,x")]
    public void Anything_else_is_looked_for_in_the_zip(string href)
    {
        LinkTarget.Classify(href).Should().NotBe(LinkKind.Remote);
    }

    [Theory]
    [InlineData("a/b.html?x=1#top", "a/b.html")]
    [InlineData("a/b.html#top", "a/b.html")]
    [InlineData("a/b.html", "a/b.html")]
    public void The_path_drops_query_and_fragment(string href, string path)
    {
        LinkTarget.PathOf(href).Should().Be(path);
    }
}
