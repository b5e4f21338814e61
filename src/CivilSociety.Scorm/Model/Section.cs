using Markdig.Syntax;

using SourceSpan = CivilSociety.Scorm.Diagnostics.SourceSpan;

namespace CivilSociety.Scorm.Model;

/// <summary>
/// One section: its front matter, its body as a Markdig syntax tree (the quiz block already taken out),
/// and its quiz. <see cref="SourcePath"/> is relative to the course folder.
/// </summary>
internal sealed record Section(
    string Id,
    string Title,
    string? Language,
    IReadOnlyList<Reference> Outcomes,
    string SourcePath,
    MarkdownDocument Body,
    Quiz? Quiz,
    SourceSpan Location)
{
    /// <summary>Every piece of raw HTML in the file, the quiz's included, for the allow-list check.</summary>
    public IReadOnlyList<RawHtml> RawHtml { get; init; } = [];

    /// <summary>Every link and image in the file, the quiz's included: what the package bundles is checked from these.</summary>
    public IReadOnlyList<LinkReference> Links { get; init; } = [];

    /// <summary>The item-writing warnings about the section itself silenced in its front matter (<c>allow:</c>).</summary>
    public IReadOnlyList<Allowance> Allowances { get; init; } = [];

    /// <summary>
    /// The section's practice checks (<c>::: check</c>, docs/blocks.md), in page order: questions with feedback and
    /// unlimited tries, outside the score, the pass mark, the outcomes' mastery and the question bank.
    /// </summary>
    public IReadOnlyList<Quiz> Checks { get; init; } = [];
}
