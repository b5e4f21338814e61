namespace CivilSociety.Scorm.Diagnostics;

// Item writing: the quizzes read as a reviewer of test items would (ItemWriting/), run by build and check-items: the
// SCO4xxx codes. Each is a warning, silenced on its question with allow="SCO4xxx: reason" (docs/item-writing.md).
internal static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor KeyMuchLonger = new("SCO4001", Warning,
        "question '{0}': the key is {1} characters long, {2} times the longest distractor ({3}); learners who cannot answer pick the longest option",
        "make the options about the same length: shorten the key (move shared words into the stem) or make the distractors as precise");
    public static readonly DiagnosticDescriptor OnlyKeyHedges = new("SCO4002", Warning,
        "question '{0}': the key is the only option that hedges ('{1}') while a distractor speaks in absolutes ('{2}'); learners pick the cautious option without knowing why",
        "word the options alike: drop the hedge from the key, or give the distractors the same measured wording");
    public static readonly DiagnosticDescriptor AbsoluteDistractors = new("SCO4003", Warning,
        "question '{0}': {1} distractors use absolute words ('{2}') and the key none; an option that says always, never or only is easy to rule out",
        "rewrite the distractors as plausible, measured claims drawn from what learners get wrong");
    public static readonly DiagnosticDescriptor AllOfTheAbove = new("SCO4004", Warning,
        "question '{0}': the option '{1}' is 'all of the above'; a learner who sees that two options are right picks it without knowing the rest",
        "replace it with another plausible option, or make the question type=multiple and let the learner tick each right option");
    public static readonly DiagnosticDescriptor NoneOfTheAbove = new("SCO4005", Warning,
        "question '{0}': the option '{1}' is 'none of the above'; it tells what the answer is not, never whether the learner knows what it is",
        "replace it with a plausible option that names a real misconception");
    public static readonly DiagnosticDescriptor KeysAreTheMajority = new("SCO4006", Warning,
        "question '{0}': {1} of its {2} options are keys; a learner who ticks everything is mostly right",
        "keep the keys to half of the options or fewer: add plausible distractors, or move some keys into another question");
    public static readonly DiagnosticDescriptor EveryOptionIsAKey = new("SCO4007", Warning,
        "question '{0}': every option is a key, so ticking all of them is the whole answer",
        "add plausible distractors, or ask it as one question per option (true-false)");
    public static readonly DiagnosticDescriptor KeyVerbatimInProse = new("SCO4008", Warning,
        "question '{0}': the key '{1}' is copied from the text of section '{2}'; it tests whether the words are recognised, not whether they are understood",
        "paraphrase the key (and the stem), or ask the learner to use the idea in a new case; if recall is the aim, say level=remember and allow=\"SCO4008: why\"");
    public static readonly DiagnosticDescriptor GivesAwayAnotherKey = new("SCO4009", Warning,
        "question '{0}': its {1} states the answer to question '{2}' ('{3}'), which the same quiz asks",
        "reword one of the two questions so that neither answers the other, or keep only one of them");
    public static readonly DiagnosticDescriptor TooManyOutcomes = new("SCO4010", Warning,
        "question '{0}' is tagged with {1} of the course's {2} outcomes; one item cannot tell which of them the learner has reached, and coverage counts it for each",
        "tag the one or two outcomes the question really assesses, and write a question for each of the others");
    public static readonly DiagnosticDescriptor SectionOutcomeNotAssessed = new("SCO4011", Warning,
        "section '{0}' lists outcome '{1}' in its front matter, but no question of its quiz assesses it",
        "add a question on '{1}' to the quiz, or remove '{1}' from the section's outcomes");
    public static readonly DiagnosticDescriptor NegativeStemWithoutEmphasis = new("SCO4012", Warning,
        "question '{0}': the stem asks in the negative ('{1}') without emphasis; a learner reading fast answers the positive question",
        "ask the question positively; if the negative is needed, make the word stand out: **{1}**");
    public static readonly DiagnosticDescriptor NearDuplicateOptions = new("SCO4013", Warning,
        "question '{0}': the options '{1}' and '{2}' say the same thing in the same words",
        "make every option a distinct claim: rewrite or remove one of the two");
    public static readonly DiagnosticDescriptor AllowanceMalformed = new("SCO4014", Warning,
        "allow '{0}' is not an item-writing code with a reason; it silences nothing",
        "write allow=\"SCO4xxx: the reason\" (several separated by ';'), with a code from docs/item-writing.md and why the item is right as it is");
    public static readonly DiagnosticDescriptor AllowanceUnused = new("SCO4015", Warning,
        "allow '{0}' on '{1}' silences a warning the check no longer reports",
        "remove '{0}' from allow: the item was fixed since");
}
