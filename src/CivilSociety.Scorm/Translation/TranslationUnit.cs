using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Translation;

/// <summary>
/// One text a learner reads, as a translator gets it: a stable id (the same at every export while the course keeps
/// its sections and questions), a note saying where it stands and what it is, and its text with inline codes.
/// </summary>
/// <param name="Range">
/// Where the text stands in its Markdown file, so that a translation is written over it; null for a value of
/// course.yml or of a front matter (a title, an outcome), which is replaced in the course model.
/// </param>
internal sealed record TranslationUnit(string Id, string Note, IReadOnlyList<InlinePiece> Source, SourceSpan Location, TextRange? Range)
{
    public string File => Location.Path;

    /// <summary>The text runs over several lines of its file (a paragraph): a translation may too.</summary>
    public bool IsMultiline { get; init; }

    /// <summary>True for a fill-in question's accepted answer: what a learner of the language types.</summary>
    public bool IsAcceptedAnswer { get; init; }
}

/// <summary>A run of characters of a source file: its offset and length.</summary>
internal readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}
