using AngleSharp.Dom;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// A quiz as a native HTML form: one fieldset per question, with radio buttons, check boxes, text fields, select
/// lists or an ordered list with move buttons, each labelled. The runtime grades it from the course data.
/// </summary>
internal sealed class QuizRenderer(IDocument document, MarkdownHtml markdown)
{
    private readonly FragmentNodes _fragments = new(document, markdown);

    public IElement Render(Section section, Quiz quiz)
    {
        _fragments.Prepare(quiz.Questions.SelectMany(FragmentsOf));
        var form = Element("form", PlayerNames.QuizClass);
        form.Id = PlayerNames.QuizElementId(section.Id);
        form.SetAttribute(PlayerNames.QuizAttribute, section.Id);
        form.SetAttribute("novalidate", "");

        var title = form.AppendElement(Element("h3", PlayerNames.QuizTitleClass));
        title.SetAttribute(PlayerNames.StringAttribute, PlayerNames.QuizTitleString);

        var number = 0;
        foreach (var question in quiz.Questions)
        {
            form.AppendChild(RenderQuestion(section, question, ++number));
        }

        // The result above the buttons: the learner reads the score, then decides to try again.
        var result = form.AppendElement(Element("p", PlayerNames.QuizResultClass));
        result.SetAttribute("role", "status");
        result.SetAttribute("aria-live", "polite");

        var actions = form.AppendElement(Element("div", PlayerNames.QuizActionsClass));
        var submit = actions.AppendElement(Element("button", PlayerNames.QuizSubmitClass));
        submit.SetAttribute("type", "submit");
        submit.SetAttribute(PlayerNames.StringAttribute, PlayerNames.CheckAnswersString);
        var retry = actions.AppendElement(Element("button", PlayerNames.QuizRetryClass));
        retry.SetAttribute("type", "button");
        retry.SetAttribute(PlayerNames.StringAttribute, PlayerNames.TryAgainString);
        retry.SetAttribute("hidden", "");
        return form;
    }

    private IElement RenderQuestion(Section section, Question question, int number)
    {
        var fieldset = Element("fieldset", PlayerNames.QuestionClass);
        fieldset.Id = PlayerNames.QuestionElementId(section.Id, question.Id);
        fieldset.SetAttribute(PlayerNames.QuestionAttribute, question.Id);
        fieldset.SetAttribute(PlayerNames.QuestionTypeAttribute, QuestionTypes.Name(question.Type));

        var legend = fieldset.AppendElement(Element("legend", PlayerNames.QuestionPromptClass));
        var numberSpan = legend.AppendElement(Element("span", PlayerNames.QuestionNumberClass));
        numberSpan.TextContent = number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";
        legend.AppendChild(document.CreateTextNode(" "));
        AppendInline(legend, question.PromptMarkdown);

        if (question.StemMarkdown is { } stem)
        {
            _fragments.AppendTo(fieldset.AppendElement(Element("div", PlayerNames.QuestionStemClass)), stem);
        }

        var name = PlayerNames.InputName(section.Id, question.Id);
        var idPrefix = PlayerNames.QuestionElementId(section.Id, question.Id);
        switch (question.Type)
        {
            case QuestionType.SingleChoice or QuestionType.MultipleResponse:
                RenderChoices(fieldset, section, question, name);
                break;
            case QuestionType.TrueFalse:
                RenderTrueFalse(fieldset, section, question, name);
                break;
            case QuestionType.FillIn:
                RenderTextAnswer(fieldset, idPrefix, name, question.FillIn.MaxLength, inputMode: null);
                break;
            case QuestionType.Numeric:
                RenderTextAnswer(fieldset, idPrefix, name, NumericMaxLength, inputMode: "decimal");
                break;
            case QuestionType.Matching:
                RenderMatching(fieldset, question, idPrefix, name);
                break;
            case QuestionType.Sequencing:
                RenderSequence(fieldset, question);
                break;
        }

        if (question.HintMarkdown is { } hint)
        {
            var details = fieldset.AppendElement(Element("details", PlayerNames.HintClass));
            details.AppendElement(document.CreateElement("summary")).SetAttribute(PlayerNames.StringAttribute, PlayerNames.HintString);
            _fragments.AppendTo(details.AppendElement(document.CreateElement("div")), hint);
        }

        AppendFeedback(fieldset, "correct", question.CorrectFeedbackMarkdown);
        AppendFeedback(fieldset, "incorrect", question.IncorrectFeedbackMarkdown);

        var status = fieldset.AppendElement(Element("p", PlayerNames.QuestionStatusClass));
        status.SetAttribute("aria-live", "polite");
        return fieldset;
    }

    /// <summary>The longest number a learner may type: digits, sign, decimal point.</summary>
    public const int NumericMaxLength = 20;

    private void RenderChoices(IElement fieldset, Section section, Question question, string name)
    {
        var list = fieldset.AppendElement(Element("ul", PlayerNames.ChoicesClass));
        foreach (var choice in question.Choices)
        {
            var item = AppendOption(list, question.Type == QuestionType.MultipleResponse ? "checkbox" : "radio", name,
                PlayerNames.ChoiceElementId(section.Id, question.Id, choice.Letter), choice.Letter.ToString());
            AppendInline(item.QuerySelector("label")!, choice.Markdown);
            if (choice.FeedbackMarkdown is { } feedback)
            {
                var div = item.AppendElement(Element("div", PlayerNames.ChoiceFeedbackClass));
                div.SetAttribute(PlayerNames.FeedbackForAttribute, choice.Letter.ToString());
                div.SetAttribute("hidden", "");
                _fragments.AppendTo(div, feedback);
            }
        }
    }

    private void RenderTrueFalse(IElement fieldset, Section section, Question question, string name)
    {
        var list = fieldset.AppendElement(Element("ul", PlayerNames.ChoicesClass));
        foreach (var (value, stringKey) in new[] { ('t', PlayerNames.TrueString), ('f', PlayerNames.FalseString) })
        {
            var item = AppendOption(list, "radio", name, PlayerNames.ChoiceElementId(section.Id, question.Id, value), value.ToString());
            item.QuerySelector("label")!.SetAttribute(PlayerNames.StringAttribute, stringKey);
        }
    }

    private IElement AppendOption(IElement list, string inputType, string name, string id, string value)
    {
        var item = list.AppendElement(Element("li", PlayerNames.ChoiceClass));
        var input = item.AppendElement(document.CreateElement("input"));
        input.SetAttribute("type", inputType);
        input.SetAttribute("name", name);
        input.Id = id;
        input.SetAttribute("value", value);
        item.AppendElement(document.CreateElement("label")).SetAttribute("for", id);
        return item;
    }

    private void RenderTextAnswer(IElement fieldset, string idPrefix, string name, int maxLength, string? inputMode)
    {
        var wrapper = fieldset.AppendElement(Element("div", PlayerNames.TextAnswerClass));
        var id = idPrefix + "-answer";
        var label = wrapper.AppendElement(document.CreateElement("label"));
        label.SetAttribute("for", id);
        label.SetAttribute(PlayerNames.StringAttribute, PlayerNames.YourAnswerString);
        var input = wrapper.AppendElement(document.CreateElement("input"));
        input.SetAttribute("type", "text");
        input.Id = id;
        input.SetAttribute("name", name);
        input.SetAttribute("maxlength", maxLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        input.SetAttribute("autocomplete", "off");
        input.SetAttribute("spellcheck", "false");
        if (inputMode is not null)
        {
            input.SetAttribute("inputmode", inputMode);
            input.SetAttribute("dir", "ltr");
        }
    }

    private void RenderMatching(IElement fieldset, Question question, string idPrefix, string name)
    {
        var list = fieldset.AppendElement(Element("ul", PlayerNames.PairsClass));
        var rights = question.DistinctRights.OrderBy(r => r.RightMarkdown, StringComparer.Ordinal).ToList();
        foreach (var pair in question.Pairs)
        {
            var item = list.AppendElement(Element("li", PlayerNames.PairClass));
            var id = $"{idPrefix}-{pair.LeftId}";
            var label = item.AppendElement(document.CreateElement("label"));
            label.SetAttribute("for", id);
            AppendInline(label, pair.LeftMarkdown);
            var select = item.AppendElement(document.CreateElement("select"));
            select.Id = id;
            select.SetAttribute("name", $"{name}.{pair.LeftId}");
            select.SetAttribute(PlayerNames.ItemAttribute, pair.LeftId.ToString());
            var empty = select.AppendElement(document.CreateElement("option"));
            empty.SetAttribute("value", "");
            empty.SetAttribute(PlayerNames.StringAttribute, PlayerNames.ChooseOptionString);
            foreach (var right in rights)
            {
                var option = select.AppendElement(document.CreateElement("option"));
                option.SetAttribute("value", right.RightId.ToString());
                option.TextContent = markdown.PlainText(right.RightMarkdown);
            }
        }
    }

    /// <summary>Items are written in a fixed order other than the answer; the runtime then shuffles them per learner.</summary>
    private void RenderSequence(IElement fieldset, Question question)
    {
        var list = fieldset.AppendElement(Element("ol", PlayerNames.SequenceClass));
        var items = question.Choices.Skip(1).Append(question.Choices.FirstOrDefault()).OfType<Choice>();
        foreach (var choice in items)
        {
            var item = list.AppendElement(Element("li", PlayerNames.SequenceItemClass));
            item.SetAttribute(PlayerNames.ItemAttribute, choice.Letter.ToString());
            AppendInline(item.AppendElement(Element("span", PlayerNames.SequenceTextClass)), choice.Markdown);
            foreach (var (className, stringKey) in new[] { (PlayerNames.MoveUpClass, PlayerNames.MoveUpString), (PlayerNames.MoveDownClass, PlayerNames.MoveDownString) })
            {
                var button = item.AppendElement(Element("button", className));
                button.SetAttribute("type", "button");
                button.SetAttribute(PlayerNames.StringAriaLabelAttribute, stringKey);
            }
        }
    }

    private void AppendFeedback(IElement fieldset, string kind, string? feedbackMarkdown)
    {
        if (feedbackMarkdown is null)
        {
            return;
        }

        var div = fieldset.AppendElement(Element("div", PlayerNames.QuestionFeedbackClass));
        div.SetAttribute(PlayerNames.FeedbackAttribute, kind);
        div.SetAttribute("hidden", "");
        _fragments.AppendTo(div, feedbackMarkdown);
    }

    /// <summary>Legends and labels hold phrasing content only: a lone paragraph is unwrapped, several joined by line breaks.</summary>
    private void AppendInline(IElement target, string markdownText)
    {
        // The paragraphs' nodes are moved over (serialising and parsing them again gave the same nodes).
        var scratch = _fragments.Parse(markdownText);
        var first = true;
        foreach (var child in scratch.Children.ToList())
        {
            if (!first)
            {
                target.AppendChild(document.CreateElement("br"));
            }

            first = false;
            if (child.LocalName == "p")
            {
                foreach (var node in child.ChildNodes.ToList())
                {
                    target.AppendChild(node);
                }
            }
            else if (child.TextContent is { Length: > 0 } text)
            {
                target.AppendChild(document.CreateTextNode(text));
            }
        }
    }

    /// <summary>The Markdown of a question that becomes nodes of the page (matching's right sides become plain text).</summary>
    private static IEnumerable<string> FragmentsOf(Question question)
    {
        IEnumerable<string?> texts = [question.PromptMarkdown, question.StemMarkdown, question.HintMarkdown,
            question.CorrectFeedbackMarkdown, question.IncorrectFeedbackMarkdown];
        if (question.Type is QuestionType.SingleChoice or QuestionType.MultipleResponse or QuestionType.Sequencing)
        {
            texts = texts.Concat(question.Choices.SelectMany(c => new[] { c.Markdown, c.FeedbackMarkdown }));
        }

        if (question.Type == QuestionType.Matching)
        {
            texts = texts.Concat(question.Pairs.Select(p => p.LeftMarkdown));
        }

        return texts.OfType<string>();
    }

    private IElement Element(string tag, string className)
    {
        var element = document.CreateElement(tag);
        element.ClassName = className;
        return element;
    }
}
