using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.PackageValidation;

/// <summary>
/// Every learner can download every file of a package (Moodle and Blackboard serve them one by one): a teachers'
/// decoder or answer sheet inside the zip is a readable answer key. Found by its name, or by a spreadsheet header
/// that names a correct answer.
/// </summary>
internal static partial class AnswerKeyCheck
{
    /// <summary>A spreadsheet's header is in its first line; no more than this is read of an entry.</summary>
    private const int HeaderBytes = 4096;

    public static void Check(ZipArchive zip, DiagnosticBag diagnostics)
    {
        foreach (var entry in zip.Entries.Where(e => e.FullName.Length > 0 && !e.FullName.EndsWith('/')))
        {
            var why = KeyName().IsMatch(entry.Name) ? "by its name"
                : IsTable(entry.Name) && HeaderNamesAnAnswer(entry) ? "its header names the correct answers"
                : null;
            if (why is not null)
            {
                diagnostics.Report(DiagnosticCatalog.AnswerKeyInPackage, SourceSpan.File(entry.FullName), entry.FullName, why);
            }
        }
    }

    private static bool IsTable(string name) =>
        name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase);

    private static bool HeaderNamesAnAnswer(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var buffer = new byte[HeaderBytes];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var firstLine = Encoding.UTF8.GetString(buffer, 0, read).Split('\n')[0];
        return AnswerColumn().IsMatch(firstLine);
    }

    /// <summary>decoder.csv, course.decoder.csv, answers.csv, answer-key.pdf, solutions.txt...</summary>
    [GeneratedRegex(@"(^|[._ -])(decoder|answers?|answer[._ -]?key|solutions?)\.[a-z0-9]+$", RegexOptions.IgnoreCase)]
    private static partial Regex KeyName();

    [GeneratedRegex(@"(^|[,;\t""])\s*(correct[_ ]?(answer|response|pattern)s?|answer[_ ]?key|right[_ ]?answers?)\s*([,;\t""]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerColumn();
}
