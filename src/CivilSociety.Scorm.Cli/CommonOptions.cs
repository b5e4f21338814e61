using System.CommandLine;

namespace CivilSociety.Scorm.Cli;

internal static class CommonOptions
{
    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "How to print diagnostics: text or json",
        DefaultValueFactory = _ => OutputFormat.Text,
        HelpName = "text|json",
    };
}
