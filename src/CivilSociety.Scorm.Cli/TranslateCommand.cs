using System.CommandLine;

namespace CivilSociety.Scorm.Cli;

/// <summary>
/// <c>translate export [COURSE_DIR] --to LANG [-o FILE.xlf] [--missing]</c>: the course's texts as an XLIFF 1.2 file
/// for a translator; the translation comes back as translations/LANG.xlf and is built with build --language LANG.
/// </summary>
internal static class TranslateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var courseDirectory = CommonOptions.CourseDirectory();
        var language = new Option<string>("--to")
        {
            Description = "The language to translate into (a BCP 47 tag: en, fr, es, ru, zh, ar, pt-BR)",
            Required = true,
            HelpName = "LANG",
        };
        var outputPath = new Option<string?>("--output", "-o") { Description = "The XLIFF file to write (default: out/<course id>.<LANG>.xlf)", HelpName = "FILE.xlf" };
        var missing = new Option<bool>("--missing")
        {
            Description = "Only the texts not translated yet in translations/<LANG>.xlf, or whose source changed since (with the old translation to revise)",
        };
        var format = CommonOptions.Format();

        var export = new Command("export", "Write every text a learner reads as an XLIFF 1.2 file for a translator (a CAT tool: Trados, memoQ, Phrase, OmegaT)")
        {
            courseDirectory, language, outputPath, missing, format,
        };
        export.SetAction(parse =>
        {
            var directory = CommonOptions.CourseFolder(parse.GetValue(courseDirectory));
            var options = new TranslationExportOptions(directory, parse.GetValue(language)!, parse.GetValue(outputPath))
            {
                MissingOnly = parse.GetValue(missing),
            };
            return CommonOptions.Print(CourseTranslator.Export(options), parse.GetValue(format), directory, output, error);
        });

        return new Command("translate", "Translate the course: export its texts as XLIFF; the translation, put in translations/LANG.xlf, is built with build --language LANG")
        {
            export,
        };
    }
}
