namespace CivilSociety.Scorm.Diagnostics;

// Parse: course.yml, front matter, Markdown and quizzes (Parsing/, Questions/): the SCO2xxx codes.
internal static partial class DiagnosticCatalog
{
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
        "question '{0}' has no {1}", "list the choices as a task list: '- [x] right' and '- [ ] wrong'");
    public static readonly DiagnosticDescriptor UnknownQuestionType = new("SCO2013", Error,
        "unknown question type '{0}'", "use type=single or type=multiple");
    public static readonly DiagnosticDescriptor InvalidWeight = new("SCO2014", Error,
        "weight '{0}' is not a whole number from 1 to 100", "write weight=1, weight=2, ...; a question that should count for nothing is practice: put it in a ::: check block (docs/blocks.md)");
    public static readonly DiagnosticDescriptor UnexpectedQuizContent = new("SCO2015", Error,
        "unexpected content in the quiz: {0}", "a quiz holds questions: a heading, optional paragraphs, a task list of choices, and a feedback quote");
    public static readonly DiagnosticDescriptor SecondQuiz = new("SCO2016", Error,
        "a section may have only one quiz", "merge the questions into one ::: quiz block; questions for practice, outside the score, go in ::: check blocks (any number per section)");
    public static readonly DiagnosticDescriptor UnknownFeedbackLabel = new("SCO2017", Error,
        "question feedback line must start with 'correct:' or 'incorrect:' (or 'صحيح:' / 'خطأ:')", "write > correct: ... and > incorrect: ... on their own lines below the choices");
    public static readonly DiagnosticDescriptor ChoiceNotMarked = new("SCO2018", Error,
        "choice is not marked right or wrong", "start the choice with [x] when it is right, [ ] when it is wrong");
    public static readonly DiagnosticDescriptor QuizNotClosed = new("SCO2019", Error,
        "the quiz block is not closed", "end the quiz with a line holding only :::");
    public static readonly DiagnosticDescriptor SectionFileMissing = new("SCO2020", Error,
        "section file '{0}' does not exist", "check the path in sections: (relative to course.yml)");
    public static readonly DiagnosticDescriptor SectionListedTwice = new("SCO2021", Error,
        "section file '{0}' is listed twice", "list every section file once");
    public static readonly DiagnosticDescriptor MarkdownFileNotListed = new("SCO2022", Warning,
        "'{0}' is not listed in course.yml sections and is left out", "add it to sections: in course.yml, or delete it");
    public static readonly DiagnosticDescriptor InvalidDirection = new("SCO2023", Error,
        "direction '{0}' must be rtl or ltr", "write direction: rtl or direction: ltr, or leave it out: the language decides");
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
    public static readonly DiagnosticDescriptor AttributeOfAnotherType = new("SCO2035", Warning,
        "'{0}=' does nothing on a type={1} question: it is another type's attribute, and is ignored", "remove it, or change the question's type= to the type it belongs to");
    public static readonly DiagnosticDescriptor YamlIndentation = new("SCO2036", Error,
        "indentation: {0}", "line up each key with the other keys of its mapping and each '- ' with the other items of its list, indenting with spaces");
    public static readonly DiagnosticDescriptor YamlMissingSpace = new("SCO2037", Error,
        "a space is missing: {0}", "write key: value with a space after the colon, and - item with a space after the dash");
    public static readonly DiagnosticDescriptor YamlKeyWithoutColon = new("SCO2038", Error,
        "'{0}' is neither a key (name: value) nor a list item (- value)", "write the key with a colon and a space after it, e.g. title: My course");
    public static readonly DiagnosticDescriptor YamlQuoteEndsEarly = new("SCO2039", Error,
        "the {0} here ends the quoted value, and the text after it cannot be read", "inside '...' write a ' as two (''), inside \"...\" write \\\"; or use the other kind of quotes around the value");
    public static readonly DiagnosticDescriptor ListItemReadAsText = new("SCO2040", Error,
        "this list item is indented {0} more than the item above it (line {1}), so it is read as more text of that item", "start every item of a list at the same column, with '- ' under '- '");
    public static readonly DiagnosticDescriptor HeadingInQuiz = new("SCO2041", Error,
        "'{0}' is a heading inside the quiz, but no question: it has no {1} and no answers", "to keep it as a title, move it above the ::: quiz line; if it is a question, end it with {{#q-some-id outcomes=\"LO1\"}} and list its choices below it");
    public static readonly DiagnosticDescriptor TypographicQuotes = new("SCO2087", Warning,
        "the value of '{0}' is between typographic quotes (“ ”), which YAML keeps as part of the text: learners will see them", "leave them out, or write straight quotes \" \" if the value needs quoting");
    public static readonly DiagnosticDescriptor CodeFenceNotClosed = new("SCO2084", Error,
        "the code block that {0} opens here is never closed, so the rest of the file is shown as code", "end the code block with a line holding only {0}");
    public static readonly DiagnosticDescriptor ChoiceReadAsText = new("SCO2085", Error,
        "'{0}' is read as text, not as a choice: it {1}", "write a choice as '- [x] right' or '- [ ] wrong': a dash, a space, then the mark");
    public static readonly DiagnosticDescriptor HeadingWithoutSpace = new("SCO2088", Warning,
        "'{0}' is shown as text, not as a heading: Markdown needs a space after the {1}", "write a space after the {1}: {1} {2}");
    public static readonly DiagnosticDescriptor DirectionAgainstLanguage = new("SCO2089", Warning,
        "direction: {0} lays the course out {1}, but '{2}' is written {3}", "delete the direction: line (the direction follows the language), or write direction: {4}");
    public static readonly DiagnosticDescriptor SectionIsAFolder = new("SCO2086", Error,
        "'{0}' is a folder, not a section file", "list the section's Markdown files (.md) themselves, one per line under sections:");

    public static readonly DiagnosticDescriptor AttributesNotClosed = new("SCO2080", Error,
        "the {{ that opens the attributes is not closed", "end the attributes with }}");
    public static readonly DiagnosticDescriptor StrayAttributeWord = new("SCO2081", Error,
        "'{0}' in the {{...}} is neither the id (#...) nor an attribute (key=value)", "write an attribute as key=value, or remove the word");
    public static readonly DiagnosticDescriptor PathWithSpaces = new("SCO2083", Error,
        "'{0}' has a space in it, so Markdown reads no {1} here: the learner would see the brackets and the path as text", "rename the file without spaces and write that name");
    public static readonly DiagnosticDescriptor AttributeQuoteNotClosed = new("SCO2082", Error,
        "the quote that opens the value {0} is not closed", "end the value with the same quote: {0}{1}");

    // Question pools (docs/question-pools.md): the draw= of a quiz, the group= of a question.
    public static readonly DiagnosticDescriptor InvalidDraw = new("SCO2070", Error,
        "draw=\"{0}\" is neither a number of questions nor a list of outcome:count ({1})", "write draw=5 to show five questions per attempt, or draw=\"LO1:2 LO2:1\" to show two on LO1 and one on LO2");
    public static readonly DiagnosticDescriptor DrawOutcomeTwice = new("SCO2071", Error,
        "draw= gives outcome '{0}' a count twice", "give each outcome one count: add them up ({0}:{1})");
    public static readonly DiagnosticDescriptor InvalidGroup = new("SCO2072", Error,
        "group=\"{0}\" is not a group name", "name the group with letters, digits, '-', '_' or '.', e.g. group=capital (one name for all the variants of a question)");
}
