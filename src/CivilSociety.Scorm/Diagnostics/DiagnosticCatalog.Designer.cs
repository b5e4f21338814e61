namespace CivilSociety.Scorm.Diagnostics;

// What designers build with (issue 25): blocks written as ::: fences, media players, the glossary.
// Parse codes SCO2050-SCO2069, validation codes SCO3080-SCO3099, kept in a file of their own.
internal static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor UnknownBlock = new("SCO2050", Error,
        "'::: {0}' is no block the player knows", "use one of ::: note, tip, warning, important, accordion, tabs, glossary or quiz (docs/blocks.md)");
    public static readonly DiagnosticDescriptor BlockWithoutPanels = new("SCO2051", Error,
        "'::: {0}' holds no ### heading: each of its {1} starts with one", "start each {2} with a ### heading that names it, then its text below");
    public static readonly DiagnosticDescriptor TextBeforeFirstPanel = new("SCO2052", Error,
        "text before the first ### heading of '::: {0}' belongs to no {1}", "move it above the ::: {0} line, or give it a ### heading of its own");
    public static readonly DiagnosticDescriptor BlockNotClosed = new("SCO2053", Error,
        "the '::: {0}' block is not closed, so it swallows the rest of the section", "end the block with a line holding only :::");
    public static readonly DiagnosticDescriptor GlossaryTermTwice = new("SCO2054", Error,
        "the glossary defines '{0}' twice", "define each term once; merge the two definitions");
    public static readonly DiagnosticDescriptor SecondGlossary = new("SCO3080", Error,
        "a course has one glossary; this second '::: glossary' would hide the first one's terms", "merge the two into one ::: glossary block (in a section of its own, which becomes the glossary page)");
    public static readonly DiagnosticDescriptor UnknownGlossaryTerm = new("SCO3081", Error,
        "'glossary:{0}' names no term of the course's glossary", "define it under a ### heading in the ::: glossary block, or link a term it defines");
    public static readonly DiagnosticDescriptor VideoWithoutCaptions = new("SCO3082", Warning,
        "the video '{0}' has no captions: learners who cannot hear it miss what is said (WCAG 1.2.2)", "put a WebVTT file '{1}' beside it, or name one with {{captions=\"file.vtt\"}} after the image");
    public static readonly DiagnosticDescriptor AudioWithoutTranscript = new("SCO3083", Warning,
        "the sound file '{0}' has no transcript: learners who cannot hear it miss what is said (WCAG 1.2.1)", "put a text file '{1}' beside it, or name one with {{transcript=\"file.txt\"}} after the image");
    public static readonly DiagnosticDescriptor ExternalVideo = new("SCO3084", Warning,
        "'{0}' is a video on another site: it becomes a link that opens in a new window, and plays only when the learner is online", "bundle the video file in the course (with its captions) to play it in the page; a package may load nothing from another site");
    public static readonly DiagnosticDescriptor MediaTextFileKind = new("SCO3085", Error,
        "'{0}' is named as {1}, but is not {2}", "name a {2} file (a player shows no other kind)");
    public static readonly DiagnosticDescriptor InvalidThemeColour = new("SCO3086", Error,
        "'{0}' is not a colour: the theme's {1} is written #rrggbb (or #rgb)", "write it as a hex colour, e.g. {1}: \"#123a63\" (with the quotes: YAML reads # as a comment)");
    public static readonly DiagnosticDescriptor ThemeContrastTooLow = new("SCO3087", Error,
        "the theme's {0} '{1}' has a contrast of {2:0.00}:1 against {3}; WCAG AA needs at least 4.5:1 for text", "darken it until the ratio is 4.5 or more{4}");
    public static readonly DiagnosticDescriptor BrandImageRefused = new("SCO3088", Error,
        "the {0} '{1}' {2}", "{3}");

    // The ending (docs/ending.md): course.yml's completion: message and certificate:.
    public static readonly DiagnosticDescriptor CompletionMessageHasHtml = new("SCO3095", Error,
        "the completion message holds HTML ({0}): it is plain text or Markdown", "write it in Markdown (**bold**, *emphasis*, [a link](https://example.org)) instead of HTML");
    public static readonly DiagnosticDescriptor CompletionMessageTooLong = new("SCO3096", Warning,
        "the completion message is {0} characters long: the summary shows it above the learner's outcomes, which it pushes out of sight", "keep it under {1} characters: a few sentences that congratulate and say what comes next");
}
