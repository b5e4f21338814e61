using System.Runtime.InteropServices;
using System.Text;

namespace CivilSociety.Scorm.Loading;

/// <summary>What a name in the course folder is, as the file system says, before anything is opened.</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,

    /// <summary>A named pipe: opening it waits for a writer, forever if there is none.</summary>
    Fifo,

    Socket,
    CharacterDevice,
    BlockDevice,
}

/// <summary>
/// The type of a file system entry (lstat or stat). .NET reports pipes, sockets and devices as ordinary files
/// (dotnet/runtime#62868): opening /dev/zero or a FIFO to read it would never end. The type comes from
/// SystemNative_LStat / SystemNative_Stat, the runtime's own portable stat (libSystem.Native ships with every
/// .NET on Linux and macOS, and Native AOT links it in): its mode uses the same S_IF* values on every Unix, so no
/// per-architecture struct stat layout is needed.
/// </summary>
internal static class FileKinds
{
    // The portable mode bits of the runtime's FileStatus (src/native/libs/System.Native/pal_io.h).
    private const int ModeTypeMask = 0xF000;
    private const int ModeFifo = 0x1000;
    private const int ModeCharacterDevice = 0x2000;
    private const int ModeDirectory = 0x4000;
    private const int ModeBlockDevice = 0x6000;
    private const int ModeRegular = 0x8000;
    private const int ModeSymbolicLink = 0xA000;
    private const int ModeSocket = 0xC000;

    /// <summary>The entry itself (a symbolic link is <see cref="FileKind.SymbolicLink"/>).</summary>
    public static FileKind Of(string path) => Classify(path, followLinks: false);

    /// <summary>What the entry leads to once symbolic links are followed (<see cref="FileKind.Missing"/> for a broken or looping link).</summary>
    public static FileKind OfTarget(string path) => Classify(path, followLinks: true);

    private static FileKind Classify(string path, bool followLinks)
    {
        if (OperatingSystem.IsWindows())
        {
            // No pipes, sockets or devices live among a Windows folder's files; the file system tells the rest.
            return !followLinks && new FileInfo(path).LinkTarget is not null ? FileKind.SymbolicLink
                : Directory.Exists(path) ? FileKind.Directory
                : File.Exists(path) ? FileKind.Regular
                : FileKind.Missing;
        }

        var name = Encoding.UTF8.GetBytes(path + "\0");
        var result = followLinks ? Stat(name, out var status) : LStat(name, out status);
        if (result != 0)
        {
            return FileKind.Missing;
        }

        return (status.Mode & ModeTypeMask) switch
        {
            ModeRegular => FileKind.Regular,
            ModeDirectory => FileKind.Directory,
            ModeSymbolicLink => FileKind.SymbolicLink,
            ModeFifo => FileKind.Fifo,
            ModeSocket => FileKind.Socket,
            ModeCharacterDevice => FileKind.CharacterDevice,
            ModeBlockDevice => FileKind.BlockDevice,
            _ => FileKind.CharacterDevice,   // anything else (a whiteout, a door) is no file to read either
        };
    }

    /// <summary>The start of the runtime's FileStatus; the buffer is larger than the whole struct.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat")]
    private static extern int LStat(byte[] path, out FileStatus status);

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat(byte[] path, out FileStatus status);
}
