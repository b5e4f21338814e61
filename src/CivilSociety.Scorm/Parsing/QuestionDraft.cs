using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Questions;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;

using SourceSpan = CivilSociety.Scorm.Diagnostics.SourceSpan;

namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// A question while its blocks are read: the heading's attributes, stem paragraphs, the list, the feedback quote.
/// What every question has is read here; the answer (the list, answer=...) is read by its <see cref="QuestionType"/>.
/// </summary>
internal sealed partial class QuestionDraft
{
    /// <summary>The attributes every question takes, then those of each type.</summary>
    private static readonly string[] QuestionAttributes = ["outcomes", "type", "weight", "level", "allow", "group", .. QuestionTypeRegistry.TypeAttributes];

    private static readonly string[] Levels = ["remember", "understand", "apply", "analyze"];

    private readonly List<Reference> _outcomes = [];
    private readonly List<KeyValuePair<string, string>> _typeAttributes = [];
    private readonly List<ListedItem> _items = [];
    private readonly QuestionFeedback _feedback = new();
    private readonly string _language;
    private readonly string _headingSource;
    private string? _id;
    private QuestionType _type = QuestionTypeRegistry.Default;
    private int _weight = 1;
    private CognitiveLevel? _level;
    private readonly List<Allowance> _allowances = [];
    private string? _group;
    private bool _practice;

    /// <summary>
    /// The heading names a type that does not exist: that one error says it all, so the answer is not read as the
    /// default type's (which would add "no choices", "answer= does nothing on type=single"...).
    /// </summary>
    private bool _typeUnknown;

    /// <summary>
    /// A choice was written so that Markdown reads it as text (SCO2085), or a code block left open took the answers
    /// (SCO2084): the answer is not judged from what is left.
    /// </summary>
    private bool _choicesMisread;

    public void ChoicesMisread() => _choicesMisread = true;

    public bool WereChoicesMisread => _choicesMisread;

    /// <summary>The heading has no {...} at all: a title the author put in the quiz, unless answers follow it.</summary>
    private bool _isBare;

    /// <summary>The heading's {...} holds only an id ({#part-two}): a title with an anchor, unless answers follow it.</summary>
    private bool _hasOnlyAnId;

    private QuestionDraft(string headingSource, SourceSpan location, string language)
    {
        Prompt = PromptOf(headingSource);
        Location = location;
        _language = language;
        _headingSource = headingSource;
    }

    public string Prompt { get; }

    public SourceSpan Location { get; }

    public List<string> Stem { get; } = [];

    public bool HasList { get; private set; }

    public bool HasFeedback { get; private set; }

    /// <summary>Whether the question's type reads its answer from a list (others take it in the heading: answer=...).</summary>
    public bool TakesList => _type.TakesList;

    /// <param name="practice">A question of a practice check (<c>::: check</c>): no outcome required, weight= and group= do nothing.</param>
    public static QuestionDraft Start(HeadingBlock heading, string language, TextLocator locator, DiagnosticBag diagnostics, bool practice = false)
    {
        // The whole line: Markdig's span of a heading stops before the attributes it understood.
        var source = locator.LineAt(heading.Line);
        var location = locator.Of(heading);
        var draft = new QuestionDraft(source, location, language) { _practice = practice };
        var attributes = HeadingAttributes.Parse(source);
        draft._id = attributes.Id;
        draft._isBare = attributes.Id is null && attributes.Properties.Count == 0 && attributes.Classes.Count == 0;
        draft._hasOnlyAnId = attributes.Id is not null && attributes.Properties.Count == 0 && attributes.Classes.Count == 0;
        // {q-north ...}: an id without its #, which Finish reports with its own fix (SCO2010).
        var idWithoutHash = attributes.Id is null && IdWithoutHash().Match(source) is { Success: true } bare ? bare.Groups[1].Index : -1;
        AttributeMistakes.Report(attributes with { Strays = [.. attributes.Strays.Where(s => s.Column != idWithoutHash)] },
            source, location with { Column = 1 }, QuestionAttributes, diagnostics);
        foreach (var (key, value) in attributes.Properties)
        {
            draft.ReadAttribute(key, value, diagnostics);
        }

        if (attributes.Classes is { Count: > 0 } classes)
        {
            AttributeValues.ReportUnknown("." + classes[0], QuestionAttributes, "a question", location, diagnostics);
        }

        return draft;
    }

    /// <summary>The outcomes written on the ::: quiz line (reported there), for a question that names none.</summary>
    public void TakeOutcomesIfNone(string value, SourceSpan quizLine) => _outcomes.AddRange(_outcomes.Count > 0 ? []
        : value.Split([' ', ',', '،'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(id => new Reference(id, quizLine)));

    private void ReadAttribute(string key, string value, DiagnosticBag diagnostics)
    {
        switch (key)
        {
            case "weight" or "group" when _practice:
                diagnostics.Report(DiagnosticCatalog.CheckQuestionSetting, LocationOf(key), key, _id ?? Prompt);
                break;
            case "graded":
                diagnostics.ReportWithHelp(DiagnosticCatalog.UnknownKey, LocationOf(key),
                    "every question of a quiz counts; one that should not is practice: put it in a ::: check block (docs/blocks.md)", key);
                break;
            case "outcomes":
                var at = LocationOf(key);
                _outcomes.AddRange(value.Split([' ', ',', '،'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(id => new Reference(id, at)));
                break;
            case "type" when QuestionTypeRegistry.Named(value) is { } type:
                _type = type;
                break;
            case "type":
                _typeUnknown = true;
                var names = QuestionTypeRegistry.All.Select(t => t.Name).ToList();
                // type=صح_وخطأ: the types are named in English whatever the course's language, like every key.
                var inEnglish = value.Any(c => c is >= '\u0600' and <= '\u06FF') ? "type names are written in English in every language: " : "";
                diagnostics.ReportWithHelp(DiagnosticCatalog.UnknownQuestionType, LocationOf("type"),
                    inEnglish + (Suggestions.DidYouMean(value, names) is { } meant
                        ? $"{meant} (the types are {string.Join(", ", names)})"
                        : "use one of: " + string.Join(", ", names)), value);
                break;
            case "weight":
                if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var weight) && weight is >= 1 and <= 100)
                {
                    _weight = weight;
                }
                else if (Suggestions.InWesternDigits(value) is { } western)
                {
                    diagnostics.ReportWithHelp(DiagnosticCatalog.InvalidWeight, LocationOf(key), $"write it in the digits 0-9: weight={western}", value);
                }
                else
                {
                    diagnostics.Report(DiagnosticCatalog.InvalidWeight, LocationOf(key), value);
                }

                break;
            case "level":
                // British spelling too: the author of a course in English may well write analyse.
                _level = AttributeValues.OneOf(key, value == "analyse" ? "analyze" : value, Levels, LocationOf(key), diagnostics) switch
                {
                    "remember" => CognitiveLevel.Remember,
                    "understand" => CognitiveLevel.Understand,
                    "apply" => CognitiveLevel.Apply,
                    "analyze" => CognitiveLevel.Analyze,
                    _ => null,
                };
                break;
            case "allow":
                _allowances.AddRange(Allowances.Parse(value, LocationOf(key)));
                break;
            case "group":
                _group = DrawAttribute.Group(value, LocationOf(key), diagnostics);
                break;
            case var _ when QuestionTypeRegistry.TypeAttributes.Contains(key):
                _typeAttributes.Add(new(key, value));   // read by the question's type, once the whole heading is known
                break;
            default:
                AttributeValues.ReportUnknown(key, QuestionAttributes, "a question", LocationOf(key), diagnostics);
                if (Suggestions.Closest(key, QuestionAttributes) is { } meantKey)
                {
                    // Read as the attribute it was meant to be (outcome= as outcomes=): "names no outcome" or "has no
                    // answer" would be this same slip said again.
                    ReadAttribute(meantKey, value, diagnostics);
                }

                break;
        }
    }

    public void ReadList(ListBlock list, TextLocator locator, DiagnosticBag diagnostics)
    {
        HasList = true;
        if (_typeUnknown)
        {
            return;   // whatever the list holds, the type it is for is not known
        }

        if (!TakesList)
        {
            diagnostics.Report(DiagnosticCatalog.ListNotExpected, locator.Of(list), _type.Name);
            return;
        }

        foreach (var item in list.OfType<ListItemBlock>())
        {
            var paragraph = item.FirstOrDefault() as ParagraphBlock;
            if (paragraph is not null && GluedChoices.Report(paragraph, 1, locator, diagnostics))
            {
                _choicesMisread = true;   // "-[ ] b" under "- [x] a" is more text of a: said once, not judged
            }

            var mark = paragraph?.Inline?.FirstChild as TaskList;
            var written = paragraph is null ? "" : TaskMark().Replace(locator.SourceOf(paragraph), "", 1).Trim();
            var (text, id) = ChoiceIdentity.Split(written, locator.Of(item), diagnostics);
            _items.Add(new ListedItem(mark?.Checked, text, ReadItemFeedback(item, locator, diagnostics), locator.Of(item), id));
        }
    }

    private string? ReadItemFeedback(ListItemBlock item, TextLocator locator, DiagnosticBag diagnostics)
    {
        string? feedback = null;
        foreach (var extra in item.Skip(1))
        {
            if (extra is QuoteBlock quote && feedback is null && _type.ItemsHaveFeedback)
            {
                feedback = string.Join("\n", QuestionFeedback.QuoteLines(locator.SourceOf(quote))).Trim();
            }
            else
            {
                diagnostics.Report(DiagnosticCatalog.UnexpectedQuizContent, locator.Of(extra),
                    _type.ItemsHaveFeedback ? "under a choice, only one quote (>) of feedback may follow" : "an item of this question takes no feedback of its own");
            }
        }

        return string.IsNullOrEmpty(feedback) ? null : feedback;
    }

    public void ReadFeedback(QuoteBlock quote, TextLocator locator, DiagnosticBag diagnostics)
    {
        HasFeedback = true;
        _feedback.Read(quote, locator, diagnostics);
    }

    /// <summary>The question, or null when the heading was no question at all (a title inside the quiz).</summary>
    public Question? Finish(DiagnosticBag diagnostics)
    {
        if ((_isBare || (_hasOnlyAnId && !_practice)) && !HasList && !HasFeedback && TakesList && !_choicesMisread)
        {
            // One mistake: a title in the quiz. "No id", "no outcomes" and "no choices" would push the author to
            // turn it into a question.
            if (_isBare)
            {
                diagnostics.Report(DiagnosticCatalog.HeadingInQuiz, Location, Prompt, "{#id outcomes=...}");
            }
            else
            {
                diagnostics.ReportWithHelp(DiagnosticCatalog.HeadingInQuiz, Location,
                    $"to keep it as a title, move it above the ::: quiz line (its {{#{_id}}} still works there as a link target); if it is a question, add outcomes=\"LO1\" inside its {{...}} and list its choices below it",
                    Prompt, "outcomes=");
            }

            return null;
        }

        var label = _id ?? Prompt;
        if (_id is null && IdWithoutHash().Match(_headingSource) is { Success: true } bare)
        {
            // {q-north outcomes="LO1"}: the id is there, without the # that makes it one.
            diagnostics.ReportWithHelp(DiagnosticCatalog.QuestionIdMissing, Location, $"write the id with a # before it: {{#{bare.Groups[1].Value} ...}}", Prompt);
        }
        else if (_id is null)
        {
            diagnostics.Report(DiagnosticCatalog.QuestionIdMissing, Location, Prompt);
        }

        // A heading with no {...} at all misses its id and its outcomes: SCO2010's fix names both.
        if (_outcomes.Count == 0 && !(_isBare && _id is null) && !_practice)
        {
            diagnostics.Report(DiagnosticCatalog.QuestionOutcomesMissing, Location, label);
        }

        var answer = _typeUnknown || _choicesMisread ? null : _type.Read(new QuestionSource(label, Location, _language, OwnAttributes(diagnostics), _items, LocationOf), diagnostics);
        return new Question(
            _id ?? "",
            _type,
            _weight,
            _outcomes,
            Prompt,
            Stem.Count > 0 ? string.Join("\n\n", Stem) : null,
            answer,
            _feedback.Hint,
            _feedback.Correct,
            _feedback.Incorrect,
            Location)
        {
            Level = _level,
            Allowances = _allowances,
            Group = _group,
        };
    }
}
