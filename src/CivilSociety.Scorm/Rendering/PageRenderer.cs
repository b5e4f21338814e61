using System.Text.Json;
using AngleSharp.Dom;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Xapi;

namespace CivilSociety.Scorm.Rendering;

/// <summary>Fills the shell (packaging/runtime/index.html) with the course: the launch page of the package.</summary>
internal sealed class PageRenderer(MarkdownHtml markdown, LinkRewriter links)
{
    /// <summary>
    /// Escapes what could end the script element (&lt;, &gt;, &amp;, quotes) but keeps Arabic and every other
    /// script literal, so the page stays small and readable. The encoder goes on the writer, not on the serializer's
    /// options: with the context's own options the generated serialization code runs, without per-property metadata.
    /// </summary>
    private static readonly JsonWriterOptions DataJson = new() { Encoder = LiteralJsonEncoder.Instance };

    /// <param name="sectionsRendered">
    /// Called after each section (its quiz included) is rendered, with how many are, in course order (the item-writing
    /// check may start on those).
    /// </param>
    /// <param name="quizzesRendered">Called once every section and quiz is rendered (the item-writing check starts then).</param>
    /// <param name="shell">The shell, parsed already (<see cref="PageShell"/>); null: parsed here.</param>
    /// <returns>The page, as UTF-8, and the script file of the sections kept out of it (null: none).</returns>
    public (byte[] Page, byte[]? Sections) Render(Course course, IReadOnlyDictionary<string, string> strings, XapiActivities? activities, ISet<string> usedFiles, PackageTarget target, Action? quizzesRendered = null, Action<int>? sectionsRendered = null, IDocument? shell = null)
    {
        var xapi = activities?.Build();
        var document = shell ?? PageShell.Parse();
        var root = document.DocumentElement;
        root.SetAttribute("lang", course.Language);
        root.SetAttribute("dir", course.Direction == TextDirection.RightToLeft ? "rtl" : "ltr");
        document.Title = course.Title;
        foreach (var slot in Slots(document, RuntimeContract.Slots.CourseTitle))
        {
            slot.TextContent = course.Title;
        }

        foreach (var toc in Slots(document, RuntimeContract.Slots.Toc))
        {
            FillTableOfContents(document, toc, course);
        }

        var quizzes = new QuizRenderer(document, markdown);
        var designer = (new BlockRenderer(document, course.Language), new MediaRenderer(document, course.Language, links.Exists));
        var deferred = new DeferredSections();
        var rendered = 0;
        foreach (var container in Slots(document, RuntimeContract.Slots.Sections))
        {
            quizzes.PrepareAhead(course.Sections);
            try
            {
                foreach (var section in course.Sections)
                {
                    var first = container.FirstElementChild is null;
                    var element = container.AppendElement(RenderSection(document, section, quizzes, designer, usedFiles, first));
                    if (!first)
                    {
                        KeepOutIfFinished(document, element, section, course.Direction, strings, quizzes.Feedback, deferred);
                    }

                    sectionsRendered?.Invoke(++rendered);
                }
            }
            finally
            {
                quizzes.StopAhead();
            }

            designer.Item1.LinkTerms(container, quizzes.Feedback.At);
        }

        quizzesRendered?.Invoke();

        BrandingRenderer.Apply(document, course, links, usedFiles);
        EndingRenderer.Apply(document, course, markdown, links, usedFiles);
        EndingRenderer.CompleteContents(document);

        FillStrings(document, strings);

        // Last, over everything the learner reads (titles, contents, sections, quizzes, interface texts).
        BidiIsolation.Apply(document.Body!, course.Direction);
        quizzes.Feedback.IsolateBidi(course.Direction);
        var feedback = quizzes.Feedback.Html();
        // The course data (every answer key, sealed) is worked out on the thread pool while the kept-out sections are
        // written here. It reads the course, the feedback's HTML (finished above), the xAPI activities and the
        // renderer: this thread uses neither renderer nor activities again until it has the data (EnableXapi and
        // Apply's sections touch only the page), so they are never used by two threads at once.
        var data = document.GetElementById(RuntimeContract.Ids.CourseData);
        var xapiJson = xapi is null || data is null ? null : JsonSerializer.SerializeToNode(xapi, XapiJson.Readable.XapiPackageData);
        var courseData = data is null
            ? Task.FromResult<CourseData?>(null)
            : Task.Run<CourseData?>(() => CourseDataBuilder.Build(course, strings, markdown, xapiJson, activities, feedback, target));
        if (xapi is not null)
        {
            EnableXapi(document, xapi, cmi5: target == PackageTarget.Cmi5);
        }

        var (sections, pageData) = deferred.Apply(document, () => courseData.GetAwaiter().GetResult());
        // The course data goes into its script element as the page is written, straight to UTF-8.
        return (PageWriter.Write(document, data, pageData!, RenderingJsonContext.Default.CourseData, DataJson), sections);
    }

    /// <summary>
    /// Loads the statement sender before the player (or, in a cmi5 package, the cmi5 player, which holds both), and
    /// lets the page reach the LRS (and only it).
    /// </summary>
    private static void EnableXapi(IDocument document, XapiPackageData xapi, bool cmi5)
    {
        if (document.QuerySelector($"script[src='{RuntimeContract.Files.Player}']") is { } cmi5Player && cmi5)
        {
            cmi5Player.SetAttribute("src", RuntimeContract.Files.PlayerCmi5);
        }
        else if (document.QuerySelector($"script[src='{RuntimeContract.Files.Player}']") is { } player)
        {
            var sender = document.CreateElement("script");
            sender.SetAttribute("src", RuntimeContract.Files.Xapi);
            sender.SetAttribute("defer", "");
            player.Parent!.InsertBefore(sender, player);
        }

        // The configured LRS, and any https LRS, since a launch parameter may name another endpoint (and an https
        // LMS cannot reach an http one anyway). Only the package's own scripts can connect (script-src 'self'), so
        // "https:" here opens nothing to injected content; an http LRS must be the one built in.
        if (document.QuerySelector("meta[http-equiv='Content-Security-Policy']") is { } policy)
        {
            var allowed = xapi.Endpoint is { } endpoint && new Uri(endpoint) is { Scheme: "http" } built
                ? built.GetLeftPart(UriPartial.Authority) + " https:"
                : "https:";
            policy.SetAttribute("content", policy.GetAttribute("content")!.Replace("connect-src 'self'", $"connect-src 'self' {allowed}", StringComparison.Ordinal));
        }
    }

    private IElement RenderSection(IDocument document, Section section, QuizRenderer quizzes, (BlockRenderer Blocks, MediaRenderer Media) designer, ISet<string> usedFiles, bool first)
    {
        var element = document.CreateElement("section");
        element.ClassName = RuntimeContract.Classes.Section;
        element.Id = PageIds.Section(section.Id);
        element.SetAttribute(RuntimeContract.Attributes.Section, section.Id);
        element.SetAttribute("aria-labelledby", PageIds.SectionHeading(section.Id));
        element.SetAttribute("hidden", "");
        if (section.Language is { } language)
        {
            PageMarkup.MarkLanguage(element, language);
        }

        markdown.RenderInto(element, section.Body);
        LinkRewriter.ScopeIds(element, section.Id + "--");
        designer.Blocks.Apply(element, section.Id + "--", section.Language);
        designer.Media.Apply(element, section);
        WrapTables(document, element);
        // Pictures load lazily, except the first section's, which a first launch shows at once: a lazy picture in the
        // launch page has Chromium lay the render-blocked page out for its observer, often before player.css applies,
        // with the browser's default styles, work thrown away (docs/benchmarks.md, sixth session).
        if (!first)
        {
            foreach (var image in element.QuerySelectorAll("img"))
            {
                image.SetAttribute("loading", "lazy");
            }
        }

        var heading = document.CreateElement("h2");
        heading.ClassName = RuntimeContract.Classes.SectionTitle;
        heading.Id = PageIds.SectionHeading(section.Id);
        heading.SetAttribute("tabindex", "-1");
        heading.TextContent = section.Title;
        element.Prepend(heading);
        CheckRenderer.FillSlots(element, section, quizzes);

        if (section.Quiz is { } quiz)
        {
            DetachedNodes.Append(element, quizzes.Render(section, quiz));   // the section is not in the page yet
        }

        links.RewriteUrls(element, section.SourcePath, usedFiles);
        foreach (var feedback in quizzes.Feedback.Of(section))
        {
            links.RewriteUrls(feedback, section.SourcePath, usedFiles);
        }

        return element;
    }

    /// <summary>
    /// Finishes a section after the first as the page is finished below (its interface strings, then bidi isolation;
    /// its feedback texts too) and keeps it out of the page at once (<see cref="DeferredSections"/>), so that its nodes
    /// can go while the next sections are rendered: kept to the end, the nodes of every section outlived collection
    /// after collection, and moving them was most of the collector's work. Not a section that links or defines a
    /// glossary term: the glossary is worked out over the whole page once it is rendered (a definition may come after
    /// its use).
    /// </summary>
    private static void KeepOutIfFinished(IDocument document, IElement element, Section section, TextDirection direction, IReadOnlyDictionary<string, string> strings, SealedFeedback feedback, DeferredSections deferred)
    {
        if (BlockRenderer.TakesPartInGlossary(element, feedback.At))
        {
            return;
        }

        FillStrings(element, strings);
        BidiIsolation.ApplyWithin(document.Body!, direction, element);
        feedback.Finish(section, direction);
        deferred.KeepOut(element);
    }

    private static void FillTableOfContents(IDocument document, IElement list, Course course)
    {
        foreach (var section in course.Sections)
        {
            var anchor = document.CreateElement("a");
            anchor.SetAttribute("href", "#" + PageIds.Section(section.Id));
            anchor.SetAttribute(RuntimeContract.Attributes.Section, section.Id);
            anchor.TextContent = section.Title;
            if (section.Language is { } language)
            {
                PageMarkup.MarkLanguage(anchor, language);   // the title is in the section's language
            }

            list.AppendElement(document.CreateElement("li")).AppendChild(anchor);
        }
    }

    /// <summary>Wide tables scroll inside a focusable region instead of widening the page on a phone.</summary>
    private static void WrapTables(IDocument document, IElement container)
    {
        foreach (var table in container.QuerySelectorAll("table").ToList())
        {
            var wrapper = document.CreateElement("div");
            wrapper.ClassName = "table-scroll";
            wrapper.SetAttribute("tabindex", "0");
            wrapper.SetAttribute("role", "region");
            wrapper.SetAttribute("aria-label", table.QuerySelector("caption")?.TextContent ?? table.QuerySelector("th")?.TextContent ?? "table");
            table.Parent!.ReplaceChild(wrapper, table);
            wrapper.AppendChild(table);
        }
    }

    private static void FillStrings(IParentNode root, IReadOnlyDictionary<string, string> strings)
    {
        foreach (var element in root.QuerySelectorAll($"[{RuntimeContract.Attributes.String}]"))
        {
            if (strings.TryGetValue(element.GetAttribute(RuntimeContract.Attributes.String)!, out var text))
            {
                element.TextContent = text;
            }
        }

        foreach (var element in root.QuerySelectorAll($"[{RuntimeContract.Attributes.StringAriaLabel}]"))
        {
            if (strings.TryGetValue(element.GetAttribute(RuntimeContract.Attributes.StringAriaLabel)!, out var text))
            {
                // "{item}": the text of the item the control belongs to (a sequence's "Move up: …"), so that no two
                // buttons of a list share one name. Looked for only then: the contents' and the pager's parent is the
                // whole page.
                var item = text.Contains("{item}", StringComparison.Ordinal)
                    ? element.ParentElement?.QuerySelector("." + RuntimeContract.Classes.SequenceText)?.TextContent
                    : null;
                element.SetAttribute("aria-label", item is null ? text : text.Replace("{item}", string.Join(' ', item.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal));
            }
        }
    }

    private static IEnumerable<IElement> Slots(IDocument document, string name) =>
        document.QuerySelectorAll($"[{RuntimeContract.Attributes.Slot}='{name}']");
}
