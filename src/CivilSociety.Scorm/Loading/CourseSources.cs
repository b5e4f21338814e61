namespace CivilSociety.Scorm.Loading;

/// <summary>What Load found on disk: course.yml and every Markdown file as text, every other file by name.</summary>
internal sealed record CourseSources(
    string RootDirectory,
    SourceFile? CourseFile,
    IReadOnlyDictionary<string, SourceFile> MarkdownFiles,
    IReadOnlySet<string> AllFiles)
{
    /// <summary>Symbolic links (or files in linked folders) that lead outside the course folder: never bundled.</summary>
    public IReadOnlySet<string> LinksOutside { get; init; } = new HashSet<string>();

    public const string CourseFileName = "course.yml";

    public string FullPath(string relativePath) => Path.Combine(RootDirectory, relativePath);
}
