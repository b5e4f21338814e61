using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// A section's <c>::: check</c> blocks (docs/blocks.md): each is read like a quiz, then emptied and left in the body as
/// a slot, so that the renderer puts the check's form where the author wrote it, between paragraphs or in a panel.
/// </summary>
internal static class PracticeChecks
{
    public const string ContainerName = "check";

    /// <summary>The class of a check's slot in the body (the HTML allow-list keeps classes): the slots, in page order, are the checks'.</summary>
    public const string SlotClass = "cs-check-slot";

    public static bool IsCheck(CustomContainer container) =>
        string.Equals(container.Info?.Trim(), ContainerName, StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<Quiz> TakeFrom(MarkdownDocument document, string language, TextLocator locator, DiagnosticBag diagnostics)
    {
        var checks = new List<Quiz>();
        foreach (var container in document.Descendants<CustomContainer>().Where(IsCheck).ToList())
        {
            if (!container.OfType<HeadingBlock>().Any())
            {
                diagnostics.Report(DiagnosticCatalog.EmptyCheck, locator.Of(container));
            }

            var check = QuizParser.Parse(container, language, locator, diagnostics, practice: true);
            container.Clear();
            container.GetAttributes().AddClass(SlotClass);
            checks.Add(check);
        }

        return checks;
    }
}
