using System.CommandLine;
using CivilSociety.Scorm.Cli.Preview;

namespace CivilSociety.Scorm.Cli;

/// <summary><c>preview [COURSE_DIR] [--port N]</c>: builds and serves the course inside an LMS emulator, rebuilding on change.</summary>
internal static class PreviewCommand
{
    public const int DefaultPort = 5500;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var courseDirectory = CommonOptions.CourseDirectory();
        var port = new Option<int>("--port", "-p")
        {
            Description = "The port on 127.0.0.1 (0 picks a free one)",
            DefaultValueFactory = _ => DefaultPort,
            HelpName = "N",
            // Parsed here rather than by the default converter, so that a word is a usage error like an
            // out-of-range number (a validator reading the converted value throws on a word).
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value > 65535)
                {
                    result.AddError($"--port must be a number from 0 to 65535, not '{text}'");
                    return DefaultPort;
                }

                return value;
            },
        };

        var command = new Command("preview", "Build the course and try it in a local LMS emulator that shows every SCORM call; rebuilds when a file changes")
        {
            courseDirectory, port,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var directory = CommonOptions.CourseFolder(parse.GetValue(courseDirectory));
            if (!Directory.Exists(directory))
            {
                // A zip or a section file named instead of the folder: said as build says it (SCO1007).
                error.WriteLine(File.Exists(directory) ? $"error: '{directory}' is a file, not a course folder" : $"error: course folder '{directory}' does not exist");
                error.WriteLine("help: name the folder that holds course.yml (civil-scorm new FOLDER starts one)");
                return ExitCodes.Errors;
            }

            if (directory == "." && !File.Exists("course.yml"))
            {
                error.WriteLine("error: there is no course here: the current folder has no course.yml");
                error.WriteLine("help: name the course folder (civil-scorm preview my-course), or run the command inside it; civil-scorm new my-course starts one");
                return ExitCodes.Errors;
            }

            PreviewServer server;
            try
            {
                server = await PreviewServer.StartAsync(directory, parse.GetValue(port), error);
            }
            catch (IOException ex)
            {
                error.WriteLine($"error: cannot listen on 127.0.0.1:{parse.GetValue(port)}: {ex.Message}");
                error.WriteLine("help: another program uses the port; pass --port with another number, or --port 0");
                return ExitCodes.Errors;
            }

            await using (server)
            {
                output.WriteLine($"preview: {server.Url}   (Ctrl+C to stop; the course is rebuilt when a file in {directory} changes)");
                output.Flush();
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellation);
                }
                catch (OperationCanceledException)
                {
                    output.WriteLine("preview: stopped");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
