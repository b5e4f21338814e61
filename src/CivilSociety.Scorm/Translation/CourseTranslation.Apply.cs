using System.Text;
using System.Text.RegularExpressions;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Translation;

internal sealed partial class CourseTranslation
{
    /// <summary>
    /// The course's files with each translated text written over its source, and the language of course.yml (and of
    /// a front matter that names the course's language) made this one, with its direction: the parser then reads the
    /// translated course with every id, attribute, answer=, [x] mark and {#id} of the source, and reads fill-in answers
    /// with the rules of the new language.
    /// </summary>
    public CourseSources Apply(CourseSources sources)
    {
        var byFile = _units.Where(u => u.Range is not null).ToLookup(u => u.File, StringComparer.Ordinal);
        var files = new Dictionary<string, SourceFile>(StringComparer.Ordinal);
        foreach (var (path, source) in sources.MarkdownFiles)
        {
            var text = new StringBuilder(source.Text);
            foreach (var unit in byFile[path].OrderByDescending(u => u.Range!.Value.Start))
            {
                if (Translated(unit) is { } markdown)
                {
                    text.Remove(unit.Range!.Value.Start, unit.Range.Value.Length).Insert(unit.Range.Value.Start, markdown);
                }
            }

            files[path] = source with { Text = WithLanguage(text.ToString(), frontMatterOnly: true) };
        }

        return sources with
        {
            CourseFile = sources.CourseFile is { } course ? course with { Text = WithLanguage(course.Text, frontMatterOnly: false) } : null,
            MarkdownFiles = files,
        };
    }

    /// <summary>
    /// The course with its titles (the course's, the sections', a quiz's or a check's own), outcomes and player's texts
    /// translated; marked as this language's version.
    /// </summary>
    public Course Apply(Course course)
    {
        var units = _units.Where(u => u.Range is null).ToDictionary(u => u.Id, StringComparer.Ordinal);
        string Text(string id, string source) => units.TryGetValue(id, out var unit) && Translated(unit) is { } text ? text : source;
        Outcome Outcome(Outcome o) => o with { Text = Text(CourseTexts.OutcomeId(o.Id), o.Text), Children = [.. o.Children.Select(Outcome)] };
        Quiz Titled(Quiz quiz, string id) =>
            quiz.Settings.Title is { } title ? quiz with { Settings = quiz.Settings with { Title = Text(id, title) } } : quiz;

        return course with
        {
            Title = Text(CourseTexts.CourseTitle, course.Title),
            Outcomes = [.. course.Outcomes.Select(Outcome)],
            CompletionMessage = course.CompletionMessage is { } completion ? Text(CourseTexts.CompletionMessage, completion) : null,
            Sections = [.. course.Sections.Select(s => s with
            {
                Title = Text(CourseTexts.SectionTitleId(s.Id), s.Title),
                Quiz = s.Quiz is { } quiz ? Titled(quiz, CourseTexts.QuizTitleId(s.Id)) : null,
                Checks = [.. s.Checks.Select((check, i) => Titled(check, CourseTexts.CheckTitleId(s.Id, i + 1)))],
            })],

            // An override not translated is left out: the player's own texts of the new language are better than the
            // source language's.
            StringOverrides = course.StringOverrides
                .Where(s => units.TryGetValue(CourseTexts.StringId(s.Key), out var unit) && _chosen.ContainsKey(unit.Id))
                .ToDictionary(s => s.Key, s => Text(CourseTexts.StringId(s.Key), s.Value), StringComparer.Ordinal),
        };
    }

    private string WithLanguage(string text, bool frontMatterOnly)
    {
        var direction = Languages.DirectionOf(Language) == TextDirection.RightToLeft ? "rtl" : "ltr";
        if (!frontMatterOnly)
        {
            text = LanguageLine().Replace(text, "language: " + Language, 1);
            return DirectionLine().Replace(text, "direction: " + direction, 1);
        }

        // A section's front matter: only a language: that is the course's own is the translation's now.
        var end = text.StartsWith("---", StringComparison.Ordinal) ? text.IndexOf("\n---", 3, StringComparison.Ordinal) : -1;
        if (end < 0)
        {
            return text;
        }

        var frontMatter = LanguageLine().Replace(text[..end], line =>
            line.Value.Split(':', 2)[1].Trim().Trim('"', '\'').Equals(SourceLanguage, StringComparison.OrdinalIgnoreCase) ? "language: " + Language : line.Value);
        return frontMatter + text[end..];
    }

    [GeneratedRegex(@"^language:[^\r\n]*", RegexOptions.Multiline)]
    private static partial Regex LanguageLine();

    [GeneratedRegex(@"^direction:[^\r\n]*", RegexOptions.Multiline)]
    private static partial Regex DirectionLine();
}
