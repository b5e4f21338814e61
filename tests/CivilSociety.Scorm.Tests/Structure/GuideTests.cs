using System.Text.RegularExpressions;
using CivilSociety.Scorm.Cli;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Structure;

/// <summary>
/// The README and the guides under docs/ as a newcomer follows them: every picture they show and every file they
/// link exists, every script they run exists, and every <c>civil-scorm</c> command line they write (in a code block
/// or in a code span) names a command and options the tool has, as its own --help lists them. A renamed option or
/// a screenshot never regenerated fails here, not in a reader's terminal.
/// </summary>
public sealed partial class GuideTests
{
    public static TheoryData<string> Guides() => new(GuideFiles());

    /// <summary>README.md and every Markdown file under docs/, relative to the repository.</summary>
    private static IEnumerable<string> GuideFiles() =>
        Directory.EnumerateFiles(Path.Combine(Repository.Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Repository.Root, file).Replace('\\', '/')).Order(StringComparer.Ordinal).Prepend("README.md");

    [Theory]
    [MemberData(nameof(Guides))]
    public void Every_image_and_file_a_guide_links_exists(string guide)
    {
        var path = Path.Combine(Repository.Root, guide);
        var folder = Path.GetDirectoryName(path)!;
        var missing = new List<string>();
        foreach (var (line, target) in Links(File.ReadAllText(path)))
        {
            var file = Uri.UnescapeDataString(target.Split('#')[0]);
            if (file.Length > 0 && !File.Exists(Path.Combine(folder, file)) && !Directory.Exists(Path.Combine(folder, file)))
            {
                missing.Add($"{guide}({line}): {target}");
            }
        }

        missing.Should().BeEmpty("every picture and file a guide links is in the repository (pictures: bash scripts/screenshots.sh)");
    }

    [Fact]
    public void The_guides_show_the_player_a_quiz_a_practice_check_the_ending_the_preview_a_diagnostic_and_the_mastery_report()
    {
        var shown = GuideFiles().SelectMany(guide => Links(File.ReadAllText(Path.Combine(Repository.Root, guide))))
            .Select(link => Path.GetFileName(link.Target)).ToHashSet(StringComparer.Ordinal);

        shown.Should().Contain(["player-ar-desktop.png", "player-ar-phone.png", "player-en-desktop.png", "player-en-phone.png",
            "quiz-feedback-ar.png", "practice-check-en.png", "blocks-en-desktop.png", "ending-ar.png", "certificate-ar.png",
            "preview.png", "diagnostic-terminal.png", "mastery-report.png"]);
    }

    [Fact]
    public void Every_picture_in_docs_images_is_shown_by_a_guide()
    {
        var shown = GuideFiles().SelectMany(guide => Links(File.ReadAllText(Path.Combine(Repository.Root, guide))))
            .Select(link => Path.GetFileName(link.Target)).ToHashSet(StringComparer.Ordinal);
        var pictures = Directory.EnumerateFiles(Path.Combine(Repository.Root, "docs", "images")).Select(Path.GetFileName);

        pictures.Where(picture => !shown.Contains(picture!)).Should().BeEmpty(
            "scripts/screenshots.sh makes only the pictures the guides show; one left behind is stale");
    }

    [Theory]
    [MemberData(nameof(Guides))]
    public void Every_command_a_guide_writes_is_one_the_tool_has(string guide)
    {
        var problems = CommandProblems(File.ReadAllText(Path.Combine(Repository.Root, guide)), CliSurface.Value)
            .Select(problem => $"{guide}({problem.Line}): {problem.Text}");

        problems.Should().BeEmpty("a guide documents only commands and options that civil-scorm --help lists");
    }

    [Theory]
    [MemberData(nameof(Guides))]
    public void Every_script_a_guide_runs_exists(string guide)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, guide));
        var missing = ScriptPath().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal)
            .Where(script => !File.Exists(Path.Combine(Repository.Root, script)));

        missing.Should().BeEmpty("a script a guide names is in scripts/");
    }

    [Fact]
    public void The_check_catches_a_misspelt_command_and_an_option_the_tool_does_not_have()
    {
        const string Guide = """
            Run `civil-scorm build my-course --warnings-as-errors` first.

            ```bash
            civil-scorm bild my-course
            civil-scorm preview my-course --port 0 --open-browser   # a comment: --not-checked
            civil-scorm build [COURSE_DIR] [-o OUT.zip]
                              [--target scorm12] [--xapi-bass IRI]
            ```
            """;

        CommandProblems(Guide, CliSurface.Value).Select(p => (p.Line, p.Text)).Should().Equal(
            (4, "unknown command 'bild' in: civil-scorm bild my-course"),
            (5, "'preview' has no option --open-browser"),
            (7, "'build' has no option --xapi-bass"));
    }

    /// <summary>The tool's commands and each one's options, read from its own --help.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, HashSet<string>>> CliSurface = new(() =>
    {
        var root = Help([]);
        var commands = HelpSection(root, "Commands:").Select(line => line.Split(' ')[0]).ToList();
        commands.Should().Contain("build", "the root --help lists the commands");
        var surface = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            [""] = [.. HelpSection(root, "Options:").SelectMany(line => OptionToken().Matches(line.Split("  ")[0]).Select(m => m.Value))],
        };
        foreach (var command in commands)
        {
            // A command with subcommands (translate export) takes the options of each of them.
            var help = Help([command]);
            surface[command] = [.. HelpSection(help, "Commands:").Select(line => line.Split(' ')[0]).Select(sub => Help([command, sub])).Prepend(help)
                .SelectMany(text => HelpSection(text, "Options:")).SelectMany(line => OptionToken().Matches(line.Split("  ")[0]).Select(m => m.Value))];
        }

        return surface;
    });

    private static string Help(string[] command)
    {
        var output = new StringWriter();
        CliApplication.Run([.. command, "--help"], output, new StringWriter()).Should().Be(0);
        return output.ToString();
    }

    /// <summary>The entries of one section of --help ("Options:", "Commands:"), each trimmed.</summary>
    private static IEnumerable<string> HelpSection(string help, string heading) =>
        help.ReplaceLineEndings("\n").Split('\n').SkipWhile(line => line != heading).Skip(1)
            .TakeWhile(line => line.StartsWith("  ", StringComparison.Ordinal)).Select(line => line.Trim());

    internal sealed record Problem(int Line, string Text);

    /// <summary>
    /// Each civil-scorm command line of a guide: in code blocks (a line indented under a command line and starting
    /// with '[' continues it, as in a synopsis) and in code spans. Comments after " # " are prose.
    /// </summary>
    internal static IEnumerable<Problem> CommandProblems(string markdown, IReadOnlyDictionary<string, HashSet<string>> surface)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var inBlock = false;
        string? command = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                command = null;
                continue;
            }

            var pieces = inBlock ? [line] : CodeSpan().Matches(line).Select(m => m.Groups[1].Value).ToArray();
            foreach (var piece in pieces)
            {
                var code = piece.Split(" # ")[0];
                if (inBlock && command is not null && ContinuedOptions().IsMatch(code))
                {
                    foreach (var problem in OptionProblems(command, code, surface, i + 1))
                    {
                        yield return problem;
                    }

                    continue;
                }

                command = null;
                if (Invocation().Match(code) is not { Success: true } invocation)
                {
                    continue;
                }

                var name = invocation.Groups["command"].Value;
                if (name.StartsWith('-'))
                {
                    name = "";
                }
                else if (!surface.ContainsKey(name))
                {
                    yield return new Problem(i + 1, $"unknown command '{name}' in: {code.Trim()}");
                    continue;
                }

                command = name;
                foreach (var problem in OptionProblems(name, invocation.Groups["rest"].Value, surface, i + 1))
                {
                    yield return problem;
                }
            }
        }
    }

    private static IEnumerable<Problem> OptionProblems(string command, string text, IReadOnlyDictionary<string, HashSet<string>> surface, int line) =>
        OptionToken().Matches(text).Select(m => m.Value).Where(option => !surface[command].Contains(option) && !surface[""].Contains(option))
            .Select(option => new Problem(line, $"'{(command.Length == 0 ? "civil-scorm" : command)}' has no option {option}"));

    /// <summary>Images (![alt](target), &lt;img src&gt;) and links to files, with their line; not addresses or anchors.</summary>
    private static IEnumerable<(int Line, string Target)> Links(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var inBlock = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
            }

            if (inBlock)
            {
                continue;
            }

            foreach (Match link in MarkdownLink().Matches(CodeSpan().Replace(lines[i], "")))
            {
                var target = link.Groups["target"].Value;
                if (!target.StartsWith('#') && !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    yield return (i + 1, target);
                }
            }
        }
    }

    /// <summary>
    /// A line (or code span) that starts with civil-scorm COMMAND (after "$ " or a folder: out/cli/civil-scorm), or
    /// dotnet run's "--project src/CivilSociety.Scorm.Cli -- COMMAND".
    /// </summary>
    [GeneratedRegex(@"(?:^\s*(?:\$\s+)?(?:[\w.-]*/)*civil-scorm|CivilSociety\.Scorm\.Cli --)\s+(?<command>--?[a-z][\w-]*|[a-z][\w-]*)(?<rest>.*)$")]
    private static partial Regex Invocation();

    [GeneratedRegex(@"^\s+\[")]
    private static partial Regex ContinuedOptions();

    /// <summary>An option as written: --name or -x, not part of a word or a path (out/a-b.zip).</summary>
    [GeneratedRegex(@"(?<![\w./-])--?[a-zA-Z?][\w-]*")]
    private static partial Regex OptionToken();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"(?<!\\)!?(?<!\\)\[[^\]]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)|<img[^>]*\ssrc=""(?<target>[^""]+)""")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"(?<![\w/.-])scripts/[\w.-]+\.sh\b")]
    private static partial Regex ScriptPath();
}
