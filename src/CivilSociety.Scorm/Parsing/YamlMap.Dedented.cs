using CivilSociety.Scorm.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace CivilSociety.Scorm.Parsing;

/// <summary>
/// A key written at the column of the outer keys after a block it belongs to: the last outcome's <c>text:</c> moved
/// to the margin is valid YAML, read as an unknown top-level key and an outcome without its text. Said once, as the
/// indentation it is.
/// </summary>
internal sealed partial class YamlMap
{
    /// <summary>
    /// True once <paramref name="key"/>, unknown at this level, is reported as dedented out of the block before it:
    /// that block's last entry lacks the key and other entries of the block have it.
    /// </summary>
    private bool ReportedAsDedented(YamlScalarNode key, string name)
    {
        var keys = _node.Children.Keys.ToList();
        var index = keys.IndexOf(key);
        if (index < 1 || _node.Children[keys[index - 1]] is not { } block || block.Start.Line <= keys[index - 1].Start.Line
            || block is not (YamlSequenceNode or YamlMappingNode) || !Uses(block, name))
        {
            return false;
        }

        if (LastEntryWithout(block, name) is not { } owner || owner.Children.Keys.First() is not YamlScalarNode first)
        {
            return false;
        }

        var indent = (int)first.Start.Column - 1;
        var where = key.Start.Column == 1 ? "at the margin" : $"indented {Spaces((int)key.Start.Column - 1)}";
        _diagnostics.ReportWithHelp(DiagnosticCatalog.YamlIndentation, SpanOf(key),
            $"indent {name}: {Spaces(indent)} to line up with {first.Value}: on line {first.Start.Line + _lineOffset}",
            $"'{name}:' is {where}, the column of '{(keys[index - 1] as YamlScalarNode)?.Value}:', so it has left the entry on line {first.Start.Line + _lineOffset} (whose keys start at {Spaces(indent)}), which then has no {name}:");
        _dedented.Add((owner, name));
        return true;
    }

    /// <summary>The innermost mapping at the end of <paramref name="block"/> that lacks <paramref name="name"/>.</summary>
    private static YamlMappingNode? LastEntryWithout(YamlNode block, string name)
    {
        YamlMappingNode? owner = null;
        for (YamlNode? node = block; node is not null;)
        {
            if (node is YamlMappingNode mapping && mapping.Children.Count > 0)
            {
                owner = mapping.Children.ContainsKey(new YamlScalarNode(name)) ? owner : mapping;
                node = mapping.Children.Last().Value;
            }
            else if (node is YamlSequenceNode sequence && sequence.Children.Count > 0)
            {
                node = sequence.Children[^1];
            }
            else
            {
                node = null;
            }
        }

        return owner;
    }

    /// <summary>Whether some mapping inside <paramref name="node"/> has the key <paramref name="name"/>.</summary>
    private static bool Uses(YamlNode node, string name) => node switch
    {
        YamlMappingNode mapping => mapping.Children.Any(pair => pair.Key is YamlScalarNode { Value: var key } && key == name) || mapping.Children.Values.Any(child => Uses(child, name)),
        YamlSequenceNode sequence => sequence.Children.Any(child => Uses(child, name)),
        _ => false,
    };

    private static string Spaces(int count) => count == 1 ? "1 space" : $"{count} spaces";
}
