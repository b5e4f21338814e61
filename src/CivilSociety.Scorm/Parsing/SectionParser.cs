using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

using SourceSpan = CivilSociety.Scorm.Diagnostics.SourceSpan;

namespace CivilSociety.Scorm.Parsing;

/// <summary>One section file: YAML front matter, Markdown body, and its quiz taken out of the body.</summary>
internal static class SectionParser
{
    private static readonly string[] FrontMatterKeys = ["id", "title", "outcomes", "language", "allow"];

    public static Section? Parse(SourceFile file, string courseLanguage, MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        var locator = new TextLocator(file.Path, file.Text);
        if (HtmlAllowList.NestingDepth(file.Text) is var (depth, tooDeepAt) && depth > HtmlAllowList.MaxNesting)
        {
            diagnostics.Report(DiagnosticCatalog.HtmlNestedTooDeeply, locator.AtOffset(tooDeepAt), depth, HtmlAllowList.MaxNesting);
            return null;
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(file.Text, pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own depth limit: a guard against input that would exhaust the stack, never a real course.
            diagnostics.Report(DiagnosticCatalog.NestedTooDeeply, MarkdownDepth.WhereMarkdigGivesUp(file.Text, pipeline, locator));
            return null;
        }

        if (MarkdownDepth.FirstTooDeep(document) is { } tooDeep)
        {
            diagnostics.Report(DiagnosticCatalog.NestedTooDeeply, locator.Of(tooDeep));
            return null;
        }

        var frontMatter = document.OfType<YamlFrontMatterBlock>().FirstOrDefault();
        if (frontMatter is null)
        {
            var start = new SourceSpan(file.Path, 1, 1);
            var firstLine = file.Text.Split('\n', 2)[0].TrimEnd();
            if (firstLine.Length > 3 && firstLine.All(c => c == '-'))
            {
                // "----": the front matter is opened only by exactly three dashes, so its end is not seen either.
                diagnostics.Add(DiagnosticCatalog.FrontMatterMissing.At(start) with
                {
                    Message = $"the front matter starts with {firstLine.Length} dashes, so it is not read as front matter",
                    Help = "write exactly three dashes, ---, on the first line (and on the line that closes it)",
                });
            }
            else if (file.Text.StartsWith("---", StringComparison.Ordinal))
            {
                diagnostics.Add(DiagnosticCatalog.FrontMatterMissing.At(start) with
                {
                    Message = "the front matter that starts here is not closed",
                    Help = "end it with a line holding only ---, after its title: (and before the section's text)",
                });
            }
            else if (string.IsNullOrWhiteSpace(file.Text))
            {
                // A file created and never saved, or saved by another program than the one it was written in.
                diagnostics.Add(DiagnosticCatalog.FrontMatterMissing.At(start) with
                {
                    Message = "the section file is empty",
                    Help = "write the section in it (---, id:, title:, --- and then its text: see the other sections), or take it out of sections: in course.yml",
                });
            }
            else
            {
                diagnostics.Report(DiagnosticCatalog.FrontMatterMissing, new SourceSpan(file.Path, 1, 1));
            }

            return null;
        }

        document.Remove(frontMatter);
        ReportKeysAfterFrontMatter(document, locator, diagnostics);

        // The YAML starts on the line after the opening ---.
        var map = YamlMap.Parse(frontMatter.Lines.ToString(), file.Path, frontMatter.Line + 1, FrontMatterKeys, diagnostics);
        if (map is null)
        {
            return null;
        }

        var id = map.String("id", required: true) ?? "";
        var title = map.String("title", required: true) ?? "";
        var language = map.String("language", required: false);
        // [LO1، LO2]: the Arabic comma separates outcomes here as it does in a question's outcomes="LO1، LO2".
        var outcomes = map.StringList("outcomes", required: false)
            .SelectMany(o => o.Value.Split('،', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(id => new Reference(id, o.Location)))
            .ToList();
        var allowances = map.StringList("allow", required: false).Select(a => Allowances.One(a.Value, a.Location)).ToList();

        // Collected before the quiz is taken out of the body, so HTML inside a quiz is checked too.
        var rawHtml = document.Descendants()
            .Where(node => node is HtmlBlock or HtmlInline)
            .Select(node => new RawHtml(node is HtmlInline inline ? inline.Tag : locator.SourceOf(node), locator.Of(node)))
            .ToList();
        var links = LinksIn(document, locator);
        UnreadLinks.Report(document, locator, diagnostics);
        CodeFences.ReportUnclosed(document, locator, diagnostics);

        Quiz? quiz = null;
        foreach (var container in document.Descendants<CustomContainer>().Where(IsQuiz).ToList())
        {
            if (quiz is null)
            {
                quiz = QuizParser.Parse(container, language ?? courseLanguage, locator, diagnostics);
            }
            else
            {
                diagnostics.Report(DiagnosticCatalog.SecondQuiz, locator.Of(container));
            }

            container.Parent?.Remove(container);
        }

        var checks = PracticeChecks.TakeFrom(document, language ?? courseLanguage, locator, diagnostics);
        ReportQuizLookalikes(document, locator, diagnostics);
        BlockFences.Check(document, locator, diagnostics);
        return new Section(id, title, language, outcomes, file.Path, document, quiz, map.SpanOfKey("id"))
        {
            RawHtml = rawHtml, Links = links, Allowances = allowances, Checks = checks,
        };
    }

    private static List<LinkReference> LinksIn(MarkdownDocument document, TextLocator locator) =>
        [.. document.Descendants().Select(node => node switch
        {
            LinkInline link => new LinkReference(link.Url ?? "", TargetOf(link, locator), locator.Of(link), link.IsImage,
                link.Descendants<LiteralInline>().Any(literal => !literal.Content.IsEmptyOrWhitespace())),
            AutolinkInline { IsEmail: false } autolink => new LinkReference(autolink.Url, locator.Of(autolink), locator.Of(autolink), false, true),
            _ => null,
        }).OfType<LinkReference>()];

    /// <summary>
    /// Where a link's target is written (for a reference link, in its definition), so that "does not exist" points at
    /// the path rather than at the link's <c>[</c>; the link's start when Markdig kept no place for it.
    /// </summary>
    private static SourceSpan TargetOf(LinkInline link, TextLocator locator) =>
        link.UrlSpan is { IsEmpty: false, Start: >= 0 } span ? locator.AtOffset(span.Start) : locator.Of(link);

    /// <summary>
    /// What is left once the quiz is out: a misspelt quiz fence (::: quizz) or question headings without one would
    /// otherwise build silently into a page that shows the questions with their answers marked.
    /// </summary>
    private static void ReportQuizLookalikes(MarkdownDocument document, TextLocator locator, DiagnosticBag diagnostics)
    {
        var misspelt = new HashSet<CustomContainer>();
        foreach (var container in document.Descendants<CustomContainer>())
        {
            var name = container.Info?.Trim() ?? "";
            if (name.Length > 0 && Suggestions.Closest(name, [QuizParser.ContainerName]) is not null)
            {
                misspelt.Add(container);
                diagnostics.Report(DiagnosticCatalog.QuizFenceMisspelt, locator.Of(container), name);
            }
        }

        // Headings inside a misspelt fence are already explained by it.
        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => !(h.Parent is CustomContainer c && misspelt.Contains(c))))
        {
            if (HeadingAttributes.Parse(locator.LineAt(heading.Line)).Properties.Any(p => p.Key == "outcomes"))
            {
                diagnostics.Report(DiagnosticCatalog.QuestionOutsideQuiz, locator.Of(heading));
            }
        }
    }

    /// <summary>
    /// A front matter closed too early (---, id:, ---, title:, ---) leaves the rest of its keys in the body, where
    /// they would show as a heading: a second YAML document, as the author sees it.
    /// </summary>
    private static void ReportKeysAfterFrontMatter(MarkdownDocument document, TextLocator locator, DiagnosticBag diagnostics)
    {
        var first = document.FirstOrDefault();
        var keys = first is ThematicBreakBlock ? document.Skip(1).FirstOrDefault() : first;
        if (first is null || !(keys is HeadingBlock { IsSetext: true } || (keys is ParagraphBlock && first is ThematicBreakBlock)))
        {
            return;
        }

        // A setext heading's Line is its underline; its text starts at its span.
        var line = locator.LineAt(locator.AtOffset(keys.Span.Start).Line - 1);
        if (line.IndexOf(':') is var colon && colon > 0 && FrontMatterKeys.Contains(line[..colon].Trim()))
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.SecondYamlDocument, locator.AtOffset(first.Span.Start) with { Column = 1 },
                "the front matter ended at the --- above this line: move these keys up into it, before that ---");
        }
    }

    private static bool IsQuiz(CustomContainer container) =>
        string.Equals(container.Info?.Trim(), QuizParser.ContainerName, StringComparison.OrdinalIgnoreCase);
}
