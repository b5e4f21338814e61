using AngleSharp.Html.Parser;
using CivilSociety.Scorm.Rendering;

namespace CivilSociety.Scorm.Browser.Tests.Infrastructure;

/// <summary>
/// What a learner answers a question with, as the launch page shows it: the test learners choose how to answer by
/// these controls, never by the question type's name, so that a new type built from them needs no test change.
/// </summary>
public enum AnswerControls
{
    /// <summary>None the test learners know: answering it fails, naming the question.</summary>
    Unknown,

    /// <summary>Radio buttons, one of them to pick (its value: a choice letter, t or f, a point).</summary>
    Radios,

    /// <summary>Check boxes, any of them to tick.</summary>
    Checkboxes,

    /// <summary>A text box for words.</summary>
    TextBox,

    /// <summary>A text box for a number (inputmode decimal): it takes only what numbers are written with.</summary>
    NumberBox,

    /// <summary>A select list per item, each set to the item's match.</summary>
    Selects,

    /// <summary>Items to put in order with their move buttons.</summary>
    OrderList,
}

/// <summary>The controls of every question of a launch page, found in its markup.</summary>
public static class PageControls
{
    /// <summary>By "SECTION.QUESTION": the kind of controls and the values of its radio buttons or check boxes, in page order.</summary>
    /// <param name="sections">The package's sections.js, when the page has sections kept out of it.</param>
    public static IReadOnlyDictionary<string, (AnswerControls Controls, IReadOnlyList<string> Values)> Read(string html, string? sections = null)
    {
        var page = new HtmlParser().ParseDocument(html);
        // The sections kept out of the page, put back as the player does (Rendering/DeferredSections.cs).
        DeferredSections.Unfold(page, sections);

        var found = new Dictionary<string, (AnswerControls, IReadOnlyList<string>)>(StringComparer.Ordinal);
        foreach (var section in page.QuerySelectorAll("section[data-section]"))
        {
            foreach (var fieldset in section.QuerySelectorAll("fieldset[data-question]"))
            {
                var inputs = fieldset.QuerySelectorAll("input[type=radio], input[type=checkbox]");
                var controls =
                    fieldset.QuerySelector("input[type=checkbox]") is not null ? AnswerControls.Checkboxes
                    : inputs.Length > 0 ? AnswerControls.Radios
                    : fieldset.QuerySelector("select") is not null ? AnswerControls.Selects
                    : fieldset.QuerySelector("li[data-item]") is not null ? AnswerControls.OrderList
                    : fieldset.QuerySelector("input[inputmode=decimal]") is not null ? AnswerControls.NumberBox
                    : fieldset.QuerySelector("input[type=text]") is not null ? AnswerControls.TextBox
                    : AnswerControls.Unknown;
                found[section.GetAttribute("data-section") + "." + fieldset.GetAttribute("data-question")] =
                    (controls, [.. inputs.Select(input => input.GetAttribute("value") ?? "")]);
            }
        }

        return found;
    }
}
