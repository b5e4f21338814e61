using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CivilSociety.Scorm.Questions;

namespace CivilSociety.Scorm.Export;

/// <summary>
/// One QTI 2.1 assessmentItem: the shape decides the interaction (choice, textEntry, match, order) and the response
/// declaration; response processing scores the weight when the answer is right and sets FEEDBACK to correct or
/// incorrect, which shows the question's modal feedback; for choices, CHOICE_FEEDBACK shows each picked choice's.
/// </summary>
internal sealed class QtiItem(BankCourse bank, BankEntry entry, Func<string, IReadOnlyList<XNode>> blocks, IReadOnlyDictionary<string, string> trueFalseTexts)
{
    private static readonly XNamespace Qti = QtiHtml.Qti;
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private const string Response = "RESPONSE";
    private const string ChoiceFeedback = "CHOICE_FEEDBACK";

    public XDocument Build()
    {
        var (declaration, interaction) = Interaction();
        var item = new XElement(Qti + "assessmentItem",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "schemaLocation", "http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"),
            new XAttribute("identifier", entry.Id),
            new XAttribute("title", entry.Name),
            new XAttribute("adaptive", "false"),
            new XAttribute("timeDependent", "false"),
            new XAttribute(XNamespace.Xml + "lang", bank.Language),
            declaration,
            Outcome("SCORE", "single", "float", "0"),
            Outcome("MAXSCORE", "single", "float", Number(entry.Weight)),
            Outcome("FEEDBACK", "single", "identifier", null),
            entry.Shape is BankChoices ? Outcome(ChoiceFeedback, "multiple", "identifier", null) : null,
            new XElement(Qti + "itemBody", blocks(entry.TextHtml), interaction),
            Processing(),
            Feedback("FEEDBACK", "correct", entry.CorrectHtml),
            Feedback("FEEDBACK", "incorrect", entry.IncorrectHtml),
            entry.Shape is BankChoices choices ? choices.Choices.Select(c => Feedback(ChoiceFeedback, ChoiceId(c.Id), c.FeedbackHtml)) : null);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), item);
    }

    private (XElement Declaration, XElement Interaction) Interaction() => entry.Shape switch
    {
        BankChoices choices => (
            Declaration(choices.SeveralCorrect ? "multiple" : "single", "identifier", choices.Choices.Where(c => c.IsCorrect).Select(c => ChoiceId(c.Id))),
            new XElement(Qti + "choiceInteraction", Attributes(shuffle: true), new XAttribute("maxChoices", choices.SeveralCorrect ? 0 : 1),
                choices.Choices.Select(c => new XElement(Qti + "simpleChoice", new XAttribute("identifier", ChoiceId(c.Id)), blocks(c.Html))))),
        BankTrueFalse trueFalse => (
            Declaration("single", "identifier", [trueFalse.IsTrue ? "true" : "false"]),
            new XElement(Qti + "choiceInteraction", Attributes(shuffle: false), new XAttribute("maxChoices", 1),
                trueFalseTexts.Select(pair => new XElement(Qti + "simpleChoice", new XAttribute("identifier", pair.Key), pair.Value)))),
        BankShortAnswer shortAnswer => (
            Declaration("single", "string", shortAnswer.Accepted.Take(1)),
            TextEntry(shortAnswer.Accepted.Max(a => a.Length))),
        BankNumber number => (Declaration("single", "float", [Number(number.Value)]), TextEntry(20)),
        BankPairs pairs => (
            Declaration("multiple", "directedPair", pairs.Pairs.Select(p => $"{p.LeftId} {RightId(p.RightId)}")),
            new XElement(Qti + "matchInteraction", Attributes(shuffle: true), new XAttribute("maxAssociations", pairs.Pairs.Count),
                new XElement(Qti + "simpleMatchSet", pairs.Pairs.Select(p =>
                    new XElement(Qti + "simpleAssociableChoice", new XAttribute("identifier", p.LeftId), new XAttribute("matchMax", 1), blocks(p.LeftHtml)))),
                new XElement(Qti + "simpleMatchSet", pairs.DistinctRights.Select(p =>
                    new XElement(Qti + "simpleAssociableChoice", new XAttribute("identifier", RightId(p.RightId)),
                        new XAttribute("matchMax", pairs.Pairs.Count(q => q.RightId == p.RightId)), p.RightText))))),
        BankOrdering ordering => (
            Declaration("ordered", "identifier", ordering.Items.Select(i => i.Id)),
            new XElement(Qti + "orderInteraction", Attributes(shuffle: true),
                ordering.Items.Select(i => new XElement(Qti + "simpleChoice", new XAttribute("identifier", i.Id), blocks(i.Html))))),
        _ => throw new InvalidOperationException($"no QTI interaction for {entry.Shape.GetType().Name}"),
    };

    /// <summary>A text box sits inside a paragraph: it is an inline interaction, and an item body holds blocks.</summary>
    private static XElement TextEntry(int expectedLength) =>
        new(Qti + "p", new XElement(Qti + "textEntryInteraction", new XAttribute("responseIdentifier", Response), new XAttribute("expectedLength", expectedLength)));

    private static XAttribute[] Attributes(bool shuffle) => [new("responseIdentifier", Response), new("shuffle", shuffle ? "true" : "false")];

    /// <summary>QTI identifiers are XML names: a choice id that cannot start one (a digit: "1" of a scale) gets a letter first.</summary>
    private static string ChoiceId(string id) => XmlConvert.IsStartNCNameChar(id[0]) ? id : "c" + id;

    /// <summary>QTI identifiers are XML names: the digit ids of matching's right items get a letter first.</summary>
    private static string RightId(string id) => "r" + id;

    private static XElement Declaration(string cardinality, string baseType, IEnumerable<string> correct) =>
        new(Qti + "responseDeclaration", new XAttribute("identifier", Response), new XAttribute("cardinality", cardinality), new XAttribute("baseType", baseType),
            new XElement(Qti + "correctResponse", correct.Select(value => new XElement(Qti + "value", value))));

    private static XElement Outcome(string identifier, string cardinality, string baseType, string? defaultValue) =>
        new(Qti + "outcomeDeclaration", new XAttribute("identifier", identifier), new XAttribute("cardinality", cardinality), new XAttribute("baseType", baseType),
            defaultValue is null ? null : new XElement(Qti + "defaultValue", new XElement(Qti + "value", defaultValue)));

    private XElement Processing()
    {
        var outcome = (string score, string feedback) => new object[]
        {
            new XElement(Qti + "setOutcomeValue", new XAttribute("identifier", "SCORE"), Value("float", score)),
            new XElement(Qti + "setOutcomeValue", new XAttribute("identifier", "FEEDBACK"), Value("identifier", feedback)),
        };
        return new XElement(Qti + "responseProcessing",
            new XElement(Qti + "responseCondition",
                new XElement(Qti + "responseIf", IsRight(), outcome(Number(entry.Weight), "correct")),
                new XElement(Qti + "responseElse", outcome("0", "incorrect"))),
            entry.Shape is BankChoices
                ? new XElement(Qti + "setOutcomeValue", new XAttribute("identifier", ChoiceFeedback), new XElement(Qti + "multiple", Variable()))
                : null);
    }

    /// <summary>The condition for a right answer: the correct response, one of the accepted texts, the number or range.</summary>
    private XElement IsRight() => entry.Shape switch
    {
        BankShortAnswer shortAnswer => new XElement(Qti + "or", shortAnswer.Accepted.Select(a =>
            new XElement(Qti + "stringMatch", new XAttribute("caseSensitive", shortAnswer.CaseSensitive ? "true" : "false"), Variable(), Value("string", a)))),
        BankNumber { IsExact: true } exact => new XElement(Qti + "equal", new XAttribute("toleranceMode", "exact"), Variable(), Value("float", Number(exact.Min))),
        BankNumber range => new XElement(Qti + "and",
            new XElement(Qti + "gte", Variable(), Value("float", Number(range.Min))),
            new XElement(Qti + "lte", Variable(), Value("float", Number(range.Max)))),
        _ => new XElement(Qti + "match", Variable(), new XElement(Qti + "correct", new XAttribute("identifier", Response))),
    };

    private static XElement Variable() => new(Qti + "variable", new XAttribute("identifier", Response));

    private static XElement Value(string baseType, string value) => new(Qti + "baseValue", new XAttribute("baseType", baseType), value);

    private XElement? Feedback(string outcome, string identifier, string? html) => html is null
        ? null
        : new XElement(Qti + "modalFeedback", new XAttribute("outcomeIdentifier", outcome), new XAttribute("identifier", identifier),
            new XAttribute("showHide", "show"), blocks(html));

    private static string Number(decimal value) => value.ToString("0.#######", CultureInfo.InvariantCulture);
}
