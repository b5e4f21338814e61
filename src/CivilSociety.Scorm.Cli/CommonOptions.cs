using System.CommandLine;

namespace CivilSociety.Scorm.Cli;

internal static class CommonOptions
{
    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "How to print diagnostics: text or json",
        DefaultValueFactory = _ => OutputFormat.Text,
        HelpName = "text|json",
        CustomParser = result => result.Tokens.Single().Value.ToLowerInvariant() switch
        {
            "text" => OutputFormat.Text,
            "json" => OutputFormat.Json,
            var other => Invalid(result, $"unknown format '{other}': use text or json"),
        },
    };

    private static OutputFormat Invalid(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default;
    }
}
