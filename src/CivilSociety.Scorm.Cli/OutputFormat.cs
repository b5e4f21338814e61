namespace CivilSociety.Scorm.Cli;

internal enum OutputFormat
{
    Text,
    Json,
}
