using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Questions;

namespace CivilSociety.Scorm.Export;

/// <summary>What a question loses in a format, reported as SCO7002 at the question's heading.</summary>
internal static class FormatLosses
{
    public static void Report(BankEntry entry, string format, string what, DiagnosticBag diagnostics) =>
        diagnostics.Report(DiagnosticCatalog.ExportLosesFeature, entry.Question.Location, entry.Id, format, what);

    /// <summary>No bank format folds Arabic spellings as the runtime does: the teacher must list each one.</summary>
    public static void ArabicFolding(BankEntry entry, string format, DiagnosticBag diagnostics)
    {
        if (entry.Shape is BankShortAnswer { FoldsArabic: true })
        {
            Report(entry, format, "the Arabic spelling folding of its answers (alef and hamza forms, taa marbuta, alef maqsura, diacritics): accept each spelling in the LMS", diagnostics);
        }
    }
}
