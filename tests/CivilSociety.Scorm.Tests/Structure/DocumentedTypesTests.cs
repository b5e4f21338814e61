using System.Text.RegularExpressions;
using CivilSociety.Scorm.Questions;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Structure;

/// <summary>
/// The tables of question types in the README and the guides under docs/ (a row per <c>type=</c>) name only types the registry has, so a renamed or
/// removed type cannot stay documented. A type added later needs no row: its sample, samples/TYPE-question/, documents
/// it, and another test wants every type used by a sample.
/// </summary>
public sealed partial class DocumentedTypesTests
{
    [Fact]
    public void Readme_type_tables_name_only_registered_types()
    {
        var guides = Directory.EnumerateFiles(Path.Combine(Repository.Root, "docs"), "*.md").Prepend(Path.Combine(Repository.Root, "README.md"));
        var lines = guides.SelectMany(File.ReadAllLines).ToArray();
        var named = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("| `type=`", StringComparison.Ordinal))
            {
                continue;
            }

            // The header, the separator, then a row per type until the table ends.
            named.AddRange(lines.Skip(i + 2).TakeWhile(line => line.StartsWith('|')).Select(line => FirstCell().Match(line).Groups[1].Value));
        }

        named.Should().NotBeEmpty("the guides have their tables of types");
        named.Where(name => QuestionTypeRegistry.Named(name) is null).Should().BeEmpty("every type a guide's table names is registered");
    }

    [GeneratedRegex(@"^\| `([^`]+)`")]
    private static partial Regex FirstCell();
}
