namespace CivilSociety.Scorm.Diagnostics;

// Translation: reading a translator's XLIFF file (translations/LANG.xlf, Translation/): SCO1020-SCO1049, read with
// the course's files. A translation is hostile input: read with a bound, no DTD, and every problem located in it.
internal static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor TranslationMissing = new("SCO1020", Error,
        "the course has no translation into '{0}': {1} does not exist", "export the texts with 'civil-scorm translate export --to {0}', have them translated, and put the file the translator sends back at {1}");
    public static readonly DiagnosticDescriptor TranslationUnreadable = new("SCO1021", Error,
        "the translation cannot be read: {0}", "ask the translator to export the file again from the CAT tool as XLIFF 1.2, and save it as it comes (UTF-8, no DOCTYPE)");
    public static readonly DiagnosticDescriptor TranslationNotXliff = new("SCO1022", Error,
        "the translation is not an XLIFF 1.2 document: {0}", "the file must be what 'civil-scorm translate export' wrote, translated: an <xliff version=\"1.2\"> document in the namespace urn:oasis:names:tc:xliff:document:1.2");
    public static readonly DiagnosticDescriptor TranslationLanguageDiffers = new("SCO1023", Warning,
        "the file says it is a translation into '{0}', but it is read as the translation into '{1}'", "check that the right file was put at translations/{1}.xlf; if it is, correct target-language in the file");
    public static readonly DiagnosticDescriptor BrokenInlineCode = new("SCO1024", Error,
        "the translation of '{0}' breaks its inline codes: {1}", "inline codes stand for the course's formatting, links, images and HTML: the translation keeps each code of the source once (it may move it), and adds none; fix it in the CAT tool (copy the codes from the source)");
    public static readonly DiagnosticDescriptor UnitNotTranslated = new("SCO1025", Warning,
        "'{0}' ({1}) is not translated: the package shows its source text", "translate it: 'civil-scorm translate export --to {2} --missing' writes only what is left to translate");
    public static readonly DiagnosticDescriptor UnitStale = new("SCO1026", Warning,
        "the source of '{0}' changed since it was translated; the package shows {1}", "have the unit translated again: 'civil-scorm translate export --to {2} --missing' gives it with its new source (and the old translation to revise); build with --stale-source to show the new source text meanwhile");
    public static readonly DiagnosticDescriptor UnitUnknown = new("SCO1027", Warning,
        "'{0}' is no text of this course (it was removed, or its section or question was renamed); it is left out", "nothing to do if the text was removed; if its section or question was renamed, export again and have the new units translated");
    public static readonly DiagnosticDescriptor UnitTwice = new("SCO1028", Error,
        "'{0}' is translated twice in the file (first at line {1})", "keep one trans-unit with this id: the one with the right translation");
    public static readonly DiagnosticDescriptor InvalidLanguageTag = new("SCO1029", Error,
        "'{0}' is not a language tag", "name the language as a BCP 47 tag, as course.yml does: en, fr, es, ru, zh, ar, pt-BR");
}
