using System.Text.Json;
using FluentAssertions;
using Microsoft.Playwright;

namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>What has the keyboard focus inside the SCO's frame.</summary>
public sealed record Focused(
    string Tag, string? Type, string? Value, string? Action, string? Question, string? Section, string? Id, string? Item,
    string ClassName, bool Checked, bool InFrame, bool Visible, string Outline, string Text)
{
    public bool IsRadio => Type == "radio";

    public bool IsCheckbox => Type == "checkbox";

    public override string ToString() => $"<{Tag}{(Type is null ? "" : " type=" + Type)}{(Id is null ? "" : " #" + Id)} .{ClassName}> '{Text}'";
}

/// <summary>
/// A learner who uses only the keyboard (Tab, Shift+Tab, Enter, Space, arrow keys), pressed on the LMS page as a
/// person would; the page is only read, to know where the focus is.
/// </summary>
internal sealed class KeyboardLearner(IPage page, IFrame frame, CourseData course)
{
    private const int MaxPresses = 250;

    /// <summary>
    /// What has the focus. A video or audio player's own controls (the browser's) take it inside the element, which
    /// then matches neither :focus-visible nor :focus: the browser draws their focus ring itself.
    /// </summary>
    private const string DescribeFocus =
        """
        () => {
          const el = document.activeElement;
          const inFrame = document.hasFocus() && !!el && el !== document.body;
          const e = el || document.body, style = getComputedStyle(e), box = e.getBoundingClientRect();
          const field = e.closest && e.closest('fieldset[data-question]'), section = e.closest && e.closest('section[data-section]');
          return JSON.stringify({
            tag: e.localName, type: e.getAttribute('type'), value: e.value === undefined ? null : String(e.value),
            action: e.getAttribute('data-action'), question: field && field.dataset.question, section: section && section.dataset.section,
            id: e.id || null, item: (e.closest && e.closest('[data-item]') || { dataset: {} }).dataset.item || null, className: typeof e.className === 'string' ? e.className : '', checked: !!e.checked, inFrame,
            visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.left < innerWidth && box.top < innerHeight,
            outline: e.matches('video[controls], audio[controls]') ? 'browser media controls' : e.matches(':focus-visible') ? style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor : 'not focus-visible',
            text: (e.getAttribute('aria-label') || e.textContent || e.value || '').trim().replace(/\s+/g, ' ').slice(0, 60)
          });
        }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public CourseData Course => course;

    /// <summary>Every element the focus went through, in order.</summary>
    public List<Focused> Trail { get; } = [];

    public async Task<Focused> FocusedAsync() =>
        JsonSerializer.Deserialize<Focused>(await frame.EvaluateAsync<string>(DescribeFocus), Json)!;

    public async Task<Focused> PressAsync(string key)
    {
        await page.Keyboard.PressAsync(key);
        var focused = await FocusedAsync();
        Trail.Add(focused);
        return focused;
    }

    /// <summary>Presses <paramref name="key"/> until the focus is on an element <paramref name="wanted"/> accepts.</summary>
    public async Task<Focused> MoveToAsync(Func<Focused, bool> wanted, string what, string key = "Tab")
    {
        for (var i = 0; i < MaxPresses; i++)
        {
            var focused = await PressAsync(key);
            if (focused.InFrame && wanted(focused))
            {
                return focused;
            }
        }

        throw new InvalidOperationException(
            $"{what}: not reached with {MaxPresses} presses of {key}. Last focus: {string.Join(" | ", Trail.TakeLast(8))}");
    }

    public Task<Focused> MoveToActionAsync(string action, string key = "Tab") =>
        MoveToAsync(f => f.Action == action, $"the {action} button", key);

    /// <summary>Answers one question with the keyboard; the focus ends on the question's last control.</summary>
    public async Task AnswerAsync(SectionData section, QuestionData question, IReadOnlyList<string> answer)
    {
        bool Here(Focused f) => f.Section == section.Id && f.Question == question.Id;
        switch (question.Controls)
        {
            case AnswerControls.Radios:
                // Tab enters the radio group once; the arrow keys move through it and check what they reach.
                var radio = await MoveToAsync(f => Here(f) && f.IsRadio, $"question {question.Id}");
                if (radio.Value == answer[0])
                {
                    await PressAsync("Space");
                    break;
                }

                for (var i = 0; i <= question.ChoiceValues.Count && radio.Value != answer[0]; i++)
                {
                    radio = await PressAsync("ArrowDown");
                }

                radio.Value.Should().Be(answer[0], $"the arrow keys reach every choice of {question.Id}");
                break;
            case AnswerControls.Checkboxes:
                for (var i = 0; i < question.ChoiceValues.Count; i++)
                {
                    var box = await MoveToAsync(f => Here(f) && f.IsCheckbox, $"a choice of {question.Id}");
                    if (answer.Contains(box.Value!) != box.Checked)
                    {
                        await PressAsync("Space");
                    }
                }

                break;
            case AnswerControls.TextBox or AnswerControls.NumberBox:
                await MoveToAsync(f => Here(f) && f.Tag == "input", $"the answer box of {question.Id}");
                await page.Keyboard.TypeAsync(answer[0]);
                break;
            case AnswerControls.Selects:
                // Each list in page order; on a closed list the arrow keys change the choice.
                foreach (var pair in answer.Select(p => p.Split('.')).OrderBy(p => p[0], StringComparer.Ordinal))
                {
                    var list = await MoveToAsync(f => Here(f) && f.Tag == "select" && f.Item == pair[0], $"the list of {question.Id}.{pair[0]}");
                    for (var i = 0; i < 20 && list.Value != pair[1]; i++)
                    {
                        list = await PressAsync("ArrowDown");
                    }

                    list.Value.Should().Be(pair[1], $"the arrow keys reach every option of {question.Id}.{pair[0]}");
                }

                break;
            case AnswerControls.OrderList:
                // Item by item from the top: Enter on its "move up" button until it is in place (the focus stays on it).
                for (var target = 0; target < answer.Count; target++)
                {
                    var item = answer[target];
                    var position = (await OrderAsync(section, question)).IndexOf(item);
                    if (position == target)
                    {
                        continue;
                    }

                    await MoveToAsync(f => Here(f) && f.Item == item && f.ClassName.Contains("move-up", StringComparison.Ordinal), $"move up {question.Id}.{item}");
                    for (; position > target; position--)
                    {
                        (await PressAsync("Enter")).Item.Should().Be(item, "the focus stays on the moved item's button");
                    }
                }

                (await OrderAsync(section, question)).Should().Equal(answer);
                break;
            default:
                throw new NotSupportedException($"The keyboard learner does not know the controls of question {question.Id} (type '{question.Type}').");
        }
    }

    private async Task<List<string>> OrderAsync(SectionData section, QuestionData question) =>
        [.. await frame.Locator($"section[data-section='{section.Id}'] fieldset[data-question='{question.Id}'] li[data-item]")
            .EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.item)")];

    /// <summary>Answers the quiz of the section on screen, then checks the answers with Enter on the button.</summary>
    public async Task AnswerQuizAsync(SectionData section, Func<QuestionData, IReadOnlyList<string>> pick)
    {
        foreach (var question in section.Quiz!.Questions)
        {
            await AnswerAsync(section, question, pick(question));
        }

        await MoveToAsync(f => f.Section == section.Id && f.ClassName.Contains("quiz-submit", StringComparison.Ordinal), $"the check answers button of {section.Id}");
        await PressAsync("Enter");
        await frame.Locator($"section[data-section='{section.Id}'] .quiz-result").Filter(new() { HasTextRegex = new(".") }).WaitForAsync();
    }

    /// <summary>The section heading (h2) of the section, focused.</summary>
    public static bool IsHeadingOf(Focused focused, SectionData section) =>
        focused.Tag == "h2" && focused.Section == section.Id && focused.ClassName.Contains("section-title", StringComparison.Ordinal);
}
