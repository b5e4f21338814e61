using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Model;

/// <summary>
/// A quiz's pool (<c>::: quiz {draw=5}</c> or <c>draw="LO1:2 LO2.1:1"</c>): each attempt shows <see cref="Count"/>
/// questions of the quiz, drawn anew by the runtime (packaging/runtime/src/quiz/draw.js), balanced over the
/// outcomes; <see cref="Shares"/>, when the author fixed them, say how many questions each outcome gets.
/// </summary>
internal sealed record QuestionDraw(int Count, IReadOnlyList<OutcomeShare> Shares, SourceSpan Location)
{
    /// <summary>The per-outcome form: the counts are the author's, not the balance's.</summary>
    public bool IsPerOutcome => Shares.Count > 0;
}

/// <summary>One outcome's fixed count in <c>draw="LO1:2 ..."</c>: questions that assess it or one below it.</summary>
internal sealed record OutcomeShare(Reference Outcome, int Count);
