namespace CivilSociety.Scorm.Loading;

/// <summary>What Load found on disk: course.yml and every Markdown file as text, every other file by name.</summary>
internal sealed record CourseSources(
    string RootDirectory,
    SourceFile? CourseFile,
    IReadOnlyDictionary<string, SourceFile> MarkdownFiles,
    IReadOnlySet<string> AllFiles)
{
    public const string CourseFileName = "course.yml";

    public string FullPath(string relativePath) => Path.Combine(RootDirectory, relativePath);
}
