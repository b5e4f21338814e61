using System.Xml;
using System.Xml.Linq;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Export;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Questions;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Export;

/// <summary>
/// Every sample (a new question type brings its own) exports in every format: without an error, as well-formed XML
/// whose QTI identifiers are XML names; a question no exporter can write is left out with a warning, never a crash.
/// The golden files pin the formats' details for the sample of every type (<see cref="ExportGoldenTests"/>).
/// </summary>
public sealed class EverySampleExportTests
{
    public static TheoryData<string, QuestionFormat> Cases()
    {
        var data = new TheoryData<string, QuestionFormat>();
        foreach (var sample in Repository.Samples)
        {
            foreach (var format in Enum.GetValues<QuestionFormat>())
            {
                data.Add(sample, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sample_exports_as_well_formed_files(string sample, QuestionFormat format)
    {
        var (content, diagnostics) = ExportRun.Of(Path.Combine(Repository.Root, sample), format);

        diagnostics.Should().NotContain(d => d.Severity == DiagnosticSeverity.Error);
        switch (format)
        {
            case QuestionFormat.MoodleXml:
                XDocument.Load(new MemoryStream(content)).Root!.Name.LocalName.Should().Be("quiz");
                break;
            case QuestionFormat.Gift:
                content.Should().NotBeEmpty();
                break;
            default:
                foreach (var xml in ExportRun.Entries(content).Where(e => e.Key.EndsWith(".xml", StringComparison.Ordinal)).Select(e => XDocument.Load(new MemoryStream(e.Value))))
                {
                    xml.Descendants().Where(e => e.Name.LocalName is "simpleChoice" or "simpleAssociableChoice" or "modalFeedback")
                        .Select(e => e.Attribute("identifier")!.Value).ToList().ForEach(id => XmlConvert.VerifyNCName(id));
                }

                break;
        }
    }

    [Fact]
    public void A_question_with_no_form_in_question_banks_is_left_out_with_a_warning()
    {
        // Every type describes the answer it read; a question whose answer could not be read has no form.
        var question = new Question("q-essay", QuestionTypeRegistry.Named("matching")!, 1, [], "Say why.", null, null, null, null, null, SourceSpan.File("sections/one.md"));
        var entry = new BankEntry("one.q-essay", "Say why.", "<p>Say why.</p>", new BankNoForm(), 1, null, null, null, [], question);
        var bank = new BankCourse("c", "C", "en", TextDirection.LeftToRight, [new BankSection("one", "One", "sections/one.md", [entry])]);
        var diagnostics = new DiagnosticBag();

        var kept = bank.WithoutUnexported("GIFT", diagnostics);

        kept.AllEntries.Should().BeEmpty();
        diagnostics.ToList().Should().ContainSingle(d => d.Id == "SCO7001" && d.Message.Contains("'matching' has no form in question banks"));
    }
}
