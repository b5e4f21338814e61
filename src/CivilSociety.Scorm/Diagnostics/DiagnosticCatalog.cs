namespace CivilSociety.Scorm.Diagnostics;

/// <summary>
/// Every diagnostic the compiler can report, in one place. The first digit names the stage
/// (1 Load, 2 Parse, 3 Validate, 4 Render, 5 Package). An id is never reused.
/// </summary>
public static class DiagnosticCatalog
{
    private const DiagnosticSeverity Error = DiagnosticSeverity.Error;
    private const DiagnosticSeverity Warning = DiagnosticSeverity.Warning;

    // Load
    public static readonly DiagnosticDescriptor CourseFolderMissing = new("SCO1001", Error,
        "course folder '{0}' does not exist", "pass the folder that holds course.yml");
    public static readonly DiagnosticDescriptor CourseFileMissing = new("SCO1002", Error,
        "no course.yml in '{0}'", "create course.yml (see docs/course-format.md) or pass the right folder");
    public static readonly DiagnosticDescriptor CourseFileEmpty = new("SCO1003", Error,
        "course.yml is empty", "add at least id, title, language, passing_score, outcomes and sections");
    public static readonly DiagnosticDescriptor InvalidUtf8 = new("SCO1004", Error,
        "the file is not valid UTF-8 (byte 0x{0:X2} at offset {1})", "save the file as UTF-8 in your editor");
    public static readonly DiagnosticDescriptor FileTooLarge = new("SCO1005", Error,
        "the file is {0:N0} bytes; text files may be at most {1:N0} bytes", "split the section into several files");
    public static readonly DiagnosticDescriptor AssetTooLarge = new("SCO1006", Error,
        "'{0}' is {1:N0} bytes; a file in the package may be at most {2:N0} bytes", "compress the file, or host it elsewhere and link to it (learners then need to be online)");
    public static readonly DiagnosticDescriptor CourseFolderIsAFile = new("SCO1007", Error,
        "'{0}' is a file, not a course folder", "pass the folder that holds course.yml");
    public static readonly DiagnosticDescriptor NotARegularFile = new("SCO1008", Error,
        "'{0}' is {1}, not a regular file; the build opens only regular files", "name an ordinary file: a pipe, a socket or a device has no content to put in a package, and reading one can wait forever");
    public static readonly DiagnosticDescriptor LinkLoops = new("SCO1009", Error,
        "'{0}' is a symbolic link that never reaches a file: it loops back to itself or to a folder it is in", "point the link at the file itself, or replace the link with a copy of the file");
    public static readonly DiagnosticDescriptor TooManyFiles = new("SCO1010", Error,
        "'{0}' holds more than {1:N0} files (linked folders included); a course has far fewer", "build the folder that holds course.yml, and keep what the course does not use out of it");

    // Parse
    public static readonly DiagnosticDescriptor YamlSyntax = new("SCO2001", Error,
        "invalid YAML: {0}", "check indentation and quoting around this place");
    public static readonly DiagnosticDescriptor UnknownKey = new("SCO2002", Error,
        "unknown key '{0}'", "check the spelling; docs/course-format.md lists every key");
    public static readonly DiagnosticDescriptor WrongValueType = new("SCO2003", Error,
        "'{0}' must be {1}", "see docs/course-format.md for the value this key takes");
    public static readonly DiagnosticDescriptor RequiredKeyMissing = new("SCO2004", Error,
        "required key '{0}' is missing", "add {0}: to this file (see docs/course-format.md)");
    public static readonly DiagnosticDescriptor FrontMatterMissing = new("SCO2005", Error,
        "the section has no front matter", "start the file with ---, then id: and title:, then --- again");
    public static readonly DiagnosticDescriptor QuestionIdMissing = new("SCO2010", Error,
        "question '{0}' has no id", "end the heading with {{#q-some-id outcomes=\"LO1\"}}");
    public static readonly DiagnosticDescriptor QuestionOutcomesMissing = new("SCO2011", Error,
        "question '{0}' names no outcome it assesses", "add outcomes=\"LO1\" to the heading's {{...}} attributes");
    public static readonly DiagnosticDescriptor QuestionHasNoChoices = new("SCO2012", Error,
        "question '{0}' has no choices", "list the choices as a task list: '- [x] right' and '- [ ] wrong'");
    public static readonly DiagnosticDescriptor UnknownQuestionType = new("SCO2013", Error,
        "unknown question type '{0}'", "use type=single or type=multiple");
    public static readonly DiagnosticDescriptor InvalidWeight = new("SCO2014", Error,
        "weight '{0}' is not a whole number from 1 to 100", "write weight=1, weight=2, ...");
    public static readonly DiagnosticDescriptor UnexpectedQuizContent = new("SCO2015", Error,
        "unexpected content in the quiz: {0}", "a quiz holds questions: a heading, optional paragraphs, a task list of choices, and a feedback quote");
    public static readonly DiagnosticDescriptor SecondQuiz = new("SCO2016", Error,
        "a section may have only one quiz", "merge the questions into one ::: quiz block");
    public static readonly DiagnosticDescriptor UnknownFeedbackLabel = new("SCO2017", Error,
        "question feedback line must start with 'correct:' or 'incorrect:' (or 'صحيح:' / 'خطأ:')", "write > correct: ... and > incorrect: ... on their own lines below the choices");
    public static readonly DiagnosticDescriptor ChoiceNotMarked = new("SCO2018", Error,
        "choice is not marked right or wrong", "start the choice with [x] when it is right, [ ] when it is wrong");
    public static readonly DiagnosticDescriptor QuizNotClosed = new("SCO2019", Error,
        "the quiz block is not closed", "end the quiz with a line holding only :::");

    // Validate
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
        "passing_score {0} is outside 1-100", "use a whole number from 1 to 100");
    public static readonly DiagnosticDescriptor MatchingItemWithoutArrow = new("SCO2024", Error,
        "a matching item needs a left and a right side", "write it as: - left side -> right side");
    public static readonly DiagnosticDescriptor AnswerMissing = new("SCO2025", Error,
        "{0} question '{1}' has no answer", "add {2} to the heading's {{...}} attributes");
    public static readonly DiagnosticDescriptor InvalidAttributeValue = new("SCO2026", Error,
        "'{0}={1}' is not valid: {0} must be {2}", "give {0} a value that is {2}");
    public static readonly DiagnosticDescriptor ListNotExpected = new("SCO2027", Error,
        "a {0} question takes no list", "give its answer as answer=... in the heading's {{...}} attributes");
    public static readonly DiagnosticDescriptor WrongAnswerInFillIn = new("SCO2028", Error,
        "a fill-in question lists only accepted answers", "mark every accepted answer with [x], or leave the mark out");
    public static readonly DiagnosticDescriptor SectionFileMissing = new("SCO2020", Error,
        "section file '{0}' does not exist", "check the path in sections: (relative to course.yml)");
    public static readonly DiagnosticDescriptor SectionNotMarkdown = new("SCO2029", Error,
        "section file '{0}' is not a Markdown file", "list only .md files under sections:; link other files from a section");
    public static readonly DiagnosticDescriptor NestedTooDeeply = new("SCO2030", Error,
        "the Markdown is nested too deeply to read (quotes, lists or emphasis inside each other dozens of times)", "look for a long run of >, [, * or indentation, such as a pasted export");
    public static readonly DiagnosticDescriptor HtmlNestedTooDeeply = new("SCO2031", Error,
        "the raw HTML nests {0} levels deep; at most {1} are allowed", "close the tags you open (</div>, </span>...); a pasted export often leaves them open");
    public static readonly DiagnosticDescriptor QuizFenceMisspelt = new("SCO2032", Error,
        "'::: {0}' starts no quiz: did you mean '::: quiz'?", "spell the line that opens the quiz ::: quiz; as it is, the questions and their answers show as plain text");
    public static readonly DiagnosticDescriptor QuestionOutsideQuiz = new("SCO2033", Error,
        "a question heading (it names outcomes=) stands outside a ::: quiz block", "put the questions between a line ::: quiz and a line :::; outside one the answers show as plain text");
    public static readonly DiagnosticDescriptor SecondYamlDocument = new("SCO2034", Error,
        "a second YAML document starts here; only the first is read, so these keys would be lost", "delete this --- line, so that the keys below it join the ones above");
    public static readonly DiagnosticDescriptor SectionListedTwice = new("SCO2021", Error,
        "section file '{0}' is listed twice", "list every section file once");
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
    public static readonly DiagnosticDescriptor InvalidDirection = new("SCO2023", Error,
        "direction '{0}' must be rtl or ltr", "write direction: rtl or direction: ltr, or leave it out: the language decides");
    public static readonly DiagnosticDescriptor MarkdownFileNotListed = new("SCO2022", Warning,
        "'{0}' is not listed in course.yml sections and is left out", "add it to sections: in course.yml, or delete it");
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
    public static readonly DiagnosticDescriptor PairCount = new("SCO3030", Error,
        "matching question '{0}' needs 2 to 9 pairs, not {1}", "list the pairs as '- left -> right'");
    public static readonly DiagnosticDescriptor NumericRangeReversed = new("SCO3031", Error,
        "numeric question '{0}': the range {1}..{2} runs backwards", "write the smaller number first: answer={2}..{1}");
    public static readonly DiagnosticDescriptor SequenceItemCount = new("SCO3032", Error,
        "sequencing question '{0}' needs 2 to 26 items, not {1}", "list the items to order, in the right order");
    public static readonly DiagnosticDescriptor FillInAnswerTooLong = new("SCO3033", Error,
        "accepted answer of '{0}' has {1} characters, more than maxlength {2}", "shorten it, or raise maxlength (at most 255)");
    public static readonly DiagnosticDescriptor SuspendDataBudget = new("SCO3034", Error,
        "the learner's saved state could reach {0} characters, {1} more than the 4096 SCORM 1.2 allows in cmi.suspend_data",
        "split the course into several packages, or use fewer questions whose answers are typed (fill-in, numeric)");
    public static readonly DiagnosticDescriptor DuplicateChoiceText = new("SCO3035", Warning,
        "question '{0}' lists '{1}' twice", "give every choice its own text");
    public static readonly DiagnosticDescriptor XapiCredentialReadable = new("SCO3036", Warning,
        "the xAPI credential will be readable by anyone who opens the package", "use a write-only key, or pass auth at launch instead of building it in");
    public static readonly DiagnosticDescriptor XapiInvalidIri = new("SCO3037", Error,
        "xapi {0} '{1}' is not an absolute http(s) address", "write it in full, such as https://courses.example.org/xapi");
    public static readonly DiagnosticDescriptor XapiRequired = new("SCO3038", Error,
        "an xAPI package needs xAPI settings", "add an xapi: block with activity_base to course.yml, or pass --xapi-base");
    public static readonly DiagnosticDescriptor NoUiStrings = new("SCO3029", Warning,
        "the player has no interface texts in '{0}'; English is used", "translate them under strings: in course.yml, or pick one of: {1}");
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
    public static readonly DiagnosticDescriptor DuplicateMatchingItem = new("SCO3045", Warning,
        "matching question '{0}' lists the item '{1}' twice", "give every left-hand item its own text (two items may share the same right-hand side)");
    public static readonly DiagnosticDescriptor QuestionWithoutPrompt = new("SCO3044", Error,
        "question '{0}' has no text: its heading holds only attributes", "write the question itself on the heading line, before its attributes");
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

    // Package
    public static readonly DiagnosticDescriptor OutputNotWritable = new("SCO5001", Error,
        "cannot write the package: {0}", "check that the output folder exists and is writable");
    public static readonly DiagnosticDescriptor OutputNotNamedZip = new("SCO5002", Error,
        "the package is a zip, but the output '{0}' is not named .zip; nothing was written", "name it .zip so that the LMS accepts it: -o {1}");

    // Export: question banks and coverage (export-questions, coverage)
    public static readonly DiagnosticDescriptor ExportLeftOut = new("SCO7001", Warning,
        "question '{0}' is left out of the {1} file: {2}", "export this question in another format (Moodle XML carries every type), or change it so the format can carry it");
    public static readonly DiagnosticDescriptor ExportLosesFeature = new("SCO7002", Warning,
        "question '{0}' loses {2} in the {1} file", "check the imported question in the LMS and add what is missing there, or export in Moodle XML, which carries the most");
    public static readonly DiagnosticDescriptor ExportNotWritable = new("SCO7003", Error,
        "cannot write '{0}': {1}; nothing was written", "write to a folder you may write to, with -o FOLDER/NAME");
    public static readonly DiagnosticDescriptor OutcomeAssessedByOneLowWeight = new("SCO7004", Warning,
        "outcome '{0}' is assessed by one question only ('{1}', weight {2}); a single slip decides it", "tag more questions with outcomes=\"{0}\", or give this one a higher weight");

    // Report: the LMS's and the LRS's records (report)
    public static readonly DiagnosticDescriptor ReportFileUnreadable = new("SCO8001", Error,
        "cannot read the report '{0}': {1}", "download the report from Moodle again (CSV, ODS or Excel) and name that file");
    public static readonly DiagnosticDescriptor ReportLayoutUnknown = new("SCO8002", Error,
        "'{0}' is not a Moodle SCORM interactions or objectives report: {1}", "in Moodle open the SCORM activity, Reports, Interactions report (or Objectives report), and download it in English");
    public static readonly DiagnosticDescriptor InteractionsReportIncomplete = new("SCO8003", Error,
        "the interactions report '{0}' has no {1} columns, so its answers cannot be matched and judged", "in the report's options tick 'Summary of question', 'Summary of responses' and 'Summary of result', then download again");
    public static readonly DiagnosticDescriptor UnknownInteraction = new("SCO8004", Warning,
        "'{0}' records answers to '{1}', which is no question of this course; they are left out", "check that the report is of this course's package, and that the question was not renamed since");
    public static readonly DiagnosticDescriptor UnknownObjective = new("SCO8005", Warning,
        "'{0}' records the objective '{1}', which is no outcome of this course; it is left out", "check that the report is of this course's package, and that the outcome was not renamed since");
    public static readonly DiagnosticDescriptor LrsFailed = new("SCO8006", Error,
        "the LRS at {0} could not be read: {1}", "check --lrs (the xAPI endpoint, as given to the package) and --auth (a key that may read statements)");
    public static readonly DiagnosticDescriptor NoRecordsOfCourse = new("SCO8007", Warning,
        "no answer or objective in the records read belongs to course '{0}'", "name the reports of this course's SCORM activity, or the LRS it sends statements to");

    // Package check (validate): any SCORM 1.2 zip, ours or others'
    public static readonly DiagnosticDescriptor NotAZip = new("SCO6001", Error,
        "not a readable zip file: {0}", "export the package again as a .zip");
    public static readonly DiagnosticDescriptor ManifestMissing = new("SCO6002", Error,
        "no imsmanifest.xml at the root of the zip{0}", "Moodle and Blackboard need imsmanifest.xml at the root: zip the folder's contents, not the folder");
    public static readonly DiagnosticDescriptor UnsafeEntryName = new("SCO6003", Error,
        "entry '{0}' escapes the package folder", "a package may not hold absolute paths or '..'");
    public static readonly DiagnosticDescriptor ZipBomb = new("SCO6004", Error,
        "the zip would expand to more than {0:N0} bytes (a zip bomb?)", "a course package is far smaller: this is not a normal course package");
    public static readonly DiagnosticDescriptor CompressionRatio = new("SCO6023", Error,
        "entry '{0}' would expand {1:N0} times its compressed size, more than the {2}:1 of real files (a zip bomb?)", "this is not a normal course package");
    public static readonly DiagnosticDescriptor ManifestNotWellFormed = new("SCO6005", Error,
        "imsmanifest.xml is not well-formed XML: {0}", "fix the XML at this place: every tag closed, nested and spelled the same at both ends");
    public static readonly DiagnosticDescriptor ManifestSchema = new("SCO6006", Error,
        "imsmanifest.xml breaks the SCORM 1.2 schema: {0}", "LMSs reject such manifests; compare with a manifest civil-scorm builds, or re-export the package");
    public static readonly DiagnosticDescriptor DefaultOrganizationMissing = new("SCO6007", Error,
        "organizations/@default '{0}' names no organization", "set default to the identifier of one of the organization elements");
    public static readonly DiagnosticDescriptor IdentifierRefMissing = new("SCO6008", Error,
        "identifierref '{0}' names no resource", "set identifierref to the identifier of a resource element");
    public static readonly DiagnosticDescriptor ReferencedFileMissing = new("SCO6009", Error,
        "'{0}' is referenced by the manifest but not in the zip", "add the file to the zip, or correct the href (names are case-sensitive)");
    public static readonly DiagnosticDescriptor NoLaunchableSco = new("SCO6010", Error,
        "no item launches a SCO", "an item needs identifierref to a resource with adlcp:scormtype=\"sco\" and an href");
    public static readonly DiagnosticDescriptor AdlcpPrefix = new("SCO6011", Error,
        "the ADL namespace is bound to the prefix '{0}'; Moodle only understands 'adlcp'", "declare xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\"");
    public static readonly DiagnosticDescriptor MasteryScoreInvalid = new("SCO6012", Error,
        "masteryscore '{0}' is not a number from 0 to 100", "write a whole number from 1 to 100, without % or spaces");
    public static readonly DiagnosticDescriptor MasteryScorePitfall = new("SCO6026", Warning,
        "masteryscore '{0}' is valid SCORM 1.2, but Moodle treats 0 as no mastery score and does not expect decimals", "write a whole number from 1 to 100");
    public static readonly DiagnosticDescriptor CharacterReference = new("SCO6013", Warning,
        "a title uses character references ({0}); Moodle stores them garbled", "write the characters themselves in UTF-8");
    public static readonly DiagnosticDescriptor UnsafeFileName = new("SCO6014", Warning,
        "file name '{0}' has characters Moodle rewrites on extraction", "use ASCII letters, digits, '.', '_', '-' and '/'");
    public static readonly DiagnosticDescriptor ScormTypeMissing = new("SCO6015", Error,
        "resource '{0}' launched by an item has no adlcp:scormtype", "add adlcp:scormtype=\"sco\"; without it Moodle treats the item as an untracked asset");
    public static readonly DiagnosticDescriptor SchemaFileMissing = new("SCO6016", Warning,
        "schema file '{0}' is not at the root of the zip", "ship the four SCORM 1.2 schema files beside imsmanifest.xml");
    public static readonly DiagnosticDescriptor NamespaceWrong = new("SCO6017", Error,
        "the manifest's namespace is '{0}', not SCORM 1.2's IMS CP 1.1.2", "a SCORM 1.2 manifest's root is <manifest xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\">; this check is for SCORM 1.2");
    public static readonly DiagnosticDescriptor TooManyEntries = new("SCO6018", Error,
        "the zip has {0:N0} entries; a course package has at most {1:N0}", "this is not a normal course package");
    public static readonly DiagnosticDescriptor ManifestDoctype = new("SCO6019", Error,
        "imsmanifest.xml has a DOCTYPE (DTD); SCORM manifests use schemas, and entity definitions can attack the LMS", "remove the <!DOCTYPE ...> declaration");
    public static readonly DiagnosticDescriptor EntryNamesDifferOnlyInCase = new("SCO6020", Warning,
        "entries '{0}' and '{1}' differ only in letter case; on Windows and macOS one overwrites the other", "rename one of them");
    public static readonly DiagnosticDescriptor EncryptedEntry = new("SCO6022", Error,
        "entry '{0}' is encrypted; an LMS cannot extract it", "zip the package again without a password");
    public static readonly DiagnosticDescriptor DefaultOrganizationAbsent = new("SCO6024", Warning,
        "<organizations> has no default attribute; which organization an LMS launches is then up to the LMS", "add default=\"{0}\" to <organizations>");
    public static readonly DiagnosticDescriptor ResourcesXmlBase = new("SCO6025", Warning,
        "xml:base '{0}' on <resources> is not applied by every LMS (Moodle reads xml:base on each <resource>)", "move xml:base to each <resource>, or the files to the root and drop xml:base");
    public static readonly DiagnosticDescriptor SymlinkEntry = new("SCO6027", Error,
        "entry '{0}' is a symbolic link; extracted on a server it can expose any file of that server", "zip the files themselves, not links to them");
    public static readonly DiagnosticDescriptor DuplicateEntry = new("SCO6028", Error,
        "entry '{0}' is in the zip twice; which one an LMS extracts is a matter of chance", "zip the package again from a clean folder");
    public static readonly DiagnosticDescriptor ManifestTooLarge = new("SCO6021", Error,
        "imsmanifest.xml is larger than {0:N0} bytes", "this is not a normal course manifest");
    public static readonly DiagnosticDescriptor ManifestTooDeep = new("SCO6029", Error,
        "imsmanifest.xml nests elements more than {0} levels deep", "this is not a normal course manifest: real manifests nest about 10 levels");
    public static readonly DiagnosticDescriptor Cmi5NotWellFormed = new("SCO6031", Error,
        "cmi5.xml is not well-formed XML (or has a DTD): {0}", "fix the XML at this place; a course structure needs no DOCTYPE");
    public static readonly DiagnosticDescriptor Cmi5Schema = new("SCO6032", Error,
        "cmi5.xml breaks the cmi5 course structure schema: {0}", "LMSs refuse such a course structure at import; compare with a cmi5.xml civil-scorm builds (--target cmi5)");
    public static readonly DiagnosticDescriptor Cmi5IdMissing = new("SCO6033", Error,
        "<{0}> in cmi5.xml has no id", "give it an id, an IRI that stays the same across versions (the LMS keys learners' results by it)");
    public static readonly DiagnosticDescriptor Cmi5MoveOnInvalid = new("SCO6034", Error,
        "moveOn '{0}' is not a cmi5 value", "write one of NotApplicable, Passed, Completed, CompletedAndPassed, CompletedOrPassed (letter case counts)");
    public static readonly DiagnosticDescriptor Cmi5UrlMissing = new("SCO6035", Error,
        "AU '{0}' launches '{1}', which is not in the zip", "add the file to the zip, or correct the url (relative to cmi5.xml; names are case-sensitive)");
    public static readonly DiagnosticDescriptor AnswerKeyInPackage = new("SCO6030", Warning,
        "'{0}' looks like an answer key ({1}); every learner can download every file of a package", "keep teachers' files out of the zip: civil-scorm build writes decoder.csv beside the package, never in it");
}
