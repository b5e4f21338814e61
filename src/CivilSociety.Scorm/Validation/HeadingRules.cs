using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Model;
using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

using SourceSpan = CivilSociety.Scorm.Diagnostics.SourceSpan;

namespace CivilSociety.Scorm.Validation;

/// <summary>
/// The player puts the section's title in an h2 and shifts the body's headings below it (## becomes h3): what it
/// rewrites or what leaves a gap in the outline a screen reader lists is said, never done silently.
/// </summary>
internal static partial class HeadingRules
{
    /// <summary>The rendered level of a body heading: # and ## both become h3, ### h4... (Markup/MarkdownHtml.cs).</summary>
    private static int Rendered(int level) => Math.Clamp(level + 1, 3, 6);

    private static bool IsQuestion(HeadingBlock heading) =>
        heading.TryGetAttributes()?.Properties?.Any(p => p.Key == "outcomes") == true;

    public static void HeadingLevelsFollowTheTitle(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var section in course.Sections)
        {
            var above = 2;              // the section's title, h2
            var aboveMarks = "";        // "": the title itself
            var topLevelReported = false;
            // A question heading left outside its quiz (or in a misspelt ::: quizz) has its own error already.
            foreach (var heading in section.Body.Descendants<HeadingBlock>().Where(h => !IsQuestion(h) && h.Parent is not Markdig.Extensions.CustomContainers.CustomContainer))
            {
                var marks = new string('#', heading.Level);
                var location = new SourceSpan(section.SourcePath, heading.Line + 1, heading.Column + 1);
                if (heading.Level == 1 && !topLevelReported)
                {
                    // Once a section: every # of it is the same choice.
                    topLevelReported = true;
                    diagnostics.Report(DiagnosticCatalog.TopLevelHeadingInSection, location, section.Id);
                }

                var rendered = Rendered(heading.Level);
                if (rendered > above + 1)
                {
                    var expected = new string('#', above);   // one level below the heading above, in Markdown marks
                    diagnostics.ReportWithHelp(DiagnosticCatalog.HeadingLevelSkipped, location,
                        $"write {expected} here, one level below {(aboveMarks.Length == 0 ? "the section's title" : $"the {aboveMarks} heading above")}, so the outline a screen reader lists has no gap",
                        marks, aboveMarks.Length == 0 ? "the section's title" : $"a {aboveMarks} heading", new string('#', rendered - 2));
                }

                above = rendered;
                aboveMarks = marks;
            }
        }
    }

    /// <summary>
    /// "##Background": without the space Markdown reads a paragraph, and the learner sees the marks. One # and a word
    /// is left alone (#MeToo is a hashtag); a quiz says it itself (the question is lost there: an error).
    /// </summary>
    public static void HeadingsHaveTheirSpace(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var section in course.Sections)
        {
            if (!sources.MarkdownFiles.TryGetValue(section.SourcePath, out var file))
            {
                continue;
            }

            var lines = new SourceLines(file.Text);   // where each line starts: a string per line was megabytes for a long course
            foreach (var paragraph in section.Body.Descendants<ParagraphBlock>()
                .Where(p => !InQuizOrCheck(p) && p.Line < lines.Count))
            {
                // Any line of the paragraph: "##Background" right under a line of text is glued to it, shown as text too.
                // (Markdig lets a paragraph's lines go once its inlines are read: the paragraph ends at a blank line.)
                for (var at = paragraph.Line; at < lines.Count && !lines[at].IsWhiteSpace(); at++)
                {
                    var line = lines[at].TrimStart(' ');
                    if (HashesGluedToAWord().IsMatch(line))   // rare: only then a string of it
                    {
                        var text = line.ToString();
                        var marks = HashesGluedToAWord().Match(text).Groups[1].Value;
                        diagnostics.Report(DiagnosticCatalog.HeadingWithoutSpace, new SourceSpan(section.SourcePath, at + 1, lines[at].Length - line.Length + 1),
                            Shortened(text), marks, text[marks.Length..].Trim());
                    }
                }
            }
        }
    }

    private static bool InQuizOrCheck(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is CustomContainer { Info: { } info } && info.Trim().ToLowerInvariant() is "quiz" or "check")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The line as quoted in a message: at most 40 characters.</summary>
    internal static string Shortened(string line) => line.Length <= 40 ? line.TrimEnd() : line[..39] + "…";

    [GeneratedRegex(@"^(#{2,6})\p{L}")]
    private static partial Regex HashesGluedToAWord();
}
