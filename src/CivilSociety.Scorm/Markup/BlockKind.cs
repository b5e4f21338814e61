using Markdig.Extensions.CustomContainers;

namespace CivilSociety.Scorm.Markup;

/// <summary>The blocks a designer writes as <c>::: name</c> fences (docs/blocks.md), besides the quiz.</summary>
internal enum BlockKind
{
    Note,
    Tip,
    Warning,
    Important,
    Accordion,
    Tabs,
    Glossary,
}

internal static class BlockKinds
{
    /// <summary>The fence names, as written after ':::'.</summary>
    public static IReadOnlyDictionary<string, BlockKind> ByName { get; } = new Dictionary<string, BlockKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["note"] = BlockKind.Note,
        ["tip"] = BlockKind.Tip,
        ["warning"] = BlockKind.Warning,
        ["important"] = BlockKind.Important,
        ["accordion"] = BlockKind.Accordion,
        ["tabs"] = BlockKind.Tabs,
        ["glossary"] = BlockKind.Glossary,
    };

    /// <summary>The class Markdig gives the container's div (its fence name), and the class that marks it as ours.</summary>
    public const string MarkerClass = "cs-block";

    /// <summary>The class that names the kind on the rendered div: cs-note, cs-tabs...</summary>
    public static string ClassOf(BlockKind kind) => "cs-" + kind.ToString().ToLowerInvariant();

    public static string NameOf(CustomContainer container) => container.Info?.Trim() ?? "";

    public static BlockKind? Of(CustomContainer container) => ByName.TryGetValue(NameOf(container), out var kind) ? kind : null;

    public static bool IsCallout(this BlockKind kind) => kind is BlockKind.Note or BlockKind.Tip or BlockKind.Warning or BlockKind.Important;

    /// <summary>Blocks made of panels, each starting at a ### heading.</summary>
    public static bool HasPanels(this BlockKind kind) => kind is BlockKind.Accordion or BlockKind.Tabs or BlockKind.Glossary;

    /// <summary>What one panel of the block is called in a diagnostic: "panel", "tab", "term".</summary>
    public static string PanelWord(this BlockKind kind) => kind switch
    {
        BlockKind.Tabs => "tab",
        BlockKind.Glossary => "term",
        _ => "panel",
    };
}
