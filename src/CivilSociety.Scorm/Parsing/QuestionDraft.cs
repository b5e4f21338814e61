using System.Text.RegularExpressions;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Model;
using Markdig.Extensions.TaskLists;
using Markdig.Syntax;

using SourceSpan = CivilSociety.Scorm.Diagnostics.SourceSpan;

namespace CivilSociety.Scorm.Parsing;

/// <summary>A question while its blocks are read: heading attributes, stem, the list, the feedback quote.</summary>
internal sealed partial class QuestionDraft
{
    private static readonly string[] QuestionAttributes = ["outcomes", "type", "weight", "answer", "case-sensitive", "normalize", "maxlength"];

    private static readonly Dictionary<string, QuestionType> TypeNames = new(StringComparer.Ordinal)
    {
        ["single"] = QuestionType.SingleChoice,
        ["multiple"] = QuestionType.MultipleResponse,
        ["true-false"] = QuestionType.TrueFalse,
        ["fill-in"] = QuestionType.FillIn,
        ["numeric"] = QuestionType.Numeric,
        ["matching"] = QuestionType.Matching,
        ["sequencing"] = QuestionType.Sequencing,
    };

    private readonly List<Reference> _outcomes = [];
    private readonly List<Choice> _choices = [];
    private readonly List<MatchPair> _pairs = [];
    private readonly List<string> _correctFeedback = [];
    private readonly List<string> _incorrectFeedback = [];
    private readonly List<string> _hint = [];
    private string? _id;
    private QuestionType _type = QuestionType.SingleChoice;
    private int _weight = 1;
    private string? _answer;
    private FillInOptions _fillIn;

    private QuestionDraft(string prompt, SourceSpan location, string language)
    {
        Prompt = prompt;
        Location = location;
        var arabic = language.Split('-')[0].Equals("ar", StringComparison.OrdinalIgnoreCase);
        _fillIn = new FillInOptions(CaseSensitive: false, NormalizeArabic: arabic, FillInOptions.DefaultMaxLength);
    }

    public string Prompt { get; }

    public SourceSpan Location { get; }

    public List<string> Stem { get; } = [];

    public bool HasList { get; private set; }

    public bool HasFeedback { get; private set; }

    /// <summary>True-false and numeric questions take their answer as an attribute, the others as a list.</summary>
    public bool TakesList => _type is not (QuestionType.TrueFalse or QuestionType.Numeric);

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
            case "type":
                if (TypeNames.TryGetValue(value, out var type))
                {
                    _type = type;
                }
                else
                {
                    diagnostics.ReportWithHelp(DiagnosticCatalog.UnknownQuestionType, Location, "use one of: " + string.Join(", ", TypeNames.Keys), value);
                }

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
            case "answer":
                _answer = value;
                break;
            case "case-sensitive":
                _fillIn = _fillIn with { CaseSensitive = AttributeValues.Boolean(key, value, Location, diagnostics) ?? false };
                break;
            case "normalize":
                _fillIn = _fillIn with { NormalizeArabic = AttributeValues.OneOf(key, value, ["arabic", "none"], Location, diagnostics) is "arabic" };
                break;
            case "maxlength":
                _fillIn = _fillIn with { MaxLength = AttributeValues.Integer(key, value, 1, 255, Location, diagnostics) ?? FillInOptions.DefaultMaxLength };
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
            diagnostics.Report(DiagnosticCatalog.ListNotExpected, locator.Of(list), TypeNameOf(_type));
            return;
        }

        foreach (var item in list.OfType<ListItemBlock>())
        {
            var location = locator.Of(item);
            var paragraph = item.FirstOrDefault() as ParagraphBlock;
            var mark = paragraph?.Inline?.FirstChild as TaskList;
            var text = paragraph is null ? "" : TaskMark().Replace(locator.SourceOf(paragraph), "", 1).Trim();
            var feedback = ReadItemFeedback(item, locator, diagnostics);
            var letter = (char)('a' + Math.Min(_choices.Count + _pairs.Count, 25));
            switch (_type)
            {
                case QuestionType.SingleChoice or QuestionType.MultipleResponse when mark is null:
                    diagnostics.Report(DiagnosticCatalog.ChoiceNotMarked, location);
                    break;
                case QuestionType.SingleChoice or QuestionType.MultipleResponse:
                    _choices.Add(new Choice(letter, mark!.Checked, text, feedback, location));
                    break;
                case QuestionType.FillIn when mark is { Checked: false }:
                    diagnostics.Report(DiagnosticCatalog.WrongAnswerInFillIn, location);
                    break;
                case QuestionType.FillIn or QuestionType.Sequencing:
                    _choices.Add(new Choice(letter, true, text, feedback, location));
                    break;
                case QuestionType.Matching:
                    ReadPair(text, letter, location, diagnostics);
                    break;
            }
        }
    }

    private void ReadPair(string text, char letter, SourceSpan location, DiagnosticBag diagnostics)
    {
        var match = PairArrow().Match(text);
        if (!match.Success)
        {
            diagnostics.Report(DiagnosticCatalog.MatchingItemWithoutArrow, location);
            return;
        }

        var right = match.Groups["right"].Value.Trim();
        var known = _pairs.FirstOrDefault(p => p.RightMarkdown == right);
        var rightId = known?.RightId ?? (char)('1' + _pairs.DistinctBy(p => p.RightId).Count());
        _pairs.Add(new MatchPair(letter, match.Groups["left"].Value.Trim(), rightId, right, location));
    }

    private string? ReadItemFeedback(ListItemBlock item, TextLocator locator, DiagnosticBag diagnostics)
    {
        string? feedback = null;
        foreach (var extra in item.Skip(1))
        {
            if (extra is QuoteBlock quote && feedback is null && HasChoiceFeedback)
            {
                feedback = string.Join("\n", QuoteLines(locator.SourceOf(quote))).Trim();
            }
            else
            {
                diagnostics.Report(DiagnosticCatalog.UnexpectedQuizContent, locator.Of(extra),
                    HasChoiceFeedback ? "under a choice, only one quote (>) of feedback may follow" : "an item of this question takes no feedback of its own");
            }
        }

        return string.IsNullOrEmpty(feedback) ? null : feedback;
    }

    private bool HasChoiceFeedback => _type is QuestionType.SingleChoice or QuestionType.MultipleResponse;

    public void ReadFeedback(QuoteBlock quote, TextLocator locator, DiagnosticBag diagnostics)
    {
        HasFeedback = true;
        List<string>? target = null;
        var lines = QuoteLines(locator.SourceOf(quote));
        for (var i = 0; i < lines.Count; i++)
        {
            var match = FeedbackLabel().Match(lines[i]);
            if (match.Success)
            {
                target = match.Groups["label"].Value.ToLowerInvariant() switch
                {
                    "correct" or "صحيح" => _correctFeedback,
                    "hint" or "تلميح" => _hint,
                    _ => _incorrectFeedback,
                };
                target.Add(match.Groups["text"].Value);
            }
            else if (target is not null && !LooksLikeLabel(lines[i]))
            {
                target.Add(lines[i]);
            }
            else if (lines[i].Length > 0)
            {
                diagnostics.Report(DiagnosticCatalog.UnknownFeedbackLabel, locator.AtLine(quote.Line + i));
            }
        }
    }

    /// <summary>
    /// "wrong: ..." or "غلط: ..." under a "correct:" line is a mislabelled feedback, not more of the correct one: a
    /// learner who answered right would read it.
    /// </summary>
    private static bool LooksLikeLabel(string line)
    {
        var match = AnyLabel().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var word = match.Groups["word"].Value.ToLowerInvariant();
        return LabelLookalikes.Contains(word) || Suggestions.Closest(word, ["correct", "incorrect", "hint"]) is not null;
    }

    private static readonly HashSet<string> LabelLookalikes = new(StringComparer.Ordinal)
    {
        "wrong", "right", "feedback", "hints", "غلط", "خاطئ", "خاطئة", "صواب", "صح", "صحيحة", "تلميحات",
    };

    [GeneratedRegex(@"^(?<word>\p{L}+)\s*:")]
    private static partial Regex AnyLabel();

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

        if (TakesList && _choices.Count == 0 && _pairs.Count == 0)
        {
            var help = _type switch
            {
                QuestionType.FillIn => "list the accepted answers under the heading: '- [x] Paris', one per line",
                QuestionType.Matching => "list the pairs under the heading: '- left side -> right side', one per line",
                QuestionType.Sequencing => "list the items in the right order: '1. first', '2. second'",
                _ => null,
            };
            if (help is null)
            {
                diagnostics.Report(DiagnosticCatalog.QuestionHasNoChoices, Location, label);
            }
            else
            {
                diagnostics.ReportWithHelp(DiagnosticCatalog.QuestionHasNoChoices, Location, help, label);
            }
        }

        return new Question(
            _id ?? "",
            _type,
            _weight,
            _outcomes,
            Prompt,
            Stem.Count > 0 ? string.Join("\n\n", Stem) : null,
            _choices,
            _type == QuestionType.TrueFalse ? TrueFalseAnswer(label, diagnostics) : null,
            _type == QuestionType.Numeric ? NumericAnswer(label, diagnostics) : null,
            _pairs,
            _fillIn,
            Joined(_hint),
            Joined(_correctFeedback),
            Joined(_incorrectFeedback),
            Location);
    }

    private bool? TrueFalseAnswer(string label, DiagnosticBag diagnostics)
    {
        if (_answer is null)
        {
            diagnostics.Report(DiagnosticCatalog.AnswerMissing, Location, "true-false", label, "answer=true or answer=false");
            return null;
        }

        return AttributeValues.Boolean("answer", _answer, Location, diagnostics);
    }

    private NumericAnswer? NumericAnswer(string label, DiagnosticBag diagnostics)
    {
        if (_answer is null)
        {
            diagnostics.Report(DiagnosticCatalog.AnswerMissing, Location, "numeric", label, "answer=42 or answer=10..20");
            return null;
        }

        var parts = _answer.Split("..");
        var numbers = parts.Select(AttributeValues.Decimal).ToList();
        if (parts.Length is 1 or 2 && numbers.All(n => n is not null))
        {
            return new NumericAnswer(numbers[0]!.Value, numbers[^1]!.Value);
        }

        diagnostics.Report(DiagnosticCatalog.InvalidAttributeValue, Location, "answer", _answer, "a number (42, -1.5) or a range (10..20)");
        return null;
    }

    private static string TypeNameOf(QuestionType type) => TypeNames.First(pair => pair.Value == type).Key;

    private static string? Joined(List<string> lines) =>
        lines.Count == 0 ? null : string.Join("\n", lines).Trim() is { Length: > 0 } text ? text : null;

    private static string PromptOf(string headingSource) =>
        HeadingAttributes.StripFrom(HeadingMarks().Replace(headingSource.Trim(), "")).Trim();

    private static List<string> QuoteLines(string source) =>
        [.. source.Split('\n').Select(line => QuoteMark().Replace(line, "").TrimEnd())];

    [GeneratedRegex(@"^\s*\[[ xX]\]\s?")]
    private static partial Regex TaskMark();

    [GeneratedRegex(@"^#{1,6}\s*")]
    private static partial Regex HeadingMarks();

    [GeneratedRegex(@"^\s*>\s?")]
    private static partial Regex QuoteMark();

    [GeneratedRegex(@"^(?<left>.+?)\s+(?:->|=>|→|←)\s+(?<right>.+)$", RegexOptions.Singleline)]
    private static partial Regex PairArrow();

    [GeneratedRegex(@"^(?<label>correct|incorrect|hint|صحيح|خطأ|تلميح)\s*:\s*(?<text>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex FeedbackLabel();
}
