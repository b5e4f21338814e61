using System.CommandLine;

namespace CivilSociety.Scorm.Cli;

/// <summary>The command tree, with the writers injected so tests can run it in-process.</summary>
internal static class CliApplication
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("civil-scorm: compile Markdown courses into SCORM 1.2 packages for Moodle and Blackboard")
        {
            // In the order an author meets them: start a course, build it, try it, check the zip.
            NewCommand.Create(output, error),
            BuildCommand.Create(output, error),
            PreviewCommand.Create(output, error),
            ValidateCommand.Create(output, error),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine($"error: {parseError.Message}");
            }

            error.WriteLine("Run 'civil-scorm --help' for usage.");
            return ExitCodes.Usage;
        }

        // A bug must not greet an author with a stack trace: one line, and what to do.
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return parse.Invoke(configuration);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            error.WriteLine($"error: civil-scorm stopped on an internal error ({ex.GetType().Name}: {ex.Message})");
            error.WriteLine("help: nothing was written; please report this with the course that caused it");
            return ExitCodes.Errors;
        }
    }
}
