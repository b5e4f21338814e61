using AngleSharp.Dom;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Questions;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// A quiz as a native HTML form: one fieldset per question, with radio buttons, check boxes, text fields, select
/// lists or an ordered list with move buttons, each labelled. The runtime grades it from the course data. The form is
/// built before its section is in the page (<see cref="DetachedNodes"/>).
/// </summary>
internal sealed class QuizRenderer(IDocument document, MarkdownHtml markdown)
{
    private readonly FragmentNodes _fragments = new(document, markdown);

    /// <summary>The feedback of every quiz rendered, kept out of the page (each question's places stay empty).</summary>
    public SealedFeedback Feedback { get; } = new();

    /// <summary>
    /// Starts making the fragments of these sections' practice checks and quizzes on another thread, in the order they
    /// are rendered (<see cref="MarkdownHtml.PrepareAhead"/>); <see cref="StopAhead"/> once they are.
    /// </summary>
    public void PrepareAhead(IEnumerable<Section> sections) => markdown.PrepareAhead(sections
        .SelectMany(section => section.Quiz is { } quiz ? section.Checks.Append(quiz) : section.Checks)
        .Select(quiz => (IReadOnlyList<string>)[.. quiz.Questions.SelectMany(FragmentsOf)]));

    public void StopAhead() => markdown.StopAhead();

    public IElement Render(Section section, Quiz quiz)
    {
        var fragments = quiz.Questions.SelectMany(FragmentsOf).ToList();
        _fragments.Prepare(fragments);
        var form = Element("form", RuntimeContract.Classes.Quiz);
        form.Id = PageIds.Quiz(section.Id);
        form.SetAttribute(RuntimeContract.Attributes.Quiz, section.Id);
        form.SetAttribute("novalidate", "");

        var title = DetachedNodes.Append(form, Element("h3", RuntimeContract.Classes.QuizTitle));
        if (quiz.Settings.Title is { } own)
        {
            title.TextContent = own;
        }
        else
        {
            title.SetAttribute(RuntimeContract.Attributes.String, RuntimeContract.Strings.QuizTitle);
        }

        var number = 0;
        foreach (var question in quiz.Questions)
        {
            DetachedNodes.Append(form, RenderQuestion(section, question, ++number));
        }

        // The result above the buttons: the learner reads the score, then decides to try again.
        var result = DetachedNodes.Append(form, Element("p", RuntimeContract.Classes.QuizResult));
        result.SetAttribute("role", "status");
        result.SetAttribute("aria-live", "polite");

        var actions = DetachedNodes.Append(form, Element("div", RuntimeContract.Classes.QuizActions));
        var submit = DetachedNodes.Append(actions, Element("button", RuntimeContract.Classes.QuizSubmit));
        submit.SetAttribute("type", "submit");
        submit.SetAttribute(RuntimeContract.Attributes.String, RuntimeContract.Strings.CheckAnswers);
        var retry = DetachedNodes.Append(actions, Element("button", RuntimeContract.Classes.QuizRetry));
        retry.SetAttribute("type", "button");
        retry.SetAttribute(RuntimeContract.Attributes.String, RuntimeContract.Strings.TryAgain);
        retry.SetAttribute("hidden", "");
        _fragments.Release(fragments);
        return form;
    }

    private IElement RenderQuestion(Section section, Question question, int number)
    {
        var type = question.Type;
        var fieldset = Element("fieldset", RuntimeContract.Classes.Question);
        fieldset.Id = PageIds.Question(section.Id, question.Id);
        fieldset.SetAttribute(RuntimeContract.Attributes.Question, question.Id);
        var markup = new QuestionMarkup(document, _fragments, markdown, section.Id, question.Id) { Fieldset = fieldset };

        var legend = DetachedNodes.Append(fieldset, Element("legend", RuntimeContract.Classes.QuestionPrompt));
        var numberSpan = DetachedNodes.Append(legend, Element("span", RuntimeContract.Classes.QuestionNumber));
        DetachedNodes.Append(numberSpan, document.CreateTextNode(number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "."));
        DetachedNodes.Append(legend, document.CreateTextNode(" "));
        markup.AppendInline(legend, question.PromptMarkdown);

        if (question.StemMarkdown is { } stem)
        {
            _fragments.AppendTo(DetachedNodes.Append(fieldset, Element("div", RuntimeContract.Classes.QuestionStem)), stem);
        }

        type.RenderControls(question.Answer, markup);

        if (question.HintMarkdown is { } hint)
        {
            var details = DetachedNodes.Append(fieldset, Element("details", RuntimeContract.Classes.Hint));
            DetachedNodes.Append(details, document.CreateElement("summary")).SetAttribute(RuntimeContract.Attributes.String, RuntimeContract.Strings.Hint);
            _fragments.AppendTo(DetachedNodes.Append(details, document.CreateElement("div")), hint);
        }

        // Both places, written or not (the text goes to the seal, not the page).
        markup.AppendFeedbackPlace(fieldset, RuntimeContract.Classes.QuestionFeedback, RuntimeContract.Attributes.Feedback, RuntimeContract.FeedbackKinds.Correct, question.CorrectFeedbackMarkdown);
        markup.AppendFeedbackPlace(fieldset, RuntimeContract.Classes.QuestionFeedback, RuntimeContract.Attributes.Feedback, RuntimeContract.FeedbackKinds.Incorrect, question.IncorrectFeedbackMarkdown);

        // Not a live region: one Check announces once, in the quiz's result (each question's status is read in place).
        DetachedNodes.Append(fieldset, Element("p", RuntimeContract.Classes.QuestionStatus));
        Feedback.Add(section, question.Id, markup.Feedback);
        return fieldset;
    }

    /// <summary>The Markdown of a question that becomes nodes of the page: its own texts and those of its controls.</summary>
    private static IEnumerable<string> FragmentsOf(Question question)
    {
        IEnumerable<string?> texts = [question.PromptMarkdown, question.StemMarkdown, question.HintMarkdown,
            question.CorrectFeedbackMarkdown, question.IncorrectFeedbackMarkdown];
        return texts.OfType<string>().Concat(question.Type.MarkdownOf(question.Answer));
    }

    private IElement Element(string tag, string className)
    {
        var element = document.CreateElement(tag);
        element.ClassName = className;
        return element;
    }
}
