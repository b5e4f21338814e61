using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Questions;
using CivilSociety.Scorm.Questions.Types;

namespace CivilSociety.Scorm.ItemWriting;

/// <summary>One option of a question as the rules read it: plain text, folded words, right or wrong, its feedback.</summary>
internal sealed record OptionView(Choice Choice, string Text, string[] Words, string? Feedback)
{
    public bool IsKey => Choice.IsCorrect;

    /// <summary>Its length in letters and digits once folded: what the eye compares.</summary>
    public int Length => Words.Sum(w => w.Length) + Math.Max(0, Words.Length - 1);
}

/// <summary>
/// A question as the item-writing rules read it: the stem (heading and paragraphs) as plain text and words, its
/// options (single and multiple choice), its keys (choices, or the accepted answers of a fill-in), its feedback,
/// and the word lists of its language.
/// </summary>
internal sealed class ItemView
{
    private ItemView(Question question, Section section, WordLists words, string stem, IReadOnlyList<OptionView> options, IReadOnlyList<OptionView> keys, IReadOnlyList<string> feedback)
    {
        Question = question;
        Section = section;
        Words = words;
        Stem = stem;
        StemWords = ItemText.Words(stem);
        Options = options;
        Keys = keys;
        Feedback = feedback;
    }

    public Question Question { get; }

    public Section Section { get; }

    public WordLists Words { get; }

    public string Stem { get; }

    public string[] StemWords { get; }

    /// <summary>The choices of a single- or multiple-choice question; empty for other types.</summary>
    public IReadOnlyList<OptionView> Options { get; }

    /// <summary>What answers it: the right choices, or a fill-in's accepted answers.</summary>
    public IReadOnlyList<OptionView> Keys { get; }

    public IEnumerable<OptionView> Distractors => Options.Where(o => !o.IsKey);

    /// <summary>Question-level feedback and the hint: shown to the learner, so they can give answers away too.</summary>
    public IReadOnlyList<string> Feedback { get; }

    public bool IsMultipleResponse => Question.Type is MultipleResponseQuestion;

    /// <summary>What sets its answer apart, in content words: read once for every other question of its quiz.</summary>
    public AnswerWords Answer => _answer ??= CrossItemRules.AnswerWordsOf(this);

    /// <summary>The content words of each part the learner reads (stem, feedback): read once for every other question of its quiz.</summary>
    public IReadOnlyList<(string Part, HashSet<string> Said)> Said => _said ??= CrossItemRules.SaidBy(this, Words);

    private AnswerWords? _answer;
    private IReadOnlyList<(string Part, HashSet<string> Said)>? _said;

    /// <summary>How diagnostics name it: section.question.</summary>
    public string Label => $"{Section.Id}.{Question.Label}";

    public static ItemView Of(Question question, Section section, WordLists words, MarkdownHtml markdown)
    {
        var stem = markdown.PlainText(question.PromptMarkdown) + (question.StemMarkdown is { } more ? " " + markdown.PlainText(more) : "");
        OptionView View(Choice choice)
        {
            var text = markdown.PlainText(choice.Markdown);
            return new OptionView(choice, text, ItemText.Words(text), choice.FeedbackMarkdown is { } f ? markdown.PlainText(f) : null);
        }

        var options = question.Answer is ChoiceAnswer choices ? choices.Choices.Select(View).ToList() : [];
        var keys = question.Answer switch
        {
            ChoiceAnswer => options.Where(o => o.IsKey).ToList(),
            FillInAnswer fillIn => [.. fillIn.Accepted.Select(View)],
            _ => [],
        };
        var feedback = new[] { question.HintMarkdown, question.CorrectFeedbackMarkdown, question.IncorrectFeedbackMarkdown }
            .OfType<string>().Select(markdown.PlainText).ToList();
        return new ItemView(question, section, words, stem, options, keys, feedback);
    }
}

/// <summary>A warning a rule found, before the question's allowances are applied.</summary>
internal sealed record Finding(DiagnosticDescriptor Descriptor, SourceSpan Location, object?[] Arguments);
