namespace CivilSociety.Scorm.Diagnostics;

// Load: reading the course folder and its files (Loading/): the SCO1xxx codes.
internal static partial class DiagnosticCatalog
{
    public static readonly DiagnosticDescriptor CourseFolderMissing = new("SCO1001", Error,
        "course folder '{0}' does not exist", "name the folder that holds course.yml (civil-scorm new FOLDER starts one)");
    public static readonly DiagnosticDescriptor CourseFileMissing = new("SCO1002", Error,
        "no course.yml in '{0}'", "name the folder that holds course.yml, or create it (see docs/course-format.md; civil-scorm new FOLDER starts a course)");
    public static readonly DiagnosticDescriptor CourseFileEmpty = new("SCO1003", Error,
        "course.yml is empty", "add at least id, title, language, passing_score, outcomes and sections");
    public static readonly DiagnosticDescriptor InvalidUtf8 = new("SCO1004", Error,
        "the file is not valid UTF-8 (byte 0x{0:X2} at offset {1})", "save the file as UTF-8 in your editor");
    public static readonly DiagnosticDescriptor FileTooLarge = new("SCO1005", Error,
        "the file is {0:N0} bytes; text files may be at most {1:N0} bytes", "split the section into several files");
    public static readonly DiagnosticDescriptor AssetTooLarge = new("SCO1006", Error,
        "'{0}' is {1:N0} bytes; a file in the package may be at most {2:N0} bytes", "compress the file, or host it elsewhere and link to it (learners then need to be online)");
    public static readonly DiagnosticDescriptor CourseFolderIsAFile = new("SCO1007", Error,
        "'{0}' is a file, not a course folder", "pass the folder that holds course.yml");
    public static readonly DiagnosticDescriptor NotARegularFile = new("SCO1008", Error,
        "'{0}' is {1}, not a regular file; the build opens only regular files", "name an ordinary file: a pipe, a socket or a device has no content to put in a package, and reading one can wait forever");
    public static readonly DiagnosticDescriptor LinkLoops = new("SCO1009", Error,
        "'{0}' is a symbolic link that never reaches a file: it loops back to itself or to a folder it is in", "point the link at the file itself, or replace the link with a copy of the file");
    public static readonly DiagnosticDescriptor TooManyFiles = new("SCO1010", Error,
        "'{0}' holds more than {1:N0} files (linked folders included); a course has far fewer", "build the folder that holds course.yml, and keep what the course does not use out of it");
    public static readonly DiagnosticDescriptor NotPlainText = new("SCO1012", Error,
        "the file is {0}, not plain text", "save it as plain text, encoding UTF-8, under the same name");
    public static readonly DiagnosticDescriptor NoCourseHere = new("SCO1011", Error,
        "there is no course here: the current folder has no course.yml", "name the course folder (civil-scorm build my-course, where my-course/ holds course.yml), or run the command inside it; civil-scorm new my-course starts one");
}
