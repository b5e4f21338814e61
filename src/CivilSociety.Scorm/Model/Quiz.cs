using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Model;

/// <summary>The end-of-section quiz.</summary>
internal sealed record Quiz(IReadOnlyList<Question> Questions, QuizSettings Settings, SourceSpan Location);
