using System.CommandLine;
using CivilSociety.Scorm.Authoring;

namespace CivilSociety.Scorm.Cli;

/// <summary><c>new COURSE_DIR [--language ar]</c>: scaffolds a course that builds at once.</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = new Argument<string>("COURSE_DIR") { Description = "The folder to create (it must be empty or not exist)" };
        var language = new Option<string>("--language", "-l")
        {
            Description = "The course language, a BCP 47 tag (ar, en, fr...); texts are written in Arabic or English",
            DefaultValueFactory = _ => "en",
            HelpName = "TAG",
        };
        var command = new Command("new", "Create a small working course (course.yml, two sections, a quiz) to start from") { directory, language };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(directory)!;
            var tag = parse.GetValue(language)!;
            switch (CourseScaffold.Create(path, tag, out var written))
            {
                case ScaffoldRefusal.DirectoryNotEmpty:
                    error.WriteLine($"error: '{path}' is not empty; choose a new folder name so that no file is overwritten");
                    return ExitCodes.Usage;
                case ScaffoldRefusal.PathIsAFile:
                    error.WriteLine($"error: '{path}' is a file; choose a folder name");
                    return ExitCodes.Usage;
                case ScaffoldRefusal.InvalidLanguage:
                    error.WriteLine($"error: '{tag}' is not a BCP 47 language tag; {CourseScaffold.LanguageHelp(tag, "write a tag such as ar, en, fr, es, ru, zh or en-GB")}");
                    return ExitCodes.Usage;
            }

            foreach (var file in written)
            {
                output.WriteLine($"created {Path.Combine(path, file).Replace('\\', '/')}");
            }

            var shown = path.Replace('\\', '/').TrimEnd('/');
            var folder = shown.Contains(' ', StringComparison.Ordinal) ? $"\"{shown}\"" : shown;
            output.WriteLine($"created {shown}/{CourseScaffold.MediaFolder}/ (empty: put images, sound and video here; a section shows one as ![what it shows](../{CourseScaffold.MediaFolder}/NAME.png))");
            output.WriteLine("next:");
            output.WriteLine($"  1. write the course: edit {shown}/course.yml (title, outcomes) and the files in {shown}/sections/");
            output.WriteLine($"  2. try it as a learner:  civil-scorm preview {folder}");
            output.WriteLine($"  3. make the package:     civil-scorm build {folder}   (then upload the zip to Moodle or Blackboard as a SCORM package)");
            return ExitCodes.Success;
        });
        return command;
    }
}
