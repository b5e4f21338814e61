using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// The parse stage's look at a section's ::: fences once its quiz is out: each known block is marked for the
/// renderer and checked for its shape (panels start at ### headings, the fence is closed); an unknown name is an
/// error with "did you mean", since it would otherwise build silently into an unstyled box.
/// </summary>
internal static class BlockFences
{
    public static void Check(MarkdownDocument document, TextLocator locator, DiagnosticBag diagnostics)
    {
        foreach (var container in document.Descendants<CustomContainer>().ToList())
        {
            var name = BlockKinds.NameOf(container);
            if (name.Length == 0 || Suggestions.Closest(name, [QuizParser.ContainerName]) is not null || PracticeChecks.IsCheck(container))
            {
                continue;   // an attribute-only fence (::: {.class}) stays a div; a misspelt quiz has SCO2032; a check is a slot
            }

            if (BlockKinds.Of(container) is not { } kind)
            {
                var help = Suggestions.DidYouMean(name, [.. BlockKinds.ByName.Keys, PracticeChecks.ContainerName]) is { } mean
                    ? $"{mean} The blocks are note, tip, warning, important, accordion, tabs, glossary, quiz and check (docs/blocks.md)"
                    : null;
                if (help is null)
                {
                    diagnostics.Report(DiagnosticCatalog.UnknownBlock, locator.Of(container), name);
                }
                else
                {
                    diagnostics.ReportWithHelp(DiagnosticCatalog.UnknownBlock, locator.Of(container), help, name);
                }

                continue;
            }

            // Marked for the renderer (BlockRenderer), with the title the fence may give (::: tip Before you start).
            var attributes = container.GetAttributes();
            attributes.AddClass(BlockKinds.MarkerClass);
            attributes.AddClass(BlockKinds.ClassOf(kind));
            if (container.Arguments?.Trim() is { Length: > 0 } title)
            {
                attributes.AddProperty("title", title);
            }

            if (container.ClosingFencedCharCount == 0 && !CodeFences.HoldsUnclosed(container))
            {
                diagnostics.Report(DiagnosticCatalog.BlockNotClosed, locator.Of(container), name);
            }

            if (kind.HasPanels())
            {
                CheckPanels(container, kind, name, locator, diagnostics);
            }
        }
    }

    private static void CheckPanels(CustomContainer container, BlockKind kind, string name, TextLocator locator, DiagnosticBag diagnostics)
    {
        var first = container.OfType<HeadingBlock>().FirstOrDefault();
        if (first is null)
        {
            diagnostics.Report(DiagnosticCatalog.BlockWithoutPanels, locator.Of(container), name, kind.PanelWord() + "s", kind.PanelWord());
            return;
        }

        if (container.TakeWhile(block => block != first).FirstOrDefault() is { } before)
        {
            diagnostics.Report(DiagnosticCatalog.TextBeforeFirstPanel, locator.Of(before), name, kind.PanelWord());
        }

        if (kind == BlockKind.Glossary)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var heading in container.OfType<HeadingBlock>().Where(h => h.Level == first.Level))
            {
                var term = GlossaryTerms.TextOf(heading);
                if (!seen.Add(GlossaryTerms.Key(term)))
                {
                    diagnostics.Report(DiagnosticCatalog.GlossaryTermTwice, locator.Of(heading), term);
                }
            }
        }
    }
}
