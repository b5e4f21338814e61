namespace CivilSociety.Scorm.Loading;

/// <summary>Why a name in the course folder is no file the build may read.</summary>
internal enum UnreadableReason
{
    /// <summary>A named pipe (FIFO): reading it waits for a writer, forever if there is none.</summary>
    Pipe,

    Socket,

    /// <summary>A character or block device (/dev/zero, a disk): endless, or not the author's to ship.</summary>
    Device,

    /// <summary>A symbolic link that never reaches a file: it points at itself, at another link back, or at a folder above it.</summary>
    LinkLoop,

    /// <summary>A symbolic link whose target does not exist.</summary>
    BrokenLink,
}

/// <param name="Reason">Why it is not read.</param>
/// <param name="LinkTarget">For a broken link, what it points at, as written in the link.</param>
internal sealed record UnreadableEntry(UnreadableReason Reason, string? LinkTarget = null);

/// <summary>What the walk of the course folder found: paths relative to the course folder, with '/'.</summary>
internal sealed class CourseFileList
{
    /// <summary>Regular files (directly or through a link that stays inside the course).</summary>
    public HashSet<string> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Symbolic links, to files or folders, that lead outside the course folder: never followed.</summary>
    public HashSet<string> LinksOutside { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, UnreadableEntry> Unreadable { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the walk stopped at <see cref="CourseFiles.MaxFiles"/>.</summary>
    public bool TooMany { get; set; }
}

/// <summary>
/// Lists the course folder without opening anything: every entry's type is asked first (<see cref="FileKinds"/>),
/// so a pipe, socket or device is named, never read; a symbolic link is followed only inside the course and never
/// into a folder it already is in. Hidden files and folders (.git, .DS_Store) are left out.
/// </summary>
internal static class CourseFiles
{
    /// <summary>A course has hundreds of files; a million is a home folder named by mistake, or folders linked into each other.</summary>
    public const int MaxFiles = 100_000;

    /// <summary>Linked folders inside linked folders, beyond which the walk takes the chain for a loop.</summary>
    private const int MaxLinkedFolders = 16;

    /// <param name="RealPath">The folder's path with the links that led to it resolved: how a loop is recognised.</param>
    private sealed record Folder(string FullPath, string Relative, string RealPath, Folder? Parent, int LinkedFolders)
    {
        public bool IsOrIsInside(string realPath) =>
            RealPath == realPath || (Parent is not null && Parent.IsOrIsInside(realPath));
    }

    public static CourseFileList List(string root)
    {
        var list = new CourseFileList();
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var pending = new Stack<Folder>();
        pending.Push(new Folder(root, "", root, null, 0));
        while (pending.TryPop(out var folder))
        {
            foreach (var full in Directory.EnumerateFileSystemEntries(folder.FullPath, "*", options))
            {
                var name = Path.GetFileName(full);
                if (name.StartsWith('.'))
                {
                    continue;
                }

                var relative = folder.Relative.Length == 0 ? name : folder.Relative + "/" + name;
                if (Classify(root, full, relative, list) is not { } found)
                {
                    continue;
                }

                var (kind, linkedTo) = found;

                if (kind == FileKind.Regular)
                {
                    if (list.Files.Count >= MaxFiles)
                    {
                        list.TooMany = true;
                        return list;
                    }

                    list.Files.Add(relative);
                }
                else if (linkedTo is null)
                {
                    pending.Push(new Folder(full, relative, Path.Combine(folder.RealPath, name), folder, folder.LinkedFolders));
                }
                else if (folder.IsOrIsInside(linkedTo) || folder.LinkedFolders >= MaxLinkedFolders)
                {
                    list.Unreadable[relative] = new UnreadableEntry(UnreadableReason.LinkLoop);
                }
                else
                {
                    pending.Push(new Folder(full, relative, linkedTo, folder, folder.LinkedFolders + 1));
                }
            }
        }

        return list;
    }

    /// <summary>
    /// A regular file or a folder to walk (with the real path a link leads to); null, once recorded in the list,
    /// for everything that is not to be read.
    /// </summary>
    private static (FileKind Kind, string? LinkedTo)? Classify(string root, string full, string relative, CourseFileList list)
    {
        var kind = FileKinds.Of(full);
        string? linkedTo = null;
        if (kind == FileKind.SymbolicLink)
        {
            string? target;
            try
            {
                target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            }
            catch (IOException)
            {
                // ELOOP: "Too many levels of symbolic links", two links pointing at each other.
                list.Unreadable[relative] = new UnreadableEntry(UnreadableReason.LinkLoop);
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }

            if (target is null || !IsInside(root, Path.GetFullPath(target)))
            {
                // Bundling it would copy any file of the machine (/etc/passwd, a key) into a package meant to be shared.
                list.LinksOutside.Add(relative);
                return null;
            }

            linkedTo = Path.GetFullPath(target);
            kind = FileKinds.OfTarget(full);
        }

        UnreadableReason? reason = kind switch
        {
            FileKind.Regular or FileKind.Directory => null,
            FileKind.Fifo => UnreadableReason.Pipe,
            FileKind.Socket => UnreadableReason.Socket,
            FileKind.Missing when linkedTo is not null => UnreadableReason.BrokenLink,
            FileKind.Missing => null,   // deleted while the folder was being listed
            _ => UnreadableReason.Device,
        };
        if (reason is { } why)
        {
            list.Unreadable[relative] = new UnreadableEntry(why, why == UnreadableReason.BrokenLink ? new FileInfo(full).LinkTarget : null);
            return null;
        }

        return kind == FileKind.Missing ? null : (kind, kind == FileKind.Directory ? linkedTo : null);
    }

    private static bool IsInside(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
