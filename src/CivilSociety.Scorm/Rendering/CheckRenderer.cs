using AngleSharp.Dom;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Parsing;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// The practice checks (<c>::: check</c>, docs/blocks.md): each is a quiz's form, put where the author wrote it (the
/// slot the parser left), named a check (data-check) rather than the section's quiz, and titled "Practice" unless it
/// has a title= of its own. The runtime drives it with the quiz engine, outside the score.
/// </summary>
internal static class CheckRenderer
{
    public static void FillSlots(IElement sectionElement, Section section, QuizRenderer quizzes)
    {
        if (section.Checks.Count == 0)
        {
            return;
        }

        // Markdig and the parser both go in document order: the n-th slot is the n-th check.
        foreach (var (slot, check) in sectionElement.QuerySelectorAll("." + PracticeChecks.SlotClass).ToList().Zip(section.Checks))
        {
            var form = quizzes.Render(section, check);
            form.RemoveAttribute("id");   // the section's quiz has the one form id
            form.RemoveAttribute(RuntimeContract.Attributes.Quiz);
            form.SetAttribute(RuntimeContract.Attributes.Check, section.Id);
            if (check.Settings.Title is null)
            {
                form.QuerySelector("." + RuntimeContract.Classes.QuizTitle)?.SetAttribute(RuntimeContract.Attributes.String, RuntimeContract.Strings.PracticeTitle);
            }

            slot.Parent!.ReplaceChild(form, slot);
        }
    }
}
