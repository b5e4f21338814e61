using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Export;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Translation;

namespace CivilSociety.Scorm;

/// <summary>
/// Exports a course's texts for a translator as one XLIFF 1.2 file (docs/translation.md): the pipeline of
/// <see cref="CourseCompiler"/> up to Validate (a course with errors exports nothing), every text a learner reads as a
/// unit, and what translations/LANG.xlf holds already as the units' targets. Built back with build --language LANG.
/// </summary>
public static class CourseTranslator
{
    public static CompileResult Export(TranslationExportOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var (course, sources) = CourseCompiler.Read(options.CourseDirectory, diagnostics, target: null);   // Load, Parse, Validate
        if (course is null || diagnostics.HasErrors)
        {
            return CompileResult.Failed(diagnostics);
        }

        if (!Languages.IsWellFormed(options.Language))
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.InvalidLanguageTag, SourceSpan.File(""),
                Languages.WithTagMeant(options.Language, DiagnosticCatalog.InvalidLanguageTag.Help!), options.Language);
            return CompileResult.Failed(diagnostics);
        }

        var existing = new Dictionary<string, XliffUnit>(StringComparer.Ordinal);
        if (TranslationFiles.Read(sources, options.Language, diagnostics, reportMissing: false) is { } bytes)
        {
            if (XliffReader.Read(bytes, TranslationFiles.PathOf(options.Language), diagnostics) is not { } document)
            {
                return CompileResult.Failed(diagnostics);   // a translation that cannot be read would be lost, not carried over
            }

            foreach (var unit in document.Units)
            {
                existing.TryAdd(unit.Id, unit);
            }
        }

        var units = CourseTexts.Of(course, sources).Select(unit => Exported(unit, existing.GetValueOrDefault(unit.Id)))
            .Where(unit => !options.MissingOnly || unit.State != "translated")
            .ToList();
        var version = typeof(CourseTranslator).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";
        var content = XliffWriter.Write(units, course.Language, options.Language, version);
        var outputPath = options.OutputPath ?? Path.Combine("out", $"{course.Id}.{options.Language}.xlf");
        return ExportFile.Write(content, outputPath, diagnostics) is { } written
            ? CompileResult.Written(written, diagnostics)
            : CompileResult.Failed(diagnostics);
    }

    /// <summary>The languages a course folder has a translation into: the names of its translations/*.xlf files.</summary>
    public static IReadOnlyList<string> LanguagesOf(string courseDirectory)
    {
        var folder = Path.Combine(courseDirectory, TranslationFiles.Folder);
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.xlf").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)]
            : [];
    }

    /// <summary>
    /// A unit with the translation it has: as it is when its source is the same ("translated"), to revise when its
    /// source changed or its codes are broken ("needs-review-translation", the old source in a note).
    /// </summary>
    private static ExportedUnit Exported(TranslationUnit unit, XliffUnit? translated)
    {
        if (translated is not { IsTranslated: true, Target: { } target })
        {
            return new ExportedUnit(unit, null, null, null);
        }

        var changed = InlineText.Key(translated.Source) != InlineText.Key(unit.Source);
        var broken = InlineCodes.Problems(unit.Source, target, translated.Problems).Count > 0;
        return changed || broken
            ? new ExportedUnit(unit, target, "needs-review-translation", changed ? InlineText.Plain(translated.Source) : null)
            : new ExportedUnit(unit, target, "translated", null);
    }
}
