using AngleSharp;
using AngleSharp.Browser;
using AngleSharp.Html.Parser;

namespace CivilSociety.Scorm.Markup;

/// <summary>
/// The one way the compiler makes an AngleSharp parser. AngleSharp's default configuration handles a
/// <c>&lt;meta charset&gt;</c> by resolving the named encoding, and the first resolution builds its table of every
/// code page (System.Text.Encoding.CodePages): measured, 12 % of a whole build of the real course. The compiler
/// only parses strings it already holds as UTF-16 (the shell, rendered Markdown, an author's HTML), and always
/// writes UTF-8, so a page's declared encoding changes nothing and is left unresolved.
/// </summary>
internal static class HtmlParsers
{
    private static readonly IConfiguration Configuration = AngleSharp.Configuration.Default.Without<IMetaHandler>();

    public static HtmlParser Create() => Create(new HtmlParserOptions());

    public static HtmlParser Create(HtmlParserOptions options) => new(options, BrowsingContext.New(Configuration));
}
