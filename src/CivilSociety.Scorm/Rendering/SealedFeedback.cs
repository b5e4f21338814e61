using AngleSharp.Dom;
using CivilSociety.Scorm.Contract;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// Takes the feedback out of the finished page, to be sealed with each question's answer key: the feedback under the
/// right choice, or a "correct:" text that quotes the answer, would otherwise tell it to anyone reading the source.
/// The page keeps the empty places; the runtime fills them from the seal when the learner checks.
/// </summary>
internal static class SealedFeedback
{
    /// <summary>SECTION.QUESTION -> (a choice letter, "correct" or "incorrect" -> its HTML, as finished: isolated, links rewritten).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> TakeFrom(IElement body)
    {
        var taken = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        // The quizzes' and the practice checks' (::: check) forms: both name their section.
        foreach (var quiz in body.QuerySelectorAll($"form[{RuntimeContract.Attributes.Quiz}], form[{RuntimeContract.Attributes.Check}]"))
        {
            var sectionId = quiz.GetAttribute(RuntimeContract.Attributes.Quiz) ?? quiz.GetAttribute(RuntimeContract.Attributes.Check)!;
            foreach (var question in quiz.QuerySelectorAll($"fieldset[{RuntimeContract.Attributes.Question}]"))
            {
                var feedback = new SortedDictionary<string, string>(StringComparer.Ordinal);
                foreach (var place in question.QuerySelectorAll($"[{RuntimeContract.Attributes.FeedbackFor}], [{RuntimeContract.Attributes.Feedback}]"))
                {
                    var key = place.GetAttribute(RuntimeContract.Attributes.FeedbackFor) ?? place.GetAttribute(RuntimeContract.Attributes.Feedback)!;
                    if (place.InnerHtml is { Length: > 0 } html)
                    {
                        feedback[key] = html;
                        // Not InnerHtml = "": AngleSharp would build a document to parse the empty string, 6,000 times
                        // for the synthetic course's 3,000 questions.
                        place.TextContent = "";
                    }
                }

                taken[PageIds.Interaction(sectionId, question.GetAttribute(RuntimeContract.Attributes.Question)!)] = feedback;
            }
        }

        return taken;
    }
}
