namespace CivilSociety.Scorm.Loading;

/// <summary>What Load found on disk: course.yml and every Markdown file as text, every other file by name.</summary>
internal sealed record CourseSources(
    string RootDirectory,
    SourceFile? CourseFile,
    IReadOnlyDictionary<string, SourceFile> MarkdownFiles,
    IReadOnlySet<string> AllFiles)
{
    /// <summary>Symbolic links (to files or folders) that lead outside the course folder: never bundled.</summary>
    public IReadOnlySet<string> LinksOutside { get; init; } = new HashSet<string>();

    /// <summary>Names that are no regular file (pipes, sockets, devices, links that loop or lead nowhere): never opened.</summary>
    public IReadOnlyDictionary<string, UnreadableEntry> Unreadable { get; init; } = new Dictionary<string, UnreadableEntry>();

    public const string CourseFileName = "course.yml";

    public string FullPath(string relativePath) => Path.Combine(RootDirectory, relativePath);

    /// <summary>True when the path is, or lies in a folder that is, a symbolic link out of the course.</summary>
    public bool LeadsOutside(string relativePath) => SelfAndFolders(relativePath).Any(LinksOutside.Contains);

    /// <summary>Why the path (or a linked folder on the way to it) cannot be read, or null.</summary>
    public UnreadableEntry? UnreadableAt(string relativePath) =>
        SelfAndFolders(relativePath).Select(path => Unreadable.GetValueOrDefault(path)).FirstOrDefault(entry => entry is not null);

    private static IEnumerable<string> SelfAndFolders(string relativePath)
    {
        for (var path = relativePath; path.Length > 0; path = path.LastIndexOf('/') is var slash && slash > 0 ? path[..slash] : "")
        {
            yield return path;
        }
    }
}
