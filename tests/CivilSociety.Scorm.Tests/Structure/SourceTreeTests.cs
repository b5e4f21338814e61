using System.Text.RegularExpressions;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Structure;

/// <summary>
/// The shape a newcomer relies on: the library's folders depend only downwards (no circles), and no source file is
/// too long to read in one sitting.
/// </summary>
public sealed partial class SourceTreeTests
{
    /// <summary>Bottom first: a folder may use only the folders above it in this list (and itself).</summary>
    private static readonly string[] Layers =
    [
        "Diagnostics", "Hashing", "Contract", "Xapi", "Resources", "Loading", "Markup", "Tables", "Questions", "Model", "ItemWriting",
        "Parsing", "Translation", "Validation", "Rendering", "Packaging", "PackageValidation", "Republishing", "Export", "Reports", "Authoring",
    ];

    private const int MaxLines = 300;

    private static string Library => Path.Combine(Repository.Root, "src", "CivilSociety.Scorm");

    [Fact]
    public void Every_folder_of_the_library_is_a_known_layer()
    {
        Directory.GetDirectories(Library).Select(Path.GetFileName).Where(name => name is not ("bin" or "obj"))
            .Should().BeSubsetOf(Layers, "a new folder needs its place in the layers (SourceTreeTests.Layers and the README)");
    }

    [Fact]
    public void Stage_folders_depend_only_downwards()
    {
        var upwards = new List<string>();
        foreach (var file in LibrarySources())
        {
            var folder = FolderOf(file);
            if (folder is null)
            {
                continue;   // the root: CourseCompiler and its options sit on top of everything
            }

            var level = Array.IndexOf(Layers, folder);
            foreach (var used in ReferencedFolders(File.ReadAllText(file)).Where(used => used != folder))
            {
                if (Array.IndexOf(Layers, used) is var usedLevel && (usedLevel < 0 || usedLevel > level))
                {
                    upwards.Add($"{Relative(file)} ({folder}) uses {used}");
                }
            }
        }

        upwards.Should().BeEmpty();
    }

    [Fact]
    public void Another_folder_is_used_through_a_using_directive_never_a_partly_qualified_name()
    {
        // The layering check reads using directives; "Rendering.HtmlAllowList" inside a method would slip past it.
        var qualified = LibrarySources()
            .SelectMany(file => PartlyQualified().Matches(StripStringsAndComments(File.ReadAllText(file)))
                .Where(match => match.Groups["folder"].Value != FolderOf(file))
                .Select(match => $"{Relative(file)}: {match.Value}"));

        qualified.Should().BeEmpty();
    }

    [Fact]
    public void No_source_file_is_longer_than_a_newcomer_reads_in_one_sitting()
    {
        var roots = new[] { "src", Path.Combine("packaging", "runtime", "src") }.Select(r => Path.Combine(Repository.Root, r)).Where(Directory.Exists);
        var tooLong = roots
            .SelectMany(root => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".js", StringComparison.Ordinal) || path.EndsWith(".mjs", StringComparison.Ordinal))
            .Where(path => !IsBuildOutput(path))
            .Select(path => (Path: Relative(path), Lines: File.ReadLines(path).Count()))
            .Where(file => file.Lines > MaxLines)
            .Select(file => $"{file.Path}: {file.Lines} lines");

        tooLong.Should().BeEmpty($"every source file stays within {MaxLines} lines");
    }

    private static IEnumerable<string> LibrarySources() =>
        Directory.EnumerateFiles(Library, "*.cs", SearchOption.AllDirectories).Where(path => !IsBuildOutput(path));

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules");

    /// <summary>The library folder a file is in; null for the library's root.</summary>
    private static string? FolderOf(string file)
    {
        var relative = Path.GetRelativePath(Library, file).Split(Path.DirectorySeparatorChar);
        return relative.Length > 1 ? relative[0] : null;
    }

    private static IEnumerable<string> ReferencedFolders(string source) =>
        UsingDirective().Matches(source).Select(m => m.Groups["folder"].Value)
            .Concat(FullyQualified().Matches(StripStringsAndComments(source)).Select(m => m.Groups["folder"].Value))
            .Distinct(StringComparer.Ordinal);

    private static string StripStringsAndComments(string source) => StringOrComment().Replace(source, "\"\"");

    private static string Relative(string path) => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/');

    [GeneratedRegex(@"^using (?:static )?CivilSociety\.Scorm\.(?<folder>\w+)", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"(?<!using (?:static )?)CivilSociety\.Scorm\.(?<folder>[A-Z]\w*)\.")]
    private static partial Regex FullyQualified();

    // "Questions" is left out: quiz.Questions is a property everywhere; using directives cover that folder.
    [GeneratedRegex(@"(?<![\w.])(?<folder>Diagnostics|Contract|Xapi|Resources|Model|Loading|Markup|Parsing|Validation|Rendering|Packaging|PackageValidation|Republishing|Export|Reports|Authoring)\.[A-Z]\w*")]
    private static partial Regex PartlyQualified();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@""(?:[^""]|"""")*""|\$?""(?:[^""\\\n]|\\.)*""", RegexOptions.Singleline)]
    private static partial Regex StringOrComment();
}
