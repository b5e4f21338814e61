using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Parsing;
using CivilSociety.Scorm.Rendering;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Specs;

/// <summary>
/// Specs/quizzes.md holds one example per question type: the Markdown an author writes and the HTML the learner
/// gets. Each is parsed and rendered here and compared; UPDATE_GOLDEN=1 rewrites the HTML after a deliberate change.
/// </summary>
public sealed partial class QuizSpecTests
{
    private static readonly string SpecPath = Path.Combine(Repository.Root, "tests", "CivilSociety.Scorm.Tests", "Specs", "quizzes.md");

    public static TheoryData<string> Examples() => [.. Read().Select(e => e.Name)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Markdown_becomes_the_specified_quiz_html(string name)
    {
        var example = Read().Single(e => e.Name == name);

        var actual = Render(example.Markdown, out var diagnostics);

        diagnostics.Should().BeEmpty();
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Rewrite(name, actual);
            return;
        }

        actual.Should().Be(example.Html);
    }

    private static string Render(string markdown, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        var pipeline = MarkdownPipelineFactory.Shared;
        var section = SectionParser.Parse(new SourceFile("spec.md", "---\nid: s\ntitle: S\n---\n" + markdown), "ar", pipeline, bag)!;
        diagnostics = bag.ToList();
        var document = new HtmlParser().ParseDocument("");
        var quizzes = new QuizRenderer(document, new MarkdownHtml(pipeline));
        var form = quizzes.Render(section, section.Quiz!);
        var feedback = quizzes.Feedback.Html();

        // One element per line keeps the spec readable and its diffs small; the feedback, kept out of the page to be
        // sealed, follows its question as comments.
        return string.Join("\n", form.QuerySelectorAll("fieldset").Select(f =>
            NewlineBetweenTags().Replace(f.OuterHtml.Replace("\n", ""), ">\n<")
            + string.Concat(feedback.GetValueOrDefault(PageIds.Interaction(section.Id, f.GetAttribute("data-question")!))?
                .Select(text => $"\n<!-- sealed {text.Key}: {text.Value.Replace("\n", "")} -->") ?? []))) + "\n";
    }

    private static void Rewrite(string name, string html)
    {
        lock (SpecPath)
        {
            var text = File.ReadAllText(SpecPath).ReplaceLineEndings("\n");
            var updated = Example().Replace(text, match => match.Groups["name"].Value.Trim() != name
                ? match.Value
                : match.Value[..(match.Groups["html"].Index - match.Index)] + html + "```");
            File.WriteAllText(SpecPath, updated);
        }
    }

    private static IEnumerable<(string Name, string Markdown, string Html)> Read()
    {
        var text = File.ReadAllText(SpecPath).ReplaceLineEndings("\n");
        foreach (Match match in Example().Matches(text))
        {
            yield return (match.Groups["name"].Value.Trim(), match.Groups["markdown"].Value, match.Groups["html"].Value);
        }
    }

    [GeneratedRegex("^## (?<name>.+)\n(?:.*\n)*?```markdown\n(?<markdown>(?:.*\n)*?)```\n(?:.*\n)*?```html\n(?<html>(?:.*\n)*?)```", RegexOptions.Multiline)]
    private static partial Regex Example();

    [GeneratedRegex("><")]
    private static partial Regex NewlineBetweenTags();
}
