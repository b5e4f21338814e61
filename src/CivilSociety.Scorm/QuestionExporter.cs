using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Export;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Resources;

namespace CivilSociety.Scorm;

/// <summary>
/// Exports a course's questions to a question bank: the pipeline of <see cref="CourseCompiler"/> up to Validate
/// (a course with errors exports nothing), then each question described by its type, then the format's writer.
/// </summary>
public static class QuestionExporter
{
    public static ExportResult Export(ExportOptions options)
    {
        // A warning is what the format cannot carry: with --warnings-as-errors, nothing is exported.
        var diagnostics = new DiagnosticBag(warningsAsErrors: options.WarningsAsErrors);
        var (course, sources) = CourseCompiler.Read(options.CourseDirectory, diagnostics, options.Target);   // Load, Parse, Validate
        if (course is null || diagnostics.HasErrors)
        {
            return new ExportResult(null, diagnostics.ToList());
        }

        var bank = QuestionBank.Build(course, new MarkdownHtml(MarkdownPipelineFactory.Shared))  // each type describes its questions
            .WithoutUnexported(ExportFile.FormatName(options.Format), diagnostics);
        if (options.OrderingAsMatching)
        {
            bank = bank.WithOrderingAsMatching(ExportFile.FormatName(options.Format), diagnostics);
        }

        var media = new BankMedia(sources);
        var strings = UiStrings.For(course.Language, course.StringOverrides);
        var content = options.Format switch
        {
            QuestionFormat.MoodleXml => new MoodleXmlWriter(bank, media, diagnostics).Write(),
            QuestionFormat.Gift => new GiftWriter(bank, media, diagnostics).Write(),
            _ => new Qti21Writer(bank, media, new Dictionary<string, string>
            {
                ["true"] = strings[RuntimeContract.Strings.True],
                ["false"] = strings[RuntimeContract.Strings.False],
            }, diagnostics).Write(),
        };

        if (diagnostics.HasErrors)
        {
            return new ExportResult(null, diagnostics.ToList());
        }

        var outputPath = options.OutputPath ?? Path.Combine("out", ExportFile.DefaultName(course.Id, options.Format));
        var written = ExportFile.Write(content, outputPath, diagnostics);
        return new ExportResult(written, diagnostics.ToList());
    }
}
