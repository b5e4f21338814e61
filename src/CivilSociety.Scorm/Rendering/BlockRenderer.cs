using AngleSharp.Dom;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// Turns a rendered section's ::: blocks (Markdig's marked divs, see Parsing/BlockFences.cs) into the player's
/// accessible structures, with native HTML and CSS only (packaging/runtime/blocks.css, in the player's sheet), no script:
/// a callout is a labelled note; an accordion is one &lt;details&gt; per ### panel; tabs are a radio group (arrows
/// move between tabs, as in any radio group) that shows one panel; a glossary is a definition list. Runs on the
/// section's DOM after the allow-list, so the ARIA and form attributes it writes are the player's own.
/// </summary>
internal sealed class BlockRenderer(IDocument document, string courseLanguage)
{
    private int _count;

    /// <summary>Rebuilds every marked block of <paramref name="section"/>, its ids prefixed with <paramref name="idPrefix"/>.</summary>
    public void Apply(IElement section, string idPrefix, string? sectionLanguage)
    {
        var language = sectionLanguage ?? courseLanguage;

        // A code sample wider than a phone scrolls sideways: focusable, so that a keyboard can scroll it too (WCAG
        // 2.1.1; axe's scrollable-region-focusable), as the tables' scroll regions are.
        foreach (var code in section.QuerySelectorAll("pre"))
        {
            code.SetAttribute("tabindex", "0");
        }
        // Innermost first, so a block inside a tab is built before the tab's panel moves it.
        foreach (var block in section.QuerySelectorAll("div." + BlockKinds.MarkerClass).Reverse().ToList())
        {
            var kind = BlockKinds.ByName.Values.FirstOrDefault(k => block.ClassList.Contains(BlockKinds.ClassOf(k)));
            var title = block.GetAttribute("title");
            block.RemoveAttribute("title");
            var id = $"{idPrefix}block-{++_count}";
            var built = kind switch
            {
                BlockKind.Accordion => Accordion(block),
                BlockKind.Tabs => Tabs(block, id, title ?? BlockLabels.For(language, "tabs")),
                BlockKind.Glossary => Glossary(block, idPrefix),
                _ => Callout(block, kind, id, title, language),
            };
            block.Parent!.ReplaceChild(built, block);
        }
    }

    /// <summary>
    /// Turns every glossary link of the page ([words](glossary:term)) into a button that shows the term's definition
    /// in a popover (native: Escape or a click elsewhere closes it, the button tells whether it is open); run once
    /// every section is rendered, since the glossary may come after the text that uses it.
    /// </summary>
    /// <param name="feedbackAt">The feedback kept out of the page for one of its places: its terms are linked (and their
    /// popovers numbered) as if it were in the page, where the runtime will show it.</param>
    public void LinkTerms(IElement page, Func<IElement, IElement?> feedbackAt)
    {
        var (entries, links) = GlossaryAndTermLinks(page, feedbackAt);
        var definitions = new Dictionary<string, (string Term, string Definition)>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var term = entry.QuerySelector("dt")?.TextContent.Trim() ?? "";
            var definition = string.Join(' ', (entry.QuerySelector("dd")?.TextContent ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            definitions.TryAdd(GlossaryTerms.Key(term), (term, definition));
        }

        var index = 0;
        foreach (var link in links)
        {
            var key = GlossaryTerms.Key(GlossaryTerms.TermOfLink(link.GetAttribute("href")!, link.TextContent));
            if (!definitions.TryGetValue(key, out var found))
            {
                // SCO3081 stops the build; kept as its words if a check were skipped.
                link.Parent!.ReplaceChild(document.CreateTextNode(link.TextContent), link);
                continue;
            }

            var id = $"glossary-popover-{++index}";
            var button = Element("button", "term");
            button.SetAttribute("type", "button");
            button.SetAttribute("popovertarget", id);
            MoveChildren(link, button);
            var popover = Element("span", "term-popover");
            popover.Id = id;
            popover.SetAttribute("popover", "");
            var name = popover.AppendChild(Element("span", "term-popover-name")) as IElement;
            name!.TextContent = found.Term;
            popover.AppendChild(document.CreateTextNode(" " + found.Definition));
            link.Parent!.InsertBefore(popover, link.NextSibling);
            link.Parent!.ReplaceChild(button, link);
        }
    }

    /// <summary>
    /// Whether <paramref name="part"/> of the page (or a feedback at one of its places) links a glossary term or
    /// defines one: <see cref="LinkTerms"/> changes it, or reads it for other parts.
    /// </summary>
    public static bool TakesPartInGlossary(IElement part, Func<IElement, IElement?> feedbackAt)
    {
        var (entries, links) = GlossaryAndTermLinks(part, feedbackAt);
        return entries.Count > 0 || links.Count > 0;
    }

    /// <summary>
    /// In one walk over the page: the glossaries' entries (as the selector <c>dl.glossary &gt; .glossary-entry</c>), and
    /// the glossary links in the page's order, a feedback's at its place: the order the learner meets them in.
    /// </summary>
    private static (List<IElement> Entries, List<IElement> Links) GlossaryAndTermLinks(IElement page, Func<IElement, IElement?> feedbackAt)
    {
        var entries = new List<IElement>();
        var links = new List<IElement>();
        foreach (var element in page.Descendants<IElement>())
        {
            if (element.ParentElement is { LocalName: "dl" } list && element.ClassList.Contains("glossary-entry") && list.ClassList.Contains("glossary"))
            {
                entries.Add(element);
            }

            AddIfTermLink(element);
            if (feedbackAt(element) is { } feedback)
            {
                foreach (var inner in feedback.Descendants<IElement>())
                {
                    AddIfTermLink(inner);
                }
            }
        }

        return (entries, links);

        // As the selector a[href], without parsing it again for each of the page's elements.
        void AddIfTermLink(IElement element)
        {
            if (element.LocalName == "a" && element.GetAttribute("href") is { } href && GlossaryTerms.IsTermLink(href))
            {
                links.Add(element);
            }
        }
    }

    /// <summary>A note the learner's screen reader names by its visible label ("Tip", or the fence's own title).</summary>
    private IElement Callout(IElement block, BlockKind kind, string id, string? title, string language)
    {
        var name = kind.ToString().ToLowerInvariant();
        var callout = Element("div", $"callout callout-{name}");
        callout.SetAttribute("role", "note");
        callout.SetAttribute("aria-labelledby", id);
        var label = callout.AppendChild(Element("p", "callout-label")) as IElement;
        label!.Id = id;
        var word = BlockLabels.For(language, name);
        label.TextContent = title is null ? word : $"{word}: {title}";
        MoveChildren(block, callout);
        return callout;
    }

    private IElement Accordion(IElement block)
    {
        var accordion = Element("div", "accordion");
        foreach (var (heading, body) in Panels(block))
        {
            var panel = accordion.AppendChild(Element("details", "accordion-panel")) as IElement;
            var summary = panel!.AppendChild(Element("summary", "accordion-summary")) as IElement;
            // The heading stays a heading (the outline a screen reader lists), inside the summary that opens it.
            summary!.AppendChild(heading);
            var content = panel.AppendChild(Element("div", "accordion-body")) as IElement;
            foreach (var node in body)
            {
                content!.AppendChild(node);
            }
        }

        return accordion;
    }

    /// <summary>
    /// Radio buttons and their labels, then the panels: the checked radio's panel shows (CSS :has), the others hide;
    /// without :has every panel shows, one under the other, which loses nothing.
    /// </summary>
    private IElement Tabs(IElement block, string id, string label)
    {
        var tabs = Element("div", "tabs");
        var list = tabs.AppendChild(Element("div", "tabs-list")) as IElement;
        list!.SetAttribute("role", "radiogroup");
        list.SetAttribute("aria-label", label);
        var index = 0;
        foreach (var (heading, body) in Panels(block))
        {
            index++;
            var radio = list.AppendChild(Element("input", "tabs-radio")) as IElement;
            radio!.SetAttribute("type", "radio");
            radio.SetAttribute("name", id);
            radio.Id = $"{id}-{index}";
            if (index == 1)
            {
                radio.SetAttribute("checked", "");
            }

            var tabLabel = list.AppendChild(Element("label", "tabs-label")) as IElement;
            tabLabel!.SetAttribute("for", radio.Id);
            tabLabel.Id = $"{id}-{index}-label";
            MoveChildren(heading, tabLabel);

            var panel = tabs.AppendChild(Element("div", $"tabs-panel tabs-panel-{index}")) as IElement;
            panel!.SetAttribute("role", "group");
            panel.SetAttribute("aria-labelledby", tabLabel.Id);
            foreach (var node in body)
            {
                panel.AppendChild(node);
            }
        }

        return tabs;
    }

    private IElement Glossary(IElement block, string idPrefix)
    {
        var list = Element("dl", "glossary");
        foreach (var (heading, body) in Panels(block))
        {
            var entry = list.AppendChild(Element("div", "glossary-entry")) as IElement;
            var term = entry!.AppendChild(Element("dt", "glossary-term")) as IElement;
            term!.Id = idPrefix + "term-" + GlossaryTerms.Key(heading.TextContent);
            MoveChildren(heading, term);
            var definition = entry.AppendChild(Element("dd", "glossary-definition")) as IElement;
            foreach (var node in body)
            {
                definition!.AppendChild(node);
            }
        }

        return list;
    }

    /// <summary>The block's children split at its headings of the first heading's level (the fence's ### lines).</summary>
    private static List<(IElement Heading, List<INode> Body)> Panels(IElement block)
    {
        var level = block.Children.FirstOrDefault(IsHeading)?.LocalName;
        var panels = new List<(IElement, List<INode>)>();
        foreach (var node in block.ChildNodes.ToList())
        {
            if (node is IElement element && element.LocalName == level)
            {
                panels.Add((element, []));
            }
            else if (panels.Count > 0)
            {
                panels[^1].Item2.Add(node);
            }
        }

        return panels;
    }

    private static bool IsHeading(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    private static void MoveChildren(IElement from, IElement to)
    {
        foreach (var node in from.ChildNodes.ToList())
        {
            to.AppendChild(node);
        }
    }

    private IElement Element(string name, string className)
    {
        var element = document.CreateElement(name);
        element.ClassName = className;
        return element;
    }
}
