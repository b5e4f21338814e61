namespace CivilSociety.Scorm.Diagnostics;

// Validate: the course's rules (Validation/, Questions/): the SCO3xxx codes.
internal static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor InvalidId = new("SCO3001", Error,
        "{0} id '{1}' is not a valid id", "use ASCII letters, digits, '-', '_' and '.', starting with a letter (at most 64 characters)");
    public static readonly DiagnosticDescriptor UnknownOutcome = new("SCO3002", Error,
        "{0} '{1}' names unknown outcome '{2}'", "declare the outcome under outcomes: in course.yml, or correct the id");
    public static readonly DiagnosticDescriptor DuplicateSectionId = new("SCO3004", Error,
        "section id '{0}' is already used by {1}", "give every section its own id");
    public static readonly DiagnosticDescriptor DuplicateOutcomeId = new("SCO3005", Error,
        "outcome id '{0}' is declared twice", "give every outcome its own id");
    public static readonly DiagnosticDescriptor DuplicateQuestionId = new("SCO3006", Error,
        "question id '{0}' is used twice in this section", "give every question of a section its own id");
    public static readonly DiagnosticDescriptor NoCorrectChoice = new("SCO3007", Error,
        "question '{0}' has no correct choice", "mark the right choice with [x]");
    public static readonly DiagnosticDescriptor SingleChoiceWithSeveralCorrect = new("SCO3008", Error,
        "single-choice question '{0}' has {1} correct choices", "keep one [x], or add type=multiple to the heading's attributes");
    public static readonly DiagnosticDescriptor OutcomeNotAssessed = new("SCO3009", Warning,
        "outcome '{0}' is assessed by no question", "tag a question with outcomes=\"{0}\"");
    public static readonly DiagnosticDescriptor PassingScoreOutOfRange = new("SCO3010", Error,
        "passing_score {0} is outside 1-100", "passing_score is the share of the points a learner needs to pass, in percent: write a whole number from 1 to 100, such as passing_score: 80");
    public static readonly DiagnosticDescriptor LinkTargetMissing = new("SCO3013", Error,
        "'{0}' does not exist", "check the path; it is relative to this Markdown file");
    public static readonly DiagnosticDescriptor LinkOutsideCourse = new("SCO3014", Error,
        "'{0}' is outside the course folder", "copy the file into the course folder and link it by a relative path");
    public static readonly DiagnosticDescriptor RemoteResource = new("SCO3015", Warning,
        "'{0}' is on the web and will not be available offline", "download the file into the course folder and link it by a relative path");
    public static readonly DiagnosticDescriptor TitleTooLong = new("SCO3016", Error,
        "the {0} title has {1} characters; SCORM 1.2 allows at most 200", "shorten the title");
    public static readonly DiagnosticDescriptor InvalidLanguage = new("SCO3017", Error,
        "'{0}' is not a BCP 47 language tag", "write a tag such as ar, en, fr, es, ru, zh or en-GB");
    public static readonly DiagnosticDescriptor EmptySection = new("SCO3018", Error,
        "section '{0}' has no content", "write the section's text below the front matter");
    public static readonly DiagnosticDescriptor EmptyQuiz = new("SCO3019", Error,
        "the quiz has no questions", "add a question: a heading with {{#id outcomes=\"...\"}} and a task list of choices");
    public static readonly DiagnosticDescriptor EmptyChoice = new("SCO3020", Error,
        "a choice of question '{0}' is empty", "write the choice's text after [x] or [ ]");
    public static readonly DiagnosticDescriptor TooManyChoices = new("SCO3021", Error,
        "question '{0}' has {1} choices; at most 26 are allowed", "split the question");
    public static readonly DiagnosticDescriptor NoSections = new("SCO3024", Error,
        "the course lists no sections", "list the section files under sections: in course.yml");
    public static readonly DiagnosticDescriptor NoOutcomes = new("SCO3025", Error,
        "the course declares no learning outcomes", "declare them under outcomes: in course.yml");
    public static readonly DiagnosticDescriptor ImageWithoutAlt = new("SCO3026", Warning,
        "image '{0}' has no alternative text", "describe the image: ![what it shows](path)");
    public static readonly DiagnosticDescriptor AbsolutePath = new("SCO3027", Error,
        "'{0}' is an absolute path", "link files by a path relative to this Markdown file");
    public static readonly DiagnosticDescriptor NamesDifferOnlyInCase = new("SCO3028", Error,
        "'{0}' and '{1}' differ only in letter case", "rename one of them: LMSs on Windows and macOS cannot tell them apart");
    public static readonly DiagnosticDescriptor NoUiStrings = new("SCO3029", Warning,
        "the player has no interface texts in '{0}'; English is used", "translate them under strings: in course.yml, or pick one of: {1}");
    public static readonly DiagnosticDescriptor PairCount = new("SCO3030", Error,
        "matching question '{0}' needs 2 to 9 pairs, not {1}", "list the pairs as '- left -> right'");
    public static readonly DiagnosticDescriptor NumericRangeReversed = new("SCO3031", Error,
        "numeric question '{0}': the range {1}..{2} runs backwards", "write the smaller number first: answer={2}..{1}");
    public static readonly DiagnosticDescriptor SequenceItemCount = new("SCO3032", Error,
        "sequencing question '{0}' needs 2 to 26 items, not {1}", "list the items to order, in the right order");
    public static readonly DiagnosticDescriptor FillInAnswerTooLong = new("SCO3033", Error,
        "accepted answer of '{0}' has {1} characters, more than maxlength {2}", "shorten it, or raise maxlength (at most 255)");
    public static readonly DiagnosticDescriptor SuspendDataBudget = new("SCO3034", Error,
        "the learner's saved state could reach {0} characters, {1} more than the {2} of {3}",
        "split the course into several packages, or use fewer questions whose answers are typed (fill-in, numeric)");
    public static readonly DiagnosticDescriptor DuplicateChoiceText = new("SCO3035", Warning,
        "question '{0}' lists '{1}' twice", "give every choice its own text");
    public static readonly DiagnosticDescriptor XapiCredentialReadable = new("SCO3036", Warning,
        "the xAPI credential will be readable by anyone who opens the package", "use a write-only key, or pass auth at launch instead of building it in");
    public static readonly DiagnosticDescriptor XapiInvalidIri = new("SCO3037", Error,
        "xapi {0} '{1}' is not an absolute http(s) address", "write it in full, such as https://courses.example.org/xapi");
    public static readonly DiagnosticDescriptor XapiRequired = new("SCO3038", Error,
        "an xAPI package needs xAPI settings", "add an xapi: block with activity_base to course.yml, or pass --xapi-base");
    public static readonly DiagnosticDescriptor UnsafeUrl = new("SCO3039", Error,
        "'{0}' runs code or is not a place a learner can open", "link to a file in the course folder or to an http(s) address");
    public static readonly DiagnosticDescriptor HtmlElementRefused = new("SCO3040", Error,
        "raw HTML <{0}> is not allowed in a course", "remove it: a package may only run its own player, and <script>, <iframe>, <object>, <embed>, <form>, <base>, <meta> and <link> are refused");
    public static readonly DiagnosticDescriptor HtmlEventHandlerRefused = new("SCO3041", Error,
        "the attribute {0} on <{1}> runs code and is not allowed", "remove the on... attribute: course pages run no scripts of their own");
    public static readonly DiagnosticDescriptor HtmlRemoved = new("SCO3042", Warning,
        "raw HTML {0} is not on the allow-list and is left out of the package", "use Markdown, or an allowed element (p, div, span, table, img, a, figure, details, audio, video...); style comes from the player");
    public static readonly DiagnosticDescriptor LinkOutsideThroughSymlink = new("SCO3043", Error,
        "'{0}' is a symbolic link to a file outside the course folder", "copy the file itself into the course folder");
    public static readonly DiagnosticDescriptor QuestionWithoutPrompt = new("SCO3044", Error,
        "question '{0}' has no text: its heading holds only attributes", "write the question itself on the heading line, before its attributes");
    public static readonly DiagnosticDescriptor DuplicateMatchingItem = new("SCO3045", Warning,
        "matching question '{0}' lists the item '{1}' twice", "give every left-hand item its own text (two items may share the same right-hand side)");
    public static readonly DiagnosticDescriptor SvgRunsCode = new("SCO3046", Error,
        "the SVG holds {0}, which runs code or shows other content when the file is opened", "remove it: a package's SVG is a drawing only (opened on its own, from the LMS's address, its scripts would act as the learner)");
    public static readonly DiagnosticDescriptor SvgExternalReference = new("SCO3047", Error,
        "the SVG refers to '{0}', outside the file", "an SVG in a package uses only its own #ids and embedded data:image/ pictures: embed the picture (Inkscape: Extensions > Images > Embed Images), and put links in the Markdown");
    public static readonly DiagnosticDescriptor SvgDoctype = new("SCO3048", Error,
        "the SVG has a DOCTYPE that declares entities or names another DTD", "delete the <!DOCTYPE ...> and write out each &name; it defines; Illustrator's File > Export > Export As... > SVG writes none");
    public static readonly DiagnosticDescriptor SvgMalformed = new("SCO3049", Error,
        "'{0}' is not a valid SVG image: {1}", "open it in a drawing program (Inkscape, Illustrator) and save it again as plain SVG");
    public static readonly DiagnosticDescriptor PageFileRefused = new("SCO3050", Error,
        "'{0}' is a page a browser would open and run ({1}); a package bundles no pages beside its own", "write it as a section (Markdown, with raw HTML where needed), link a PDF of it, or put it on the web and link it by https");
    public static readonly DiagnosticDescriptor ControlCharacterInText = new("SCO3053", Error,
        "this line holds the control character {0}, invisible in an editor; no question bank, XML file or spreadsheet can carry it", "delete it (it usually comes in with pasted text: retype the words around the column shown)");
    public static readonly DiagnosticDescriptor AttributesInAcceptedAnswer = new("SCO3054", Error,
        "the accepted answer '{1}' of question '{0}' holds {2}, which Markdown reads as attributes and drops: learners would have to type '{3}'", "write it '{4}': a backslash before a brace keeps it as text (docs/course-format.md, \"Braces in answers\")");
    public static readonly DiagnosticDescriptor MediaNotAnImage = new("SCO3063", Error,
        "'{0}' is {1}, which an image ![...](...) cannot show: the page would show a broken picture", "link it instead: [open the file]({0}); an image shows only .png, .jpg, .gif, .svg, .webp or .avif files");
    public static readonly DiagnosticDescriptor TopLevelHeadingInSection = new("SCO3064", Warning,
        "a # heading in section '{0}' becomes a subheading under the section's title, like ##", "the section's title comes from title: in its front matter; start the body's headings at ## (and ### below them)");
    public static readonly DiagnosticDescriptor HeadingLevelSkipped = new("SCO3065", Warning,
        "this {0} heading follows {1} and skips the level {2}", "use one more # than the heading above, so the outline a screen reader lists has no gap");
    public static readonly DiagnosticDescriptor DuplicateChoiceId = new("SCO3057", Error,
        "question '{0}' gives the id '{1}' to two of its items", "give every choice, pair or item of a question its own id: the id is what a learner's saved answer names");
    public static readonly DiagnosticDescriptor InvalidChoiceId = new("SCO3058", Error,
        "'{{#{0}}}' is not a valid choice id", "start the id with a letter, then letters, digits, '-' or '_' (at most 40), as in {{#rain}}; or remove it to let the text be the choice's identity");
    public static readonly DiagnosticDescriptor ChoiceIdNotUsed = new("SCO3059", Warning,
        "a {0} question's listed items take no id: '{{#{1}}}' is ignored", "remove the id: only choices, matching pairs and items to order carry one");
    public static readonly DiagnosticDescriptor ChoicesShareIdentity = new("SCO3060", Warning,
        "in question '{0}', '{1}' and '{2}' differ only in case, spacing or punctuation, so they share one identity: an answer naming either is reset when the course is updated", "give one of them an explicit id at the end of its line, as in {{#second}} (docs/republishing.md)");

    public static readonly DiagnosticDescriptor RemoteImage = new("SCO3107", Error,
        "the image '{0}' is on the web: the player shows only pictures that are in the package, so learners would see a broken picture", "download the picture into the course's media/ folder and link it by a relative path: ![what it shows](../media/NAME.png)");
    public static readonly DiagnosticDescriptor ImageTooLargeToShow = new("SCO3108", Warning,
        "the picture '{0}' is {1}: every learner downloads all of it, on a phone too, and the page shows it at most about 1,000 pixels wide", "save a smaller copy: at most 2,000 pixels on its longest side, as .jpg or .webp for a photo (a few hundred KB)");
    public static readonly DiagnosticDescriptor AnchorMissing = new("SCO3106", Error,
        "'{0}' goes nowhere: {2} has no place with the id '{1}'", "give the place an id (end its heading with {{#{1}}}), or remove #{1} from the link");

    // Question pools (docs/question-pools.md): whether each attempt's draw can be made, and covers the outcomes.
    public static readonly DiagnosticDescriptor DrawLargerThanPool = new("SCO3100", Error,
        "the quiz draws {0} questions per attempt but holds only {1}", "lower draw= to {1} at most, or write more questions into the quiz");
    public static readonly DiagnosticDescriptor OutcomeShareLargerThanPool = new("SCO3101", Error,
        "draw= asks for {0} question(s) on '{1}' per attempt, but only {2} question(s) of the quiz assess it", "lower its count to {2}, or tag more questions of the quiz with outcomes=\"{1}\"");
    public static readonly DiagnosticDescriptor GroupsLeaveTooFew = new("SCO3102", Error,
        "{0} question(s) are to be drawn{1}, but the groups leave only {2} that can be shown together", "questions of one group= are never drawn together: lower the count to {2}, or add questions outside the groups ({3})");
    public static readonly DiagnosticDescriptor QuestionNeverDrawn = new("SCO3103", Warning,
        "question '{0}' can never be drawn: draw= gives no place to its outcomes ({1})", "add its outcome to draw= (e.g. {2}:1), or move the question out of this quiz");
    public static readonly DiagnosticDescriptor DrawCannotCoverOutcomes = new("SCO3104", Warning,
        "draw={0} is fewer than the {1} outcomes the quiz assesses ({2}): each attempt leaves at least one of them out", "raise draw= to {1}, or fix the counts per outcome with draw=\"{3}\"");
    public static readonly DiagnosticDescriptor GroupWithoutDraw = new("SCO3105", Warning,
        "question '{0}' is in group '{1}', but the quiz shows every question (it has no draw=)", "add draw=N to the ::: quiz line to show N questions per attempt, or remove group=");
}
