using System.Text.RegularExpressions;
using FluentAssertions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>
/// Acts as a learner inside the package's launch page, through what the page shows: the table of contents, the
/// next and exit buttons, the quiz's checkboxes and radio buttons (role and label based where the page gives names).
/// Element ids and data attributes from docs/runtime-contract.md only pick out which section or question.
/// </summary>
internal sealed class Learner(IFrame frame, CourseData course)
{
    public IFrame Frame => frame;

    public CourseData Course => course;

    /// <summary>The table of contents (the <c>[data-slot=toc]</c> list and its links).</summary>
    public ILocator Toc => frame.Locator("[data-slot=toc]");

    /// <summary>The <c>&lt;section&gt;</c> element of a section.</summary>
    public ILocator Section(SectionData section) => frame.Locator($"section[data-section='{section.Id}']");

    public ILocator Quiz(SectionData section) => Section(section).Locator("form[data-quiz]");

    public ILocator Question(SectionData section, QuestionData question) =>
        Quiz(section).Locator($"fieldset[data-question='{question.Id}']");

    /// <summary>The radio buttons or check boxes of a question, in page order.</summary>
    public ILocator Choices(SectionData section, QuestionData question) =>
        Question(section, question).GetByRole(question.IsMultiple ? AriaRole.Checkbox : AriaRole.Radio);

    /// <summary>The choice input with a given value (a letter; t or f). Choices may be shown shuffled.</summary>
    public ILocator Choice(SectionData section, QuestionData question, string value) =>
        Choices(section, question).And(Question(section, question).Locator($"input[value='{value}']"));

    /// <summary>The text box of a question answered by typing, found by its label.</summary>
    public ILocator TextBox(SectionData section, QuestionData question) =>
        Question(section, question).GetByLabel(course.String("yourAnswer"), new() { Exact = true });

    public ILocator NextButton => frame.GetByRole(AriaRole.Button, new() { Name = course.String("next"), Exact = true });

    public ILocator ExitButton => frame.GetByRole(AriaRole.Button, new() { Name = course.String("exit"), Exact = true });

    public ILocator CheckAnswersButton(SectionData section) =>
        Quiz(section).GetByRole(AriaRole.Button, new() { Name = course.String("checkAnswers"), Exact = true });

    public ILocator QuizResult(SectionData section) => Quiz(section).Locator(".quiz-result");

    public ILocator TryAgainButton(SectionData section) =>
        Quiz(section).GetByRole(AriaRole.Button, new() { Name = course.String("tryAgain"), Exact = true });

    /// <summary>The button that opens the table of contents on a small screen.</summary>
    public ILocator TocToggle => frame.Locator("nav").GetByRole(AriaRole.Button, new() { Name = course.String("contents"), Exact = true });

    /// <summary>The summary's entry at the end of the table of contents.</summary>
    public ILocator SummaryLink => Toc.GetByRole(AriaRole.Link, new() { Name = course.String("summary"), Exact = true });

    public static async Task<Learner> InAsync(IFrame frame) => new(frame, await LmsSession.ReadCourseDataAsync(frame));

    /// <summary>The id of the one section on screen (fails when none or several are shown).</summary>
    public async Task<string> VisibleSectionAsync()
    {
        var visible = await frame.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('section[data-section]')].filter(s => !s.hidden && s.offsetParent !== null).map(s => s.dataset.section)");
        return visible.Length == 1
            ? visible[0]
            : throw new InvalidOperationException($"Expected one visible section, found [{string.Join(", ", visible)}].");
    }

    public Task ExpectShownAsync(SectionData section) => Expect(Section(section)).ToBeVisibleAsync();

    public ILocator TocLink(SectionData section) =>
        Toc.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^" + Regex.Escape(section.Title)) });

    /// <summary>Opens a section from the table of contents.</summary>
    public async Task OpenFromTocAsync(SectionData section)
    {
        // The link's name is the title, plus a visually hidden "(seen)" marker once the section was read.
        await ExpandTocAsync();
        await TocLink(section).ClickAsync();
        await ExpectShownAsync(section);
    }

    /// <summary>On a small screen, opens the collapsed table of contents (nothing to do on a wide one).</summary>
    public async Task ExpandTocAsync()
    {
        if (await TocToggle.IsVisibleAsync() && await TocToggle.GetAttributeAsync("aria-expanded") != "true")
        {
            await TocToggle.ClickAsync();
        }
    }

    /// <summary>Opens the summary from the end of the table of contents.</summary>
    public async Task OpenSummaryAsync()
    {
        await ExpandTocAsync();
        await SummaryLink.ClickAsync();
        await Expect(frame.Locator("[data-slot=summary]")).ToBeVisibleAsync();
    }

    /// <summary>Shows a section: nothing to do when it is on screen, else through the table of contents.</summary>
    public async Task OpenSectionAsync(SectionData section)
    {
        if (!await Section(section).IsVisibleAsync())
        {
            await OpenFromTocAsync(section);
        }
    }

    /// <summary>Goes to the next section with the Next button.</summary>
    public async Task NextAsync()
    {
        var current = await VisibleSectionAsync();
        var index = course.Sections.ToList().FindIndex(s => s.Id == current);
        await NextButton.ClickAsync();
        await ExpectShownAsync(course.Sections[index + 1]);
    }

    /// <summary>
    /// Gives an answer as a learner would, with the controls the page shows (<see cref="QuestionData.Controls"/>).
    /// <paramref name="answer"/>: the values to select (radio buttons; check boxes, the others cleared), the text to
    /// type (a text box), "left.right" pairs (select lists), the item ids in the wanted order (an order list,
    /// reordered with the move-up buttons).
    /// </summary>
    public async Task AnswerAsync(SectionData section, QuestionData question, IReadOnlyList<string> answer)
    {
        var fieldset = Question(section, question);
        switch (question.Controls)
        {
            case AnswerControls.Radios or AnswerControls.Checkboxes:
                await Expect(Choices(section, question)).ToHaveCountAsync(question.ChoiceValues.Count);
                foreach (var value in question.ChoiceValues)
                {
                    var input = Choice(section, question, value);
                    if (question.IsMultiple)
                    {
                        await input.SetCheckedAsync(answer.Contains(value));
                    }
                    else if (answer.Contains(value))
                    {
                        await input.CheckAsync();
                    }
                }

                break;
            case AnswerControls.TextBox or AnswerControls.NumberBox:
                await TextBox(section, question).FillAsync(answer.Count > 0 ? answer[0] : string.Empty);
                break;
            case AnswerControls.Selects:
                foreach (var pair in answer)
                {
                    var dot = pair.IndexOf('.', StringComparison.Ordinal);
                    await fieldset.Locator($"select[data-item='{pair[..dot]}']").SelectOptionAsync(pair[(dot + 1)..]);
                }

                break;
            case AnswerControls.OrderList:
                var moveUp = new Regex("^" + Regex.Escape(course.String("moveUp").Split("{item}")[0]));
                for (var target = 0; target < answer.Count; target++)
                {
                    var item = fieldset.Locator($"li[data-item='{answer[target]}']");
                    for (var position = (await SequenceAsync(section, question)).IndexOf(answer[target]); position > target; position--)
                    {
                        await item.GetByRole(AriaRole.Button, new() { NameRegex = moveUp }).ClickAsync();
                    }
                }

                (await SequenceAsync(section, question)).Should().Equal(answer, "the learner reordered the items");
                break;
            default:
                throw new NotSupportedException($"The controls of {section.Id}.{question.Id} (type '{question.Type}') are not known to the test learner.");
        }
    }

    /// <summary>What the page shows as the learner's answer, in the form <see cref="AnswerAsync"/> takes.</summary>
    public async Task<IReadOnlyList<string>> ReadAnswerAsync(SectionData section, QuestionData question)
    {
        var fieldset = Question(section, question);
        switch (question.Controls)
        {
            case AnswerControls.Radios or AnswerControls.Checkboxes:
                var values = new List<string>();
                foreach (var value in question.ChoiceValues)
                {
                    if (await Choice(section, question, value).IsCheckedAsync())
                    {
                        values.Add(value);
                    }
                }

                return values;
            case AnswerControls.TextBox or AnswerControls.NumberBox:
                var text = await TextBox(section, question).InputValueAsync();
                return text.Length == 0 ? [] : [text];
            case AnswerControls.Selects:
                return await fieldset.Locator("select[data-item]").EvaluateAllAsync<string[]>(
                    "selects => selects.filter(s => s.value).map(s => s.dataset.item + '.' + s.value)");
            case AnswerControls.OrderList:
                return await SequenceAsync(section, question);
            default:
                throw new NotSupportedException($"The controls of question {question.Id} (type '{question.Type}') are not known to the test learner.");
        }
    }

    private async Task<List<string>> SequenceAsync(SectionData section, QuestionData question) =>
        [.. await Question(section, question).Locator("li[data-item]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.item)")];

    /// <summary>Answers every question of the section's quiz with <paramref name="pick"/>, then checks the answers.</summary>
    public async Task AnswerQuizAsync(SectionData section, Func<QuestionData, IReadOnlyList<string>> pick)
    {
        foreach (var question in section.Quiz!.Questions)
        {
            await AnswerAsync(section, question, pick(question));
        }

        await CheckAnswersButton(section).ClickAsync();
        await Expect(QuizResult(section)).Not.ToBeEmptyAsync();
    }

    /// <summary>Reads every section in order with the Next button, answering each quiz on the way.</summary>
    public async Task ReadWholeCourseAsync(Func<QuestionData, IReadOnlyList<string>> pick)
    {
        await ExpectShownAsync(course.Sections[0]);
        for (var i = 0; i < course.Sections.Count; i++)
        {
            var section = course.Sections[i];
            if (i > 0)
            {
                await NextAsync();
            }

            if (section.Quiz is { Questions.Count: > 0 })
            {
                await AnswerQuizAsync(section, pick);
            }
        }
    }

    public static IReadOnlyList<string> Correctly(QuestionData question) => question.RightAnswer;

    public static IReadOnlyList<string> Wrongly(QuestionData question) => question.WrongAnswer;
}
