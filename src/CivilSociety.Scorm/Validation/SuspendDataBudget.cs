using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Questions;

namespace CivilSociety.Scorm.Validation;

/// <summary>
/// The longest cmi.suspend_data the runtime can write for a course: the compact saved state of
/// docs/runtime-contract.md ("The saved state"), every field at its widest. A course that could overflow its target's
/// room (SCORM 1.2's 4096 characters, SCORM 2004's 64,000) never builds. A test encodes the same worst case with the runtime's own codec and checks that
/// both figures agree.
/// </summary>
internal static class SuspendDataBudget
{
    /// <summary>SCORM 1.2: cmi.suspend_data is a CMIString4096.</summary>
    public const int Limit = RuntimeContract.SavedState.Limit;

    /// <summary>The saved state's room per target: SCORM 2004's cmi.suspend_data holds 64,000 characters, cmi5's State document as much.</summary>
    public static (int Characters, string Standard) RoomFor(PackageTarget target) => target switch
    {
        PackageTarget.Scorm2004 => (RuntimeContract.SavedState.LimitScorm2004, "SCORM 2004's cmi.suspend_data"),
        // cmi5 keeps the state in an xAPI State document: no limit of its own, the runtime's room bounds it.
        PackageTarget.Cmi5 => (RuntimeContract.Cmi5.RoomCharacters, "the cmi5 runtime's State document"),
        _ => (Limit, "SCORM 1.2's cmi.suspend_data"),
    };

    /// <summary>The characters of the worst case: the marker, then the bits six to a character.</summary>
    public static int WorstCase(Course course) =>
        RuntimeContract.SavedState.Marker.Length + Characters(WorstCaseBits(course));

    public static int WorstCaseBits(Course course)
    {
        var sections = course.Sections.Count;
        var bits = RuntimeContract.SavedState.FingerprintBits
            + sections                                   // each section seen or not
            + SavedBits.ToHold(sections)                 // the bookmark: the current section
            + 1 + (course.Xapi is null ? 0 : RuntimeContract.SavedState.RegistrationBits);   // the xAPI registration
        foreach (var quiz in course.Sections.Select(s => s.Quiz).OfType<Quiz>())
        {
            bits += SavedBits.ToHold((quiz.Settings.Attempts ?? RuntimeContract.SavedState.MaxCountedAttempts) + 1)   // attempts
                + 1                                                                                                    // checked
                + quiz.Questions.Sum(q => QuestionTypeRegistry.Of(q).SavedStateBits(q));
        }

        return bits;
    }

    private static int Characters(int bits) =>
        (bits + RuntimeContract.SavedState.BitsPerCharacter - 1) / RuntimeContract.SavedState.BitsPerCharacter;

    /// <summary>Where the room goes, biggest first, and what the author can cut: the help of SCO3034.</summary>
    public static string WhatToCut(Course course)
    {
        var byType = course.AllQuestions
            .GroupBy(q => QuestionTypeRegistry.Of(q))
            .Select(g => (Type: g.Key, Count: g.Count(), Characters: Characters(g.Sum(q => g.Key.SavedStateBits(q)))))
            .OrderByDescending(t => t.Characters)
            .ToList();
        if (byType.Count == 0)
        {
            return "split the course into several packages";
        }

        var (type, count, characters) = byType[0];
        var advice = type.SavedStateAdvice is { } own ? own + ", or " : "";
        var questions = count == 1 ? $"its one {type.Name} question takes" : $"its {count} {type.Name} questions take";
        return $"the answers of {questions} up to {characters} characters: {advice}split the course into several packages";
    }
}
