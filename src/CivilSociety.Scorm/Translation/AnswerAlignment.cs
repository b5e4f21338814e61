using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Questions.Types;

namespace CivilSociety.Scorm.Translation;

/// <summary>
/// Keeps a language version's answer ids the source's. Matching and sequencing questions shuffle their ids with
/// their texts as the seed (so the page's order gives nothing away); read from translated texts they would shuffle
/// otherwise, and "a.1" would mean another pair in each language's records. Every other id is the source's already.
/// </summary>
internal static class AnswerAlignment
{
    public static Course Align(Course translated, Course source)
    {
        var sourceQuestions = source.Sections
            .SelectMany(s => (s.Quiz?.Questions ?? []).Select(q => (Key: s.Id + "\n" + q.Id, Question: q)))
            .GroupBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Question, StringComparer.Ordinal);

        return translated with
        {
            Sections = [.. translated.Sections.Select(section => section.Quiz is not { } quiz ? section : section with
            {
                Quiz = quiz with
                {
                    Questions = [.. quiz.Questions.Select(q =>
                        sourceQuestions.TryGetValue(section.Id + "\n" + q.Id, out var original) ? Aligned(q, original) : q)],
                },
            })],
        };
    }

    private static Question Aligned(Question translated, Question source) => (translated.Answer, source.Answer) switch
    {
        (MatchingAnswer pairs, MatchingAnswer original) when pairs.Pairs.Count == original.Pairs.Count => translated with
        {
            Answer = pairs with { Pairs = [.. pairs.Pairs.Select((pair, i) => pair with { RightId = original.Pairs[i].RightId })] },
        },
        (SequenceAnswer items, SequenceAnswer original) when items.Items.Count == original.Items.Count => translated with
        {
            Answer = items with { Items = [.. items.Items.Select((item, i) => item with { Letter = original.Items[i].Letter })] },
        },
        _ => translated,
    };
}
