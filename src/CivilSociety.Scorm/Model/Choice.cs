using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Model;

/// <summary>One answer option; its text and feedback are Markdown.</summary>
internal sealed record Choice(char Letter, bool IsCorrect, string Markdown, string? FeedbackMarkdown, SourceSpan Location);
