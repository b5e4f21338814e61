using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Loading;

/// <summary>Says, where a file is named (a section list, a link, an image), why Load did not read it.</summary>
internal static class UnreadableFiles
{
    /// <summary>Reports why <paramref name="path"/> (written <paramref name="written"/>) cannot be used; false when it can.</summary>
    public static bool Report(CourseSources sources, string path, string written, SourceSpan location, DiagnosticBag diagnostics)
    {
        switch (sources.UnreadableAt(path))
        {
            case null:
                return false;
            case { Reason: UnreadableReason.LinkLoop }:
                diagnostics.Report(DiagnosticCatalog.LinkLoops, location, written);
                return true;
            case { Reason: UnreadableReason.BrokenLink, LinkTarget: var target }:
                diagnostics.ReportWithHelp(DiagnosticCatalog.LinkTargetMissing, location,
                    $"it is a symbolic link to '{target}', which does not exist: point the link at the file, or copy the file here", written);
                return true;
            case { Reason: var reason }:
                diagnostics.Report(DiagnosticCatalog.NotARegularFile, location, written, Describe(reason));
                return true;
        }
    }

    public static string Describe(UnreadableReason reason) => reason switch
    {
        UnreadableReason.Pipe => "a named pipe (FIFO)",
        UnreadableReason.Socket => "a socket",
        UnreadableReason.Device => "a device",
        UnreadableReason.LinkLoop => "a symbolic link that loops",
        _ => "a symbolic link to nothing",
    };
}
