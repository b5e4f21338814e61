using System.Text.RegularExpressions;
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
    private static readonly string[] QuestionAttributes = ["outcomes", "type", "weight", .. QuestionTypeRegistry.TypeAttributes];

    private readonly List<Reference> _outcomes = [];
    private readonly List<KeyValuePair<string, string>> _typeAttributes = [];
    private readonly List<ListedItem> _items = [];
    private readonly QuestionFeedback _feedback = new();
    private readonly string _language;
    private string? _id;
    private QuestionType _type = QuestionTypeRegistry.Named(QuestionTypeRegistry.DefaultTypeName)!;
    private int _weight = 1;

    private QuestionDraft(string prompt, SourceSpan location, string language)
    {
        Prompt = prompt;
        Location = location;
        _language = language;
    }

    public string Prompt { get; }

    public SourceSpan Location { get; }

    public List<string> Stem { get; } = [];

    public bool HasList { get; private set; }

    public bool HasFeedback { get; private set; }

    /// <summary>True-false and numeric questions take their answer as an attribute, the others as a list.</summary>
    public bool TakesList => _type.TakesList;

    public static QuestionDraft Start(HeadingBlock heading, string language, TextLocator locator, DiagnosticBag diagnostics)
    {
        // The whole line: Markdig's span of a heading stops before the attributes it understood.
        var source = locator.LineAt(heading.Line);
        var location = locator.Of(heading);
        var draft = new QuestionDraft(PromptOf(source), location, language);
        var attributes = HeadingAttributes.Parse(source);
        draft._id = attributes.Id;
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

    private void ReadAttribute(string key, string value, DiagnosticBag diagnostics)
    {
        switch (key)
        {
            case "outcomes":
                _outcomes.AddRange(value.Split([' ', ',', '،'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(id => new Reference(id, Location)));
                break;
            case "type" when QuestionTypeRegistry.Named(value) is { } type:
                _type = type;
                break;
            case "type":
                diagnostics.ReportWithHelp(DiagnosticCatalog.UnknownQuestionType, Location,
                    "use one of: " + string.Join(", ", QuestionTypeRegistry.All.Select(t => t.Name)), value);
                break;
            case "weight":
                if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var weight) && weight is >= 1 and <= 100)
                {
                    _weight = weight;
                }
                else
                {
                    diagnostics.Report(DiagnosticCatalog.InvalidWeight, Location, value);
                }

                break;
            case var _ when QuestionTypeRegistry.TypeAttributes.Contains(key):
                _typeAttributes.Add(new(key, value));   // read by the question's type, once the whole heading is known
                break;
            default:
                AttributeValues.ReportUnknown(key, QuestionAttributes, "a question", Location, diagnostics);
                break;
        }
    }

    public void ReadList(ListBlock list, TextLocator locator, DiagnosticBag diagnostics)
    {
        HasList = true;
        if (!TakesList)
        {
            diagnostics.Report(DiagnosticCatalog.ListNotExpected, locator.Of(list), _type.Name);
            return;
        }

        foreach (var item in list.OfType<ListItemBlock>())
        {
            var paragraph = item.FirstOrDefault() as ParagraphBlock;
            var mark = paragraph?.Inline?.FirstChild as TaskList;
            var text = paragraph is null ? "" : TaskMark().Replace(locator.SourceOf(paragraph), "", 1).Trim();
            _items.Add(new ListedItem(mark?.Checked, text, ReadItemFeedback(item, locator, diagnostics), locator.Of(item)));
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

    public Question Finish(DiagnosticBag diagnostics)
    {
        var label = _id ?? Prompt;
        if (_id is null)
        {
            diagnostics.Report(DiagnosticCatalog.QuestionIdMissing, Location, Prompt);
        }

        if (_outcomes.Count == 0)
        {
            diagnostics.Report(DiagnosticCatalog.QuestionOutcomesMissing, Location, label);
        }

        var answer = _type.Read(new QuestionSource(label, Location, _language, _typeAttributes, _items), diagnostics);
        return new Question(
            _id ?? "",
            _type.Name,
            _weight,
            _outcomes,
            Prompt,
            Stem.Count > 0 ? string.Join("\n\n", Stem) : null,
            answer,
            _feedback.Hint,
            _feedback.Correct,
            _feedback.Incorrect,
            Location);
    }

    private static string PromptOf(string headingSource) =>
        HeadingAttributes.StripFrom(HeadingMarks().Replace(headingSource.Trim(), "")).Trim();

    [GeneratedRegex(@"^\s*\[[ xX]\]\s?")]
    private static partial Regex TaskMark();

    [GeneratedRegex(@"^#{1,6}\s*")]
    private static partial Regex HeadingMarks();
}
