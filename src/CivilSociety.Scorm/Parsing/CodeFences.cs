using CivilSociety.Scorm.Diagnostics;
using Markdig.Syntax;

namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// A code block opened with ``` and never closed takes the rest of the file as code: the text, the headings and a
/// quiz after it would show as code, silently. Said once, at the fence that opens it.
/// </summary>
internal static class CodeFences
{
    public static void ReportUnclosed(MarkdownDocument document, TextLocator locator, DiagnosticBag diagnostics)
    {
        foreach (var code in document.Descendants<FencedCodeBlock>().Where(IsUnclosed))
        {
            var fence = new string(code.FencedChar, code.OpeningFencedCharCount);
            var swallowed = code.Lines.Lines.Take(code.Lines.Count).Select(l => l.Slice.ToString().TrimStart())
                .FirstOrDefault(l => l.StartsWith(":::", StringComparison.Ordinal) || l.StartsWith('#'));
            diagnostics.ReportWithHelp(DiagnosticCatalog.CodeFenceNotClosed, locator.Of(code),
                swallowed is null
                    ? $"end the code block with a line holding only {fence}"
                    : $"end the code block with a line holding only {fence}; as it is, '{Shorten(swallowed)}' and everything after it is shown as code",
                fence);
        }
    }

    /// <summary>Whether a quiz or a block holds a code block that never closes: its own closing ::: is then inside the code.</summary>
    public static bool HoldsUnclosed(ContainerBlock container) => container.Descendants<FencedCodeBlock>().Any(IsUnclosed);

    private static bool IsUnclosed(FencedCodeBlock code) => code.ClosingFencedCharCount == 0;

    private static string Shorten(string line) => line.Length <= 40 ? line : line[..40] + "…";
}
