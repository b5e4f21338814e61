using System.CommandLine;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Cli;

/// <summary><c>build [COURSE_DIR] [-o OUT.zip]</c>: compiles a course into a SCORM 1.2 zip.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var courseDirectory = CommonOptions.CourseDirectory();
        var outputPath = new Option<string?>("--output", "-o") { Description = "The zip to write (default: out/<course id>.zip)", HelpName = "OUT.zip" };
        var warningsAsErrors = new Option<bool>("--warnings-as-errors") { Description = "Fail the build on any warning" };
        var format = CommonOptions.Format();
        var target = new Option<PackageTarget>("--target")
        {
            Description = "scorm12, scorm2004 (4th edition), cmi5 (cmi5.xml, one AU) or xapi (a TinCan package with tincan.xml)",
            DefaultValueFactory = _ => PackageTarget.Scorm12,
            HelpName = "scorm12|scorm2004|cmi5|xapi",
            CustomParser = CommonOptions.ParseTarget,
        };
        var xapiBase = new Option<string?>("--xapi-base") { Description = "Turn xAPI statements on, with activity IRIs below this address", HelpName = "IRI" };
        var xapiEndpoint = new Option<string?>("--xapi-endpoint") { Description = "The LRS the package sends statements to (launch parameters override it)", HelpName = "URL" };
        var xapiAuth = new Option<string?>("--xapi-auth") { Description = "A write-only LRS credential built into the package (readable by anyone)", HelpName = "AUTH" };
        var previous = new Option<string?>("--previous") { Description = "The package learners are using now: report what replacing it costs them and the LMS (as civil-scorm diff)", HelpName = "OLD.zip" };
        var language = new Option<string?>("--language")
        {
            Description = "Build the course in this language from translations/<LANG>.xlf (same questions and ids, its own package), or 'all': the course and every translation",
            HelpName = "LANG|all",
        };
        var staleSource = new Option<bool>("--stale-source") { Description = "With --language: a text whose source changed since it was translated shows its new source, not its old translation" };

        var command = new Command("build", "Compile a Markdown course into a SCORM 1.2 zip")
        {
            courseDirectory, outputPath, warningsAsErrors, format, target, xapiBase, xapiEndpoint, xapiAuth, previous, language, staleSource,
        };
        command.SetAction(parse =>
        {
            var directory = CommonOptions.CourseFolder(parse.GetValue(courseDirectory));
            var options = new CompileOptions(directory, parse.GetValue(outputPath))
            {
                WarningsAsErrors = parse.GetValue(warningsAsErrors),
                Target = parse.GetValue(target),
                XapiActivityBase = parse.GetValue(xapiBase),
                XapiEndpoint = parse.GetValue(xapiEndpoint),
                XapiAuth = parse.GetValue(xapiAuth),
                PreviousPackage = parse.GetValue(previous),
                Language = parse.GetValue(language),
                StaleToSource = parse.GetValue(staleSource),
            };
            if (string.Equals(options.Language, "all", StringComparison.OrdinalIgnoreCase))
            {
                return BuildEveryLanguage(options, parse.GetValue(format), directory, output, error);
            }

            CompileResult result;
            using (var interruption = new Interruption())
            {
                try
                {
                    result = CourseCompiler.Compile(options, interruption.Token);
                }
                catch (OperationCanceledException) when (interruption.Signal is { } signal)
                {
                    var message = $"the build was interrupted ({signal}); nothing was written, and an existing package is as it was";
                    if (parse.GetValue(format) == OutputFormat.Json)
                    {
                        new DiagnosticPrinter(output, useColour: false, directory).PrintJson([], null, message);
                    }
                    else
                    {
                        error.WriteLine($"error: {message}");
                    }

                    return interruption.ExitCode;
                }
            }

            return CommonOptions.Print(result, parse.GetValue(format), directory, output, error);
        });
        return command;
    }

    /// <summary>
    /// --language all: the course, then its version in each language of translations/ (-o names the folder they go
    /// to, each as its package id: out/civil-society-tip.zip, out/civil-society-tip-en.zip). The worst exit code wins.
    /// </summary>
    private static int BuildEveryLanguage(CompileOptions options, OutputFormat format, string directory, TextWriter output, TextWriter error)
    {
        var folder = options.OutputPath;
        var exitCode = ExitCodes.Success;
        foreach (var language in new string?[] { null }.Concat(CourseTranslator.LanguagesOf(options.CourseDirectory)))
        {
            var result = CourseCompiler.Compile(options with { Language = language, OutputPath = null, OutputFolder = folder });
            exitCode = Math.Max(exitCode, CommonOptions.Print(result, format, directory, output, error));
        }

        return exitCode;
    }
}
