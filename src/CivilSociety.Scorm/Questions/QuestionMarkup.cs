using System.Globalization;
using AngleSharp.Dom;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Markup;

namespace CivilSociety.Scorm.Questions;

/// <summary>
/// What a question type renders its controls with: the question's fieldset and ids, Markdown as nodes of the page,
/// and the controls several types share (an option with its label, a text box). Names come from the contract.
/// </summary>
internal sealed class QuestionMarkup(IDocument document, FragmentNodes fragments, MarkdownHtml markdown, string sectionId, string questionId)
{
    private readonly List<FeedbackText> _feedback = [];

    /// <summary>The fieldset of the question being rendered.</summary>
    public required IElement Fieldset { get; init; }

    public MarkdownHtml Markdown => markdown;

    /// <summary>The feedback written for the question's places, in their order: kept out of the page, to be sealed.</summary>
    public IReadOnlyList<FeedbackText> Feedback => _feedback;

    /// <summary>The name of the question's inputs: SECTION.QUESTION.</summary>
    public string InputName => PageIds.InputName(sectionId, questionId);

    /// <summary>The fieldset's id, which the ids of its controls start with.</summary>
    public string IdPrefix => PageIds.Question(sectionId, questionId);

    public string ChoiceId(char letter) => PageIds.Choice(sectionId, questionId, letter);

    public IElement Element(string tag, string? className = null)
    {
        var element = document.CreateElement(tag);
        if (className is not null)
        {
            element.ClassName = className;
        }

        return element;
    }

    /// <summary>Appends a new element to <paramref name="parent"/> and returns it (the fieldset is not in the page yet: <see cref="DetachedNodes"/>).</summary>
    public IElement Append(IElement parent, string tag, string? className = null) => DetachedNodes.Append(parent, Element(tag, className));

    /// <summary>
    /// An empty, hidden feedback place in <paramref name="parent"/>, named <paramref name="attribute"/>=<paramref name="key"/>:
    /// every choice and question has its places, written or not, so that the page says nothing about which feedback
    /// exists. The text goes to <see cref="Feedback"/>, never into the page.
    /// </summary>
    public void AppendFeedbackPlace(IElement parent, string className, string attribute, string key, string? feedbackMarkdown)
    {
        var place = Append(parent, "div", className);
        place.SetAttribute(attribute, key);
        place.SetAttribute("hidden", "");
        if (feedbackMarkdown is not null)
        {
            _feedback.Add(new FeedbackText(key, place, fragments.Parse(feedbackMarkdown)));
        }
    }

    /// <summary>Legends and labels hold phrasing content only: a lone paragraph is unwrapped, several joined by line breaks.</summary>
    public void AppendInline(IElement target, string markdownText)
    {
        // A paragraph of plain text (most prompts and choices) is its text.
        if (markdown.ParagraphText(markdownText) is { } paragraph)
        {
            if (paragraph.Length > 0)
            {
                DetachedNodes.Append(target, document.CreateTextNode(paragraph));
            }

            return;
        }

        // The paragraphs' nodes are moved over (serialising and parsing them again gave the same nodes).
        var scratch = fragments.Parse(markdownText);
        for (var child = scratch.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child != scratch.FirstElementChild)
            {
                DetachedNodes.Append(target, document.CreateElement("br"));
            }

            if (child.LocalName == "p")
            {
                while (child.FirstChild is { } node)
                {
                    DetachedNodes.Append(target, node);   // out of the paragraph
                }
            }
            else if (child.TextContent is { Length: > 0 } text)
            {
                DetachedNodes.Append(target, document.CreateTextNode(text));
            }
        }
    }

    /// <summary>A <c>ul.choices</c> list in the fieldset, for options.</summary>
    public IElement AppendChoiceList() => Append(Fieldset, "ul", RuntimeContract.Classes.Choices);

    /// <summary>An <c>li.choice</c> with a radio button or check box of value <paramref name="letter"/> and its (empty) label.</summary>
    public (IElement Item, IElement Label) AppendOption(IElement list, string inputType, char letter)
    {
        var id = ChoiceId(letter);
        var item = Append(list, "li", RuntimeContract.Classes.Choice);
        var input = Append(item, "input");
        input.SetAttribute("type", inputType);
        input.SetAttribute("name", InputName);
        input.Id = id;
        input.SetAttribute("value", letter.ToString());
        var label = Append(item, "label");
        label.SetAttribute("for", id);
        return (item, label);
    }

    /// <summary>A labelled text box (fill-in, numeric); <paramref name="inputMode"/> "decimal" also sets it left to right.</summary>
    public void AppendTextBox(int maxLength, string? inputMode)
    {
        var wrapper = Append(Fieldset, "div", RuntimeContract.Classes.TextAnswer);
        var id = IdPrefix + "-answer";
        var label = Append(wrapper, "label");
        label.SetAttribute("for", id);
        label.SetAttribute(RuntimeContract.Attributes.String, RuntimeContract.Strings.YourAnswer);
        var input = Append(wrapper, "input");
        input.SetAttribute("type", "text");
        input.Id = id;
        input.SetAttribute("name", InputName);
        input.SetAttribute("maxlength", maxLength.ToString(CultureInfo.InvariantCulture));
        input.SetAttribute("autocomplete", "off");
        input.SetAttribute("spellcheck", "false");
        if (inputMode is not null)
        {
            input.SetAttribute("inputmode", inputMode);
            input.SetAttribute("dir", "ltr");
        }
    }

    /// <summary>A feedback text: <paramref name="Content"/>'s children, for the place named <paramref name="Key"/> (a choice letter, "correct" or "incorrect").</summary>
    public sealed record FeedbackText(string Key, IElement Place, IElement Content);
}
