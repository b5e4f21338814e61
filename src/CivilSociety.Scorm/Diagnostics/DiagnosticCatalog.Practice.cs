namespace CivilSociety.Scorm.Diagnostics;

// Practice checks (::: check, issue 25; docs/blocks.md): parse codes SCO2060-SCO2064, validation codes SCO3090-SCO3094.
internal static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor CheckSetting = new("SCO2060", Error,
        "a practice check takes no {0}=: it is outside the score, with unlimited tries",
        "remove {0}= (a check takes title= and shuffle=); questions that count belong in the section's ::: quiz");
    public static readonly DiagnosticDescriptor CheckQuestionSetting = new("SCO2061", Warning,
        "{0}= on question '{1}' does nothing in a practice check: its answer counts toward no score and no draw",
        "remove {0}=, or move the question into the section's ::: quiz to count it");
    public static readonly DiagnosticDescriptor EmptyCheck = new("SCO2062", Error,
        "the practice check has no questions",
        "add a question: a ### heading with {{#id}} and a task list of choices (outcomes= is optional in a check)");
    public static readonly DiagnosticDescriptor PracticeNotSaved = new("SCO3090", Warning,
        "the answers of the {0} practice check(s) will not be kept when a learner leaves: with them the saved state could reach {1} characters, more than the {2} of SCORM 1.2's cmi.suspend_data",
        "nothing else is lost (the quizzes' answers and the progress are kept); to keep the practice answers too, use fewer or shorter checks (typed answers take the most room)");
}
