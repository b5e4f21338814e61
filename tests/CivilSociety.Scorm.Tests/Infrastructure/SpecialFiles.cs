using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace CivilSociety.Scorm.Tests.Infrastructure;

/// <summary>Makes the file system entries git cannot store: named pipes, sockets and (as root) device nodes.</summary>
internal static class SpecialFiles
{
    /// <param name="kind">fifo, socket or device (a character device like /dev/null; needs root).</param>
    /// <returns>What keeps the entry in place: a socket's file goes when its socket is closed.</returns>
    public static IDisposable? Create(string kind, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        switch (kind)
        {
            case "fifo":
                Check(MakeFifo(path, Convert.ToUInt32("644", 8)), path);
                return null;
            case "socket":
                var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                socket.Bind(new UnixDomainSocketEndPoint(path));
                return socket;
            case "device":
                Check(MakeNode(path, Convert.ToUInt32("20644", 8), (1u << 8) | 3u), path);   // S_IFCHR, major 1 minor 3: /dev/null
                return null;
            default:
                throw new ArgumentException($"unknown kind '{kind}'", nameof(kind));
        }
    }

    /// <summary>Whether this process may make device nodes (root, outside a container that forbids it).</summary>
    public static bool CanMakeDevices()
    {
        using var temp = new TempDirectory();
        return OperatingSystem.IsLinux() && MakeNode(temp.File("probe"), Convert.ToUInt32("20644", 8), (1u << 8) | 3u) == 0;
    }

    private static void Check(int result, string path)
    {
        if (result != 0)
        {
            throw new IOException($"cannot make '{path}' (errno {Marshal.GetLastPInvokeError()})");
        }
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    [DllImport("libc", EntryPoint = "mknod", SetLastError = true)]
    private static extern int MakeNode([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode, ulong device);
}
