using System.Text.Json;
using System.Text.RegularExpressions;
using CivilSociety.Scorm.Questions;
using CivilSociety.Scorm.Tests.Infrastructure;
using FluentAssertions;

namespace CivilSociety.Scorm.Tests.Structure;

/// <summary>
/// packaging/contract/runtime.json is the one place for the names the compiler and the runtime share: the compiler
/// writes none of them itself, and every question type exists on both sides under the same name.
/// </summary>
public sealed partial class ContractTests
{
    /// <summary>Groups whose values are unmistakable wherever they appear: CMI keys, data- attributes, storage keys, events, IRIs.</summary>
    private static readonly string[] DistinctiveGroups = ["attributes", "cmi", "storage", "events", "xapiExtensions"];

    private static string ContractPath => Path.Combine(Repository.Root, "packaging", "contract", "runtime.json");

    [Fact]
    public void The_compiler_writes_no_shared_name_itself_but_takes_each_from_the_contract()
    {
        using var contract = JsonDocument.Parse(File.ReadAllText(ContractPath));
        var names = DistinctiveGroups
            .SelectMany(group => contract.RootElement.GetProperty(group).EnumerateObject().Select(name => name.Value.GetString()!))
            .Append(contract.RootElement.GetProperty("xapiVerbs").GetProperty("base").GetString()!)
            .Where(value => value.Length > 3 && value.IndexOfAny(['.', ':', '-', '/']) >= 0)   // "launch" alone is just a word
            .ToHashSet(StringComparer.Ordinal);

        var library = Path.Combine(Repository.Root, "src");
        var literals = Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(path => StringLiteral().Matches(File.ReadAllText(path))
                .Select(m => m.Groups["text"].Value)
                .Where(text => names.Any(name => IsOrExtends(text, name)) || LooksShared(text))
                .Select(text => $"{Path.GetRelativePath(Repository.Root, path)}: \"{text}\""));

        literals.Should().BeEmpty("shared names come from RuntimeContract (generated from packaging/contract/runtime.json)");
    }

    [Fact]
    public void The_contract_is_two_levels_of_names_with_string_or_integer_values()
    {
        using var contract = JsonDocument.Parse(File.ReadAllText(ContractPath));
        foreach (var group in contract.RootElement.EnumerateObject().Where(g => !g.Name.StartsWith('$')))
        {
            group.Value.ValueKind.Should().Be(JsonValueKind.Object, group.Name);
            group.Value.EnumerateObject().Should().OnlyContain(
                name => name.Value.ValueKind == JsonValueKind.String || name.Value.ValueKind == JsonValueKind.Number, group.Name);
        }
    }

    [Fact]
    public void Every_question_type_class_is_registered_once_under_its_own_name()
    {
        var classes = typeof(QuestionType).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(QuestionType)) && !type.IsAbstract)
            .ToList();

        QuestionTypeRegistry.All.Select(type => type.GetType()).Should().BeEquivalentTo(classes, "the registry lists every question type class");
        QuestionTypeRegistry.All.Select(type => type.Name).Should().OnlyHaveUniqueItems();
    }

    /// <summary>The name itself, or a key built on a prefix ("cmi.objectives." + n), but not prose that starts with it.</summary>
    private static bool IsOrExtends(string text, string name) =>
        text == name || (text.StartsWith(name, StringComparison.Ordinal) && name[^1] is '.' or ':' or '-' && !char.IsWhiteSpace(text[name.Length]));

    /// <summary>Literals shaped like a shared name even when the contract does not (yet) hold it.</summary>
    private static bool LooksShared(string text) =>
        text.StartsWith("cmi.", StringComparison.Ordinal) || (text.StartsWith("data-", StringComparison.Ordinal) && text.Length > 5);

    [GeneratedRegex(@"(?<![\w@$])""(?<text>(?:[^""\\\n]|\\.)*)""")]
    private static partial Regex StringLiteral();
}
