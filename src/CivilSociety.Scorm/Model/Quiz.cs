using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Model;

/// <summary>The end-of-section quiz.</summary>
internal sealed record Quiz(IReadOnlyList<Question> Questions, QuizSettings Settings, SourceSpan Location)
{
    /// <summary>How many of its questions each attempt draws (<c>draw=</c>); null: every question, every attempt.</summary>
    public QuestionDraw? Draw { get; init; }
}
