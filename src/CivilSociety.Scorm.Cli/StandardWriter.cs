using System.Text;

namespace CivilSociety.Scorm.Cli;

/// <summary>
/// The tool's stdout or stderr. Console's own writers write out every 256 characters, a system call each: the 4,692
/// warnings of a 300-section course made 16,000 of them (measured with strace). This one writes out once per call into
/// the same stream, in the console's encoding, and keeps nothing back between calls (AutoFlush).
/// </summary>
internal sealed class StandardWriter : StreamWriter
{
    private StandardWriter(Stream stream, bool isTerminal)
        : base(stream, WithoutPreamble(Console.OutputEncoding), bufferSize: 16 * 1024)
    {
        AutoFlush = true;
        IsTerminal = isTerminal;
    }

    /// <summary>Whether a person reads it (colour allowed), not a file or a pipe.</summary>
    public bool IsTerminal { get; }

    public static StandardWriter Output() => new(Console.OpenStandardOutput(), !Console.IsOutputRedirected);

    public static StandardWriter Error() => new(Console.OpenStandardError(), !Console.IsErrorRedirected);

    /// <summary>The encoding without its byte order mark, which a stream's writer would put first (as Console's do not).</summary>
    private static Encoding WithoutPreamble(Encoding encoding) => encoding.Preamble.Length == 0 ? encoding : encoding.CodePage switch
    {
        65001 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        1200 => new UnicodeEncoding(bigEndian: false, byteOrderMark: false),
        1201 => new UnicodeEncoding(bigEndian: true, byteOrderMark: false),
        12000 => new UTF32Encoding(bigEndian: false, byteOrderMark: false),
        12001 => new UTF32Encoding(bigEndian: true, byteOrderMark: false),
        _ => encoding,
    };
}
