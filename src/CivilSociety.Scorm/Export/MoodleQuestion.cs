using System.Xml;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Questions;

namespace CivilSociety.Scorm.Export;

/// <summary>
/// One question of a Moodle XML file: the shape decides the Moodle type (multichoice, truefalse, shortanswer,
/// numerical, matching, ordering); what every Moodle question has is written around it in Moodle's element order.
/// </summary>
internal sealed class MoodleQuestion(XmlWriter xml, MoodleXmlWriter file, BankSection section, BankEntry entry)
{
    private static readonly string Format = ExportFile.FormatName(QuestionFormat.MoodleXml);

    public void Write()
    {
        if (entry.Shape is BankChoices { SeveralCorrect: true } several && MoodleXmlWriter.ShareOf(several.CorrectCount) is null)
        {
            file.Diagnostics.Report(DiagnosticCatalog.ExportLeftOut, entry.Question.Location, entry.Id, Format,
                $"Moodle cannot give each of {several.CorrectCount} right choices an equal grade it lists");
            return;
        }

        FormatLosses.ArabicFolding(entry, Format, file.Diagnostics);
        xml.WriteStartElement("question");
        xml.WriteAttributeString("type", MoodleType());
        xml.WriteStartElement("name");
        xml.WriteElementString("text", entry.Name);
        xml.WriteEndElement();
        Html("questiontext", entry.TextHtml);
        Html("generalfeedback", null);
        xml.WriteElementString("defaultgrade", entry.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture));
        xml.WriteElementString("penalty", entry.Shape is BankTrueFalse ? "1" : "0.3333333");
        xml.WriteElementString("hidden", "0");
        xml.WriteElementString("idnumber", entry.Id);
        WriteAnswer();
        if (entry.HintHtml is { } hint)
        {
            Html("hint", hint);
        }

        MoodleXmlWriter.WriteTags(xml, entry);
        xml.WriteEndElement();
    }

    private string MoodleType() => entry.Shape switch
    {
        BankChoices => "multichoice",
        BankTrueFalse => "truefalse",
        BankShortAnswer => "shortanswer",
        BankNumber => "numerical",
        BankPairs => "matching",
        BankOrdering => "ordering",
        _ => throw new InvalidOperationException($"no Moodle type for {entry.Shape.GetType().Name}"),
    };

    private void WriteAnswer()
    {
        switch (entry.Shape)
        {
            case BankChoices choices:
                xml.WriteElementString("single", choices.SeveralCorrect ? "false" : "true");
                xml.WriteElementString("shuffleanswers", "true");
                xml.WriteElementString("answernumbering", "abc");
                xml.WriteElementString("showstandardinstruction", "0");
                CombinedFeedback();
                var share = choices.SeveralCorrect ? MoodleXmlWriter.ShareOf(choices.CorrectCount)!.Value : 100m;

                // A wrong choice takes the whole grade away: Moodle has no all-or-nothing multichoice, and without a
                // penalty, ticking every box would earn full marks.
                foreach (var choice in choices.Choices)
                {
                    Answer(choice.IsCorrect ? share : choices.SeveralCorrect ? -100m : 0m, choice.Html, html: true, choice.FeedbackHtml);
                }

                break;
            case BankTrueFalse trueFalse:
                Answer(trueFalse.IsTrue ? 100m : 0m, "true", html: false, trueFalse.IsTrue ? entry.CorrectHtml : entry.IncorrectHtml);
                Answer(trueFalse.IsTrue ? 0m : 100m, "false", html: false, trueFalse.IsTrue ? entry.IncorrectHtml : entry.CorrectHtml);
                break;
            case BankShortAnswer shortAnswer:
                xml.WriteElementString("usecase", shortAnswer.CaseSensitive ? "1" : "0");
                foreach (var accepted in shortAnswer.Accepted)
                {
                    // '*' is Moodle's wildcard in short answers: an accepted '*' is meant literally.
                    Answer(100m, accepted.Replace("*", "\\*", StringComparison.Ordinal), html: false, entry.CorrectHtml);
                }

                AnyOtherAnswer();
                break;
            case BankNumber number:
                Answer(100m, MoodleXmlWriter.Number(number.Value), html: false, entry.CorrectHtml, tolerance: number.Tolerance);
                AnyOtherAnswer();
                xml.WriteElementString("unitgradingtype", "0");
                xml.WriteElementString("unitpenalty", "0.1000000");
                xml.WriteElementString("showunits", "3");
                xml.WriteElementString("unitsleft", "0");
                break;
            case BankPairs pairs:
                xml.WriteElementString("shuffleanswers", "true");
                CombinedFeedback();
                foreach (var pair in pairs.Pairs)
                {
                    xml.WriteStartElement("subquestion");
                    xml.WriteAttributeString("format", "html");
                    file.WriteHtmlContent(xml, pair.LeftHtml, section.SourcePath);
                    xml.WriteStartElement("answer");
                    xml.WriteElementString("text", pair.RightText);
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }

                break;
            case BankOrdering ordering:
                xml.WriteElementString("layouttype", "VERTICAL");
                xml.WriteElementString("selecttype", "ALL");
                xml.WriteElementString("selectcount", "0");
                xml.WriteElementString("gradingtype", "ALL_OR_NOTHING");
                xml.WriteElementString("showgrading", "SHOW");
                xml.WriteElementString("numberingstyle", "none");
                CombinedFeedback();

                // The ordering type keeps the right order in each answer's "fraction": 1, 2, 3...
                for (var i = 0; i < ordering.Items.Count; i++)
                {
                    Answer(i + 1, ordering.Items[i].Html, html: true, feedbackHtml: null);
                }

                break;
        }
    }

    /// <summary>Moodle's correct / partially correct / incorrect feedback (multichoice, matching, ordering).</summary>
    private void CombinedFeedback()
    {
        Html("correctfeedback", entry.CorrectHtml);
        Html("partiallycorrectfeedback", entry.IncorrectHtml);
        Html("incorrectfeedback", entry.IncorrectHtml);
        xml.WriteElementString("shownumcorrect", "");
    }

    /// <summary>"*" with no grade: Moodle shows its feedback for any answer not listed, the incorrect feedback.</summary>
    private void AnyOtherAnswer()
    {
        if (entry.IncorrectHtml is { } incorrect)
        {
            Answer(0m, "*", html: false, incorrect);
        }
    }

    private void Answer(decimal fraction, string text, bool html, string? feedbackHtml, decimal? tolerance = null)
    {
        xml.WriteStartElement("answer");
        xml.WriteAttributeString("fraction", MoodleXmlWriter.Number(fraction));
        xml.WriteAttributeString("format", html ? "html" : "plain_text");
        if (html)
        {
            file.WriteHtmlContent(xml, text, section.SourcePath);
        }
        else
        {
            xml.WriteElementString("text", text);
        }

        if (tolerance is { } value)
        {
            xml.WriteElementString("tolerance", MoodleXmlWriter.Number(value));
        }

        Html("feedback", feedbackHtml);
        xml.WriteEndElement();
    }

    private void Html(string element, string? html) => file.WriteHtml(xml, element, html, section.SourcePath);
}
