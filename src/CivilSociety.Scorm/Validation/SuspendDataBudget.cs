using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Questions;

namespace CivilSociety.Scorm.Validation;

/// <summary>
/// The longest cmi.suspend_data the runtime can write for a course, in the format it writes for that course
/// (docs/runtime-contract.md, "The saved state"; docs/republishing.md), every field at its widest. A course that could overflow its target's
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

    /// <summary>
    /// The characters of the worst case: the marker, then the bits six to a character, in the format the runtime writes
    /// for this course (<see cref="FormatOf"/>), then the practice checks' answers when it keeps them.
    /// </summary>
    public static int WorstCase(Course course) => (KeepsPractice(course) ? PracticeCharacters(course) : 0) + FormatOf(course) switch
    {
        SavedStateFormat.Keyed => RuntimeContract.SavedState.KeyedMarker.Length + Characters(KeyedWorstCaseBits(course, course.Xapi is not null)),
        SavedStateFormat.KeyedByQuiz => RuntimeContract.SavedState.QuizKeyedMarker.Length + Characters(ByQuizWorstCaseBits(course, course.Xapi is not null)),
        _ => RuntimeContract.SavedState.Marker.Length + Characters(WorstCaseBits(course)),
    };

    /// <summary>
    /// The widest state the runtime weighs a course's format by (state/codec.js, formatOf): a registration always
    /// counted, whatever the xAPI setting, so that the figure is the runtime's own.
    /// </summary>
    public static int WidestMainState(Course course) => FormatOf(course) switch
    {
        SavedStateFormat.Keyed => RuntimeContract.SavedState.KeyedMarker.Length + Characters(KeyedWorstCaseBits(course, registration: true)),
        SavedStateFormat.KeyedByQuiz => RuntimeContract.SavedState.QuizKeyedMarker.Length + Characters(ByQuizWorstCaseBits(course, registration: true)),
        _ => RuntimeContract.SavedState.Marker.Length + Characters(WorstCaseBits(course, registration: true)),
    };

    /// <summary>
    /// The practice checks' answers at their widest (state/practice.js): a separator, then the checks in the compact
    /// format, as the quizzes of a course of one section: fingerprint, seen, registration (none), then per check its
    /// attempts (unlimited: the count's cap), checked and its answers.
    /// </summary>
    public static int PracticeCharacters(Course course)
    {
        var checks = course.Sections.SelectMany(s => s.Checks).ToList();
        var bits = RuntimeContract.SavedState.FingerprintBits + 1 + SavedBits.ToHold(1) + 1
            + checks.Sum(check => SavedBits.ToHold(RuntimeContract.SavedState.MaxCountedAttempts + 1) + 1 + check.Questions.Sum(q => q.Type.SavedStateBits(q.Answer)));
        return RuntimeContract.LegacyState.FieldSeparator.Length + RuntimeContract.SavedState.Marker.Length + Characters(bits);
    }

    /// <summary>The longest state with the practice answers: what decides whether they are kept.</summary>
    public static int WidestWithPractice(Course course) => WidestMainState(course) + PracticeCharacters(course);

    /// <summary>
    /// Whether the runtime keeps the practice checks' answers (state/codec.js, keepsPractice): only when the widest
    /// state with them still fits SCORM 1.2's room, in every target, so that a check never costs a quiz its answers.
    /// </summary>
    public static bool KeepsPractice(Course course) =>
        course.Sections.Any(s => s.Checks.Count > 0) && WidestWithPractice(course) <= Limit;

    /// <summary>Whether the runtime keeps this course's state in the keyed format, answer by answer (state/v4.js).</summary>
    public static bool IsKeyed(Course course) => FormatOf(course) == SavedStateFormat.Keyed;

    /// <summary>
    /// The format the runtime writes for this course (packaging/runtime/src/state/codec.js, formatOf): the first of the
    /// keyed one and the keyed one by quiz whose widest state, a registration counted, fits SCORM 1.2's room; else the
    /// compact one.
    /// </summary>
    public static SavedStateFormat FormatOf(Course course)
    {
        var sectionsFit = course.Sections.Count < 1 << RuntimeContract.SavedState.KeyedSectionCountBits;
        if (sectionsFit
            && course.Sections.All(s => (s.Quiz?.Questions.Count ?? 0) < 1 << RuntimeContract.SavedState.KeyedQuestionCountBits)
            && RuntimeContract.SavedState.KeyedMarker.Length + Characters(KeyedWorstCaseBits(course, registration: true)) <= Limit)
        {
            return SavedStateFormat.Keyed;
        }

        return sectionsFit && RuntimeContract.SavedState.QuizKeyedMarker.Length + Characters(ByQuizWorstCaseBits(course, registration: true)) <= Limit
            ? SavedStateFormat.KeyedByQuiz
            : SavedStateFormat.Compact;
    }

    /// <summary>
    /// The keyed format by quiz at its widest (packaging/runtime/src/state/v5.js): every section under its key, each
    /// quiz's answers packed as in the compact format under the quiz's key, with their length.
    /// </summary>
    public static int ByQuizWorstCaseBits(Course course, bool registration)
    {
        var key = RuntimeContract.SavedState.KeyBits;
        var quizzes = course.Sections.Select(s => s.Quiz).OfType<Quiz>().ToList();
        var answers = quizzes.Select(quiz => quiz.Questions.Sum(q => q.Type.SavedStateBits(q.Answer))).ToList();
        var attempts = quizzes.Select(quiz => SavedBits.ToHold(AttemptCap(quiz) + 1)).DefaultIfEmpty(0).Max();
        var length = SavedBits.ToHold(answers.DefaultIfEmpty(0).Max() + 1);
        return RuntimeContract.SavedState.QuizKeyedAttemptsWidthBits + RuntimeContract.SavedState.QuizKeyedLengthWidthBits
            + RuntimeContract.SavedState.KeyedSectionCountBits + SavedBits.ToHold(course.Sections.Count)   // the sections' count, the bookmark
            + 1 + (registration ? RuntimeContract.SavedState.RegistrationBits : 0)                          // the xAPI registration
            + (course.Sections.Count * (key + 1 + 1))                                                       // per section: key, seen, has a quiz
            + answers.Sum(bits => key + attempts + 1 + length + bits);                                      // per quiz: key, attempts, checked, length, answers
    }

    /// <summary>The attempts a quiz's state counts up to: its limit, else the count's cap (state/v3.js, attemptCap).</summary>
    private static int AttemptCap(Quiz quiz) => quiz.Settings.Attempts is > 0 and var limit
        ? Math.Min(limit, RuntimeContract.SavedState.MaxCountedAttempts)
        : RuntimeContract.SavedState.MaxCountedAttempts;

    /// <summary>The keyed format at its widest (packaging/runtime/src/state/v4.js): every unit under its key.</summary>
    public static int KeyedWorstCaseBits(Course course, bool registration)
    {
        var key = RuntimeContract.SavedState.KeyBits;
        var counts = RuntimeContract.SavedState.KeyedSectionCountBits;
        var bits = key                                                                   // the bookmark: the current section's key
            + 1 + (registration ? RuntimeContract.SavedState.RegistrationBits : 0)       // the xAPI registration
            + counts + (course.Sections.Count * key)                                     // every section seen, by key
            + counts;                                                                    // how many quizzes
        foreach (var quiz in course.Sections.Select(s => s.Quiz).OfType<Quiz>())
        {
            bits += key                                                                  // its section's key
                + SavedBits.ToHold(RuntimeContract.SavedState.MaxCountedAttempts + 1)    // attempts
                + 1                                                                      // checked
                + RuntimeContract.SavedState.KeyedQuestionCountBits                      // how many questions
                + quiz.Questions.Sum(q => key + q.Type.KeyedStateBits(q.Answer));
        }

        return bits;
    }

    /// <summary>The compact format at its widest (packaging/runtime/src/state/v3.js), for courses too large for both keyed ones.</summary>
    public static int WorstCaseBits(Course course, bool? registration = null)
    {
        var sections = course.Sections.Count;
        var bits = RuntimeContract.SavedState.FingerprintBits
            + sections                                   // each section seen or not
            + SavedBits.ToHold(sections)                 // the bookmark: the current section
            + 1 + ((registration ?? course.Xapi is not null) ? RuntimeContract.SavedState.RegistrationBits : 0);   // the xAPI registration
        foreach (var quiz in course.Sections.Select(s => s.Quiz).OfType<Quiz>())
        {
            bits += SavedBits.ToHold((quiz.Settings.Attempts ?? RuntimeContract.SavedState.MaxCountedAttempts) + 1)   // attempts
                + 1                                                                                                    // checked
                + quiz.Questions.Sum(q => q.Type.SavedStateBits(q.Answer));
        }

        return bits;
    }

    private static int Characters(int bits) =>
        (bits + RuntimeContract.SavedState.BitsPerCharacter - 1) / RuntimeContract.SavedState.BitsPerCharacter;

    /// <summary>Where the room goes, biggest first, and what the author can cut: the help of SCO3034.</summary>
    public static string WhatToCut(Course course)
    {
        var byType = course.AllQuestions
            .GroupBy(q => q.Type)
            .Select(g => (Type: g.Key, Count: g.Count(), Characters: Characters(g.Sum(q => g.Key.SavedStateBits(q.Answer)))))
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

/// <summary>The formats of the saved state the runtime writes (packaging/runtime/src/state/), as course-snapshot.json names them.</summary>
internal enum SavedStateFormat
{
    /// <summary>"keyed" (state/v4.js): every section, quiz and answer under its identity.</summary>
    Keyed,

    /// <summary>"quizzes" (state/v5.js): sections under their identity, each quiz's answers together under its key.</summary>
    KeyedByQuiz,

    /// <summary>"compact" (state/v3.js): by position, read only by the same course.</summary>
    Compact,
}
