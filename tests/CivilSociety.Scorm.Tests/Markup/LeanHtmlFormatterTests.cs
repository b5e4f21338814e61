using AngleSharp;
using AngleSharp.Html.Parser;
using CivilSociety.Scorm.Markup;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Markup;

/// <summary>The lean formatter writes the text AngleSharp's own HTML formatter writes, whatever the markup.</summary>
public sealed class LeanHtmlFormatterTests
{
    [Theory]
    [InlineData("<p class=\"a b\" id=x hidden>text &amp; more &lt;tag&gt; &nbsp;end</p>")]
    [InlineData("<a href=\"?a=1&amp;b=&quot;2&quot;\" title=\"&lt;x&gt; and&nbsp;y\">link</a>")]
    [InlineData("<fieldset class=question data-question=q1><legend><span>1.</span> Prompt?</legend><ul class=choices><li class=choice><input type=radio name=s.q1 id=c-a value=a><label for=c-a>One</label><div class=choice-feedback data-feedback-for=a hidden></div></li></ul></fieldset>")]
    [InlineData("<img src=a.png alt=\"\"><br><hr><wbr><input disabled>")]
    [InlineData("<pre>\nfirst line kept</pre><textarea>\nx</textarea><listing>a\nb</listing>")]
    [InlineData("<script>if (a < b && c > d) {}</script><style>p > a { }</style>")]
    [InlineData("<svg viewBox=\"0 0 1 1\"><use xlink:href=\"#icon\"></use><foreignObject></foreignObject></svg>")]
    [InlineData("<math><mi>x</mi></math><custom-tag data-x=1>unknown</custom-tag><template><p>inside</p></template>")]
    [InlineData("<table><tbody><tr><td colspan=2>ما هي <bdi dir=ltr>HTML</bdi>؟</td></tr></tbody></table><!-- a comment -->")]
    public void Writes_what_AngleSharp_writes(string html)
    {
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        var body = document.Body!;

        LeanHtmlFormatter.InnerHtml(body).Should().Be(body.InnerHtml);
        LeanHtmlFormatter.OuterHtml(body).Should().Be(body.OuterHtml);
        document.ToHtml(LeanHtmlFormatter.Instance).Should().Be(document.ToHtml());
    }

    [Fact]
    public void Writes_an_attribute_set_by_the_dom_as_AngleSharp_does()
    {
        var document = new HtmlParser().ParseDocument("");
        var element = document.CreateElement("div");
        element.SetAttribute("data-text", "\"quoted\" & <tagged> \u00a0");
        element.SetAttribute("hidden", "");
        element.SetAttribute("http://www.w3.org/XML/1998/namespace", "xml:lang", "ar");

        LeanHtmlFormatter.OuterHtml(element).Should().Be(element.OuterHtml);
    }
}
