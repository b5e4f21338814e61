using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Translation;

/// <summary>
/// A course's translation into one language, checked against the course as it is now: for each text, what the
/// package shows (the translation, or the source where there is none). Applied in two places: the Markdown files'
/// texts before they are parsed (so every id, attribute and answer key stays the source's), then the titles,
/// outcomes and player's texts of the parsed course.
/// </summary>
internal sealed partial class CourseTranslation
{
    private readonly IReadOnlyList<TranslationUnit> _units;
    private readonly Dictionary<string, IReadOnlyList<InlinePiece>> _chosen;

    private CourseTranslation(string language, string sourceLanguage, IReadOnlyList<TranslationUnit> units, Dictionary<string, IReadOnlyList<InlinePiece>> chosen)
    {
        Language = language;
        SourceLanguage = sourceLanguage;
        _units = units;
        _chosen = chosen;
    }

    public string Language { get; }

    public string SourceLanguage { get; }

    /// <summary>Reads translations/LANG.xlf and checks it against the course; null when it cannot be used (reported).</summary>
    /// <param name="staleToSource">Show the new source text of a unit whose source changed since it was translated.</param>
    public static CourseTranslation? Read(CourseSources sources, Course course, string language, bool staleToSource, DiagnosticBag diagnostics)
    {
        if (!Languages.IsWellFormed(language))
        {
            diagnostics.ReportWithHelp(DiagnosticCatalog.InvalidLanguageTag, SourceSpan.File(""),
                Languages.WithTagMeant(language, DiagnosticCatalog.InvalidLanguageTag.Help!), language);
            return null;
        }

        if (TranslationFiles.Read(sources, language, diagnostics) is not { } bytes
            || XliffReader.Read(bytes, TranslationFiles.PathOf(language), diagnostics) is not { } document)
        {
            return null;
        }

        if (document.TargetLanguage is { } declared && !string.Equals(declared, language, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Report(DiagnosticCatalog.TranslationLanguageDiffers, document.Location, declared, language);
        }

        var units = CourseTexts.Of(course, sources);
        var chosen = Match(units, document, language, staleToSource, diagnostics);
        return new CourseTranslation(language, course.Language, units, chosen);
    }

    /// <summary>The translation each unit takes; every unit without one, broken, stale or unknown is reported.</summary>
    private static Dictionary<string, IReadOnlyList<InlinePiece>> Match(
        IReadOnlyList<TranslationUnit> units, XliffDocument document, string language, bool staleToSource, DiagnosticBag diagnostics)
    {
        var byId = units.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        var handled = new HashSet<string>(StringComparer.Ordinal);
        var chosen = new Dictionary<string, IReadOnlyList<InlinePiece>>(StringComparer.Ordinal);
        foreach (var translated in document.Units)
        {
            if (!seen.TryAdd(translated.Id, translated.Location))
            {
                diagnostics.Report(DiagnosticCatalog.UnitTwice, translated.Location, translated.Id, seen[translated.Id].Line);
                continue;
            }

            if (!byId.TryGetValue(translated.Id, out var unit))
            {
                diagnostics.Report(DiagnosticCatalog.UnitUnknown, translated.Location, translated.Id);
                continue;
            }

            if (!translated.IsTranslated || InlineText.Key(translated.Target!).Length == 0)
            {
                continue;   // reported below, with the others not translated
            }

            handled.Add(unit.Id);
            if (InlineCodes.Problems(unit.Source, translated.Target!, translated.Problems) is { Count: > 0 } problems)
            {
                diagnostics.Report(DiagnosticCatalog.BrokenInlineCode, translated.Location, unit.Id, string.Join("; ", problems));
                continue;
            }

            if (InlineText.Key(translated.Source) != InlineText.Key(unit.Source))
            {
                diagnostics.Report(DiagnosticCatalog.UnitStale, translated.Location, unit.Id,
                    staleToSource ? "its new source text" : "the translation of its old source", language);
                if (staleToSource)
                {
                    continue;
                }
            }

            chosen[unit.Id] = translated.Target!;
        }

        foreach (var unit in units.Where(u => !handled.Contains(u.Id)))
        {
            // A unit in the file with an empty target is pointed at itself; one left out of the file, at its <file>.
            diagnostics.Report(DiagnosticCatalog.UnitNotTranslated, seen.TryGetValue(unit.Id, out var inFile) ? inFile : document.Files.GetValueOrDefault(unit.File, document.Location),
                unit.Id, unit.Note, language);
        }

        return chosen;
    }

    /// <summary>The translated text of a unit (Markdown for a text of a section file, plain text for a value of course.yml), or null.</summary>
    private string? Translated(TranslationUnit unit) =>
        _chosen.TryGetValue(unit.Id, out var target)
            ? unit.Range is null ? string.Join(' ', InlineText.Plain(target).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : InlineText.ToMarkdown(target, InlineText.Codes(unit.Source), unit.IsMultiline)
            : null;
}
