using AngleSharp.Dom;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Rendering;

/// <summary>A quiz as a native HTML form: one fieldset per question, radio buttons or check boxes with labels.</summary>
internal sealed class QuizRenderer(IDocument document, MarkdownHtml markdown)
{
    public IElement Render(Section section, Quiz quiz)
    {
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

        var actions = form.AppendElement(Element("div", PlayerNames.QuizActionsClass));
        var submit = actions.AppendElement(Element("button", PlayerNames.QuizSubmitClass));
        submit.SetAttribute("type", "submit");
        submit.SetAttribute(PlayerNames.StringAttribute, PlayerNames.CheckAnswersString);
        var retry = actions.AppendElement(Element("button", PlayerNames.QuizRetryClass));
        retry.SetAttribute("type", "button");
        retry.SetAttribute(PlayerNames.StringAttribute, PlayerNames.TryAgainString);
        retry.SetAttribute("hidden", "");

        var result = form.AppendElement(Element("p", PlayerNames.QuizResultClass));
        result.SetAttribute("role", "status");
        result.SetAttribute("aria-live", "polite");
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
            fieldset.AppendElement(Element("div", PlayerNames.QuestionStemClass)).InnerHtml = markdown.RenderFragment(stem);
        }

        var list = fieldset.AppendElement(Element("ul", PlayerNames.ChoicesClass));
        foreach (var choice in question.Choices)
        {
            var item = list.AppendElement(Element("li", PlayerNames.ChoiceClass));
            var input = item.AppendElement(document.CreateElement("input"));
            input.SetAttribute("type", question.Type == QuestionType.MultipleResponse ? "checkbox" : "radio");
            input.SetAttribute("name", PlayerNames.InputName(section.Id, question.Id));
            input.Id = PlayerNames.ChoiceElementId(section.Id, question.Id, choice.Letter);
            input.SetAttribute("value", choice.Letter.ToString());
            var label = item.AppendElement(document.CreateElement("label"));
            label.SetAttribute("for", input.Id);
            AppendInline(label, choice.Markdown);
            if (choice.FeedbackMarkdown is { } feedback)
            {
                var div = item.AppendElement(Element("div", PlayerNames.ChoiceFeedbackClass));
                div.SetAttribute(PlayerNames.FeedbackForAttribute, choice.Letter.ToString());
                div.SetAttribute("hidden", "");
                div.InnerHtml = markdown.RenderFragment(feedback);
            }
        }

        AppendFeedback(fieldset, "correct", question.CorrectFeedbackMarkdown);
        AppendFeedback(fieldset, "incorrect", question.IncorrectFeedbackMarkdown);

        var status = fieldset.AppendElement(Element("p", PlayerNames.QuestionStatusClass));
        status.SetAttribute("aria-live", "polite");
        return fieldset;
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
        div.InnerHtml = markdown.RenderFragment(feedbackMarkdown);
    }

    /// <summary>Legends and labels hold phrasing content only: a lone paragraph is unwrapped, several joined by line breaks.</summary>
    private void AppendInline(IElement target, string markdownText)
    {
        var scratch = document.CreateElement("div");
        scratch.InnerHtml = markdown.RenderFragment(markdownText);
        var parts = scratch.Children.Select(child => child.LocalName == "p" ? child.InnerHtml : child.TextContent);
        var html = string.Join("<br>", parts);
        var holder = document.CreateElement("span");
        holder.InnerHtml = html;
        foreach (var node in holder.ChildNodes.ToList())
        {
            target.AppendChild(node);
        }
    }

    private IElement Element(string tag, string className)
    {
        var element = document.CreateElement(tag);
        element.ClassName = className;
        return element;
    }
}
