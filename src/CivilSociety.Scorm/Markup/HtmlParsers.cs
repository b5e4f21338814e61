using AngleSharp;
using AngleSharp.Browser;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace CivilSociety.Scorm.Markup;

/// <summary>
/// The one way the compiler makes an AngleSharp parser, and fills an element with parsed HTML. AngleSharp's table of
/// every text encoding (its TextEncoding class, which loads each code page of System.Text.Encoding.CodePages) is
/// built the first time a <c>&lt;meta charset&gt;</c> is handled or an element's InnerHtml is set: measured, 12 % of
/// a whole build of the real course. The compiler only parses strings it already holds as UTF-16 (the shell,
/// rendered Markdown, an author's HTML) and always writes UTF-8, so it needs no encoding: its parsers leave a
/// page's declared encoding alone, and <see cref="SetInnerHtml"/> parses without the InnerHtml setter.
/// </summary>
internal static class HtmlParsers
{
    private static readonly IConfiguration Configuration = AngleSharp.Configuration.Default.Without<IMetaHandler>();

    public static HtmlParser Create() => Create(new HtmlParserOptions());

    public static HtmlParser Create(HtmlParserOptions options) => new(options, BrowsingContext.New(Configuration));

    /// <summary>As <c>element.InnerHtml = html</c>: the HTML parsed in the element's context, in place of its children.</summary>
    public static void SetInnerHtml(this HtmlParser parser, IElement element, string html)
    {
        while (element.FirstChild is { } child)
        {
            element.RemoveChild(child);
        }

        var document = element.Owner!;
        foreach (var node in parser.ParseFragment(html, element).ToList())
        {
            document.Adopt(node);
            element.AppendChild(node);
        }
    }
}
