using YamlDotNet.RepresentationModel;

namespace CivilSociety.Scorm.Parsing;

/// <summary>Keys of course.yml that are options of the build command instead (targets: scorm2004 is --target scorm2004).</summary>
internal sealed partial class YamlMap
{
    /// <summary>What a build option is mistaken for a key of course.yml (targets: scorm2004), with the option to write.</summary>
    private string? OptionOfTheCommand(string key) => key.ToLowerInvariant() switch
    {
        "target" or "targets" or "format" or "standard" or "scorm" or "scorm_version" =>
            $"--target {TargetWritten(key)}",
        _ => null,
    };

    /// <summary>The target the value of such a key names (scorm_2004, SCORM 2004), spelt as --target takes it.</summary>
    private string TargetWritten(string key)
    {
        var value = Find(key) switch
        {
            YamlScalarNode scalar => scalar.Value ?? "",
            YamlSequenceNode list => (list.Children.FirstOrDefault() as YamlScalarNode)?.Value ?? "",
            _ => "",
        };
        var compact = new string([.. value.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
        return compact switch
        {
            "scorm2004" or "2004" or "scorm20044th" or "scorm2004ed4" => "scorm2004",
            "cmi5" => "cmi5",
            "xapi" or "tincan" => "xapi",
            _ => "scorm12",
        };
    }
}
