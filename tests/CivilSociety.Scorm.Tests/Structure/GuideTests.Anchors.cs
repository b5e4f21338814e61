using System.Text.RegularExpressions;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Structure;

/// <summary>Links to a heading (#anchor), in a guide or to another page: the heading is there, as GitHub names it.</summary>
public sealed partial class GuideTests
{
    [Theory]
    [MemberData(nameof(Guides))]
    public void Every_anchor_a_guide_links_is_a_heading_of_its_page(string guide)
    {
        var path = Path.Combine(Repository.Root, guide);
        var broken = new List<string>();
        foreach (var (line, target) in AnchorLinks(File.ReadAllText(path)))
        {
            var (file, anchor) = (target.Split('#')[0], target.Split('#', 2)[1]);
            var page = file.Length == 0 ? path : Path.Combine(Path.GetDirectoryName(path)!, Uri.UnescapeDataString(file));
            if (page.EndsWith(".md", StringComparison.Ordinal) && File.Exists(page)
                && !HeadingAnchors(File.ReadAllText(page)).Contains(anchor))
            {
                broken.Add($"{guide}({line}): {target}");
            }
        }

        broken.Should().BeEmpty("a link to #anchor lands on a heading of that page (GitHub's anchors: lower case, punctuation dropped, spaces as -)");
    }

    [Fact]
    public void A_heading_anchor_is_made_as_GitHub_makes_it()
    {
        HeadingAnchors("# The designer's guide\n## Quizzes: the question types\n```\n## not a heading\n```\n## `build` and targets ##\n## C# in 5 minutes\n## Notes\n## Notes")
            .Should().Equal("the-designers-guide", "quizzes-the-question-types", "build-and-targets", "c-in-5-minutes", "notes", "notes-1");
    }

    /// <summary>
    /// The anchors of a page's headings as GitHub makes them: the heading's text in lower case, without the characters
    /// that are neither letters, digits, spaces, '-' nor '_', spaces turned into '-'; a repeated one gets -1, -2...
    /// </summary>
    private static List<string> HeadingAnchors(string markdown)
    {
        var anchors = new List<string>();
        var inBlock = false;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
            }
            else if (!inBlock && Heading().Match(line) is { Success: true } heading)
            {
                var text = string.Concat(heading.Groups["text"].Value.ToLowerInvariant()
                    .Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_')).Replace(' ', '-');
                var repeats = anchors.Count(a => a == text || (a.StartsWith(text + "-", StringComparison.Ordinal) && int.TryParse(a[(text.Length + 1)..], out _)));
                anchors.Add(repeats == 0 ? text : $"{text}-{repeats}");
            }
        }

        return anchors;
    }

    /// <summary>
    /// Every link with an #anchor outside code, with its line: "](target#anchor)" is on one line even when the link's
    /// text runs over two.
    /// </summary>
    private static IEnumerable<(int Line, string Target)> AnchorLinks(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var inBlock = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
            }
            else if (!inBlock)
            {
                foreach (Match link in AnchorLink().Matches(CodeSpan().Replace(lines[i], "")))
                {
                    yield return (i + 1, link.Groups["target"].Value);
                }
            }
        }
    }

    [GeneratedRegex(@"\]\((?<target>(?![a-z]+:)[^)\s#]*#[^)\s]+)\)")]
    private static partial Regex AnchorLink();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.*?)(?:\s+#+)?\s*$")]
    private static partial Regex Heading();
}
