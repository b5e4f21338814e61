using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Questions;

/// <summary>
/// One listed item of a question: a choice (single, multiple), an accepted answer (fill-in) or an item to order
/// (sequencing, listed in the right order). Its text and feedback are Markdown; its letter is its SCORM id (by
/// position); <see cref="ExplicitId"/>, when the author gave one, is its identity across versions of the course
/// (Questions/ChoiceIdentity).
/// </summary>
internal sealed record Choice(char Letter, bool IsCorrect, string Markdown, string? FeedbackMarkdown, SourceSpan Location, string? ExplicitId = null);
