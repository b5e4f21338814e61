using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Translation;

/// <summary>Every text of a course a learner reads, as translation units, in the order the course shows them.</summary>
internal static class CourseTexts
{
    public const string CourseTitle = "course/title";

    public const string CompletionMessage = "course/completion";

    public static string OutcomeId(string outcome) => "outcome/" + outcome;

    public static string SectionTitleId(string section) => $"section/{section}/title";

    public static string StringId(string key) => "strings/" + key;

    /// <summary>A quiz's own title (<c>::: quiz {title="..."}</c>): not section/ID/title, which is the section's.</summary>
    public static string QuizTitleId(string section) => $"section/{section}/quiz/title";

    /// <summary>The own title of the section's Nth practice check (<c>::: check {title="..."}</c>), counted from 1.</summary>
    public static string CheckTitleId(string section, int number) => $"section/{section}/check/{number}/title";

    public static List<TranslationUnit> Of(Course course, CourseSources sources)
    {
        var units = new List<TranslationUnit>
        {
            Plain(CourseTitle, "the course's title", course.Title, course.LocationOf("title")),
        };
        units.AddRange(course.AllOutcomes.Select(o => Plain(OutcomeId(o.Id), $"learning outcome {o.Id}", o.Text, o.Location)));
        if (course.CompletionMessage is { } completion)
        {
            units.Add(Plain(CompletionMessage, "the message a learner who completed the course reads (Markdown)", completion, course.LocationOf("completion")));
        }

        var pipeline = MarkdownPipelineFactory.Shared;   // the pipeline sections are parsed with: the same reading of the same text
        foreach (var section in course.Sections)
        {
            units.Add(Plain(SectionTitleId(section.Id), $"the title of section '{section.Id}'", section.Title, section.Location));
            if (sources.MarkdownFiles.TryGetValue(section.SourcePath, out var file))
            {
                units.AddRange(SectionTexts.Of(file, section.Id, section.Title, pipeline));
            }
        }

        units.AddRange(course.StringOverrides.OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => Plain(StringId(s.Key), $"a text of the player, strings: {s.Key} in course.yml", s.Value, course.LocationOf("strings"))));
        return units;
    }

    private static TranslationUnit Plain(string id, string what, string text, SourceSpan location) =>
        new(id, $"{what} ({location})", [new TextPiece(text)], location, Range: null);
}
