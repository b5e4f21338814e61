using System.Text;
using System.Text.Json;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Export;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Reports;
using CivilSociety.Scorm.Resources;

namespace CivilSociety.Scorm;

/// <summary>
/// For teachers: where the outcomes are assessed (<see cref="Coverage"/>) and what the learners mastered
/// (<see cref="Mastery"/>, from the LMS's and the LRS's records). Both read the course through Load, Parse and
/// Validate (a course with errors reports nothing) and describe its questions as the question banks do.
/// </summary>
public static class CourseReports
{
    /// <summary>JSON for tools, with the course's texts written as they are (Arabic stays Arabic, not \\uXXXX).</summary>
    private static readonly ReportJsonContext Json = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static ReportResult Coverage(CoverageOptions options)
    {
        var diagnostics = new DiagnosticBag();
        if (ReadCourse(options.CourseDirectory, diagnostics, options.Target) is not var (course, bank, _))
        {
            return new ReportResult(null, null, null, diagnostics.ToList());
        }

        var rows = CoverageTable.Build(course, bank, diagnostics);
        var content = options.Format switch
        {
            CoverageFormat.Text => Encoding.UTF8.GetBytes(CoverageTable.Text(rows, bank)),
            CoverageFormat.Csv => CoverageTable.Csv(rows),
            CoverageFormat.Json => JsonSerializer.SerializeToUtf8Bytes(rows.ToList(), Json.ListCoverageRow),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Format, "not a coverage format"),
        };
        return Finish(content, null, options.OutputPath, diagnostics);
    }

    public static ReportResult Mastery(ReportOptions options)
    {
        var diagnostics = new DiagnosticBag();
        if (ReadCourse(options.CourseDirectory, diagnostics, null) is not var (course, _, reportCourse))
        {
            return new ReportResult(null, null, null, diagnostics.ToList());
        }

        var records = new LearnerRecords(reportCourse);
        foreach (var (language, path) in options.MoodleReports.Select(ReportOptions.LanguageAndFile))
        {
            if (options.Language is null || string.Equals(language ?? course.Language, options.Language, StringComparison.OrdinalIgnoreCase))
            {
                ReportFiles.Read(Path.GetFullPath(path), reportCourse, records, diagnostics);   // every language version has the course's ids
            }
        }

        if (options.LrsEndpoint is { } endpoint)
        {
            LrsStatements.Read(new LrsRequest(endpoint, options.LrsAuthorization, course.Xapi?.ActivityBase, options.LrsPageSize, options.LrsMaxPages), records, diagnostics);
        }

        if (records.AnswerCount == 0 && records.ObjectiveCount == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Report(DiagnosticCatalog.NoRecordsOfCourse, course.Location, course.Id);
        }

        var report = MasteryCalculator.Compute(reportCourse, records);
        var content = options.Format switch
        {
            ReportFormat.Html => Encoding.UTF8.GetBytes(ReportHtml.Write(report)),
            ReportFormat.Csv => ReportCsv.Write(report),
            ReportFormat.Json => JsonSerializer.SerializeToUtf8Bytes(report, Json.MasteryReport),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Format, "not a report format"),
        };
        var extension = options.Format switch { ReportFormat.Csv => ".report.csv", ReportFormat.Json => ".report.json", _ => ".report.html" };
        return Finish(content, report, options.OutputPath ?? Path.Combine("out", course.Id + extension), diagnostics);
    }

    private static (Course Course, BankCourse Bank, ReportCourse ReportCourse)? ReadCourse(string courseDirectory, DiagnosticBag diagnostics, PackageTarget? target)
    {
        var (course, _) = CourseCompiler.Read(courseDirectory, diagnostics, target);
        if (course is null || diagnostics.HasErrors)
        {
            return null;
        }

        var bank = QuestionBank.Build(course, new MarkdownHtml(MarkdownPipelineFactory.Shared));
        return (course, bank, new ReportCourse(course, bank, UiStrings.For(course.Language, course.StringOverrides)));
    }

    /// <summary>Writes the content (whole or not at all) unless the output is "-" or none; an error writes nothing.</summary>
    private static ReportResult Finish(byte[] content, MasteryReport? report, string? outputPath, DiagnosticBag diagnostics)
    {
        if (diagnostics.HasErrors)
        {
            return new ReportResult(null, null, report, diagnostics.ToList());
        }

        var written = outputPath is null or "-" ? null : ExportFile.Write(content, outputPath, diagnostics);
        return new ReportResult(written, content, report, diagnostics.ToList());
    }
}
