using System.Buffers;
using System.Text.Json;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Cli;

/// <summary>
/// Prints diagnostics the way MSBuild does (<c>path(line,col): error ID: message</c>), followed by the source line
/// with a caret under the column and the fix hint; in colour on a terminal. Or as JSON for tools.
/// </summary>
internal sealed class DiagnosticPrinter(TextWriter output, bool useColour, string baseDirectory)
{
    private const string Red = "\u001b[31m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";
    private const string Dim = "\u001b[2m";
    private const string Reset = "\u001b[0m";

    private readonly QuotedSourceLines _sourceLines = new(baseDirectory);

    /// <summary>Colour only on a terminal, and never when NO_COLOR is set (no-color.org).</summary>
    public static bool ShouldUseColour(TextWriter writer) =>
        Environment.GetEnvironmentVariable("NO_COLOR") is null &&
        (writer is StandardWriter standard ? standard.IsTerminal
            : writer == Console.Error ? !Console.IsErrorRedirected : writer == Console.Out && !Console.IsOutputRedirected);

    public void PrintText(IEnumerable<Diagnostic> diagnostics)
    {
        // Written to the output in blocks, not line by line: stderr is flushed at every line, a system call each, and
        // the 4,692 warnings of a 300-section course took 16,000 of them (a twentieth of its build).
        var block = new StringWriter { NewLine = output.NewLine };
        foreach (var diagnostic in diagnostics)
        {
            var isError = diagnostic.Severity == DiagnosticSeverity.Error;
            var severity = isError ? "error" : "warning";
            var where = FormatLocation(diagnostic.Location);
            block.WriteLine($"{Printable(where)}: {Paint(isError ? Red : Yellow, $"{severity} {diagnostic.Id}")}: {Printable(diagnostic.Message)}");

            if (SourceLine(diagnostic.Location) is { } line)
            {
                var (shown, caret) = Window(line.TrimEnd(), CaretOffset(line, diagnostic.Location.Column));
                block.WriteLine($"  {Paint(Dim, Printable(shown))}");
                block.WriteLine($"  {new string(' ', caret)}{Paint(isError ? Red : Yellow, "^")}");
            }

            if (diagnostic.Help is { } help)
            {
                block.WriteLine($"  {Paint(Cyan, "help")}: {Printable(help)}");
            }

            if (block.GetStringBuilder().Length >= PrintedBlockLength)
            {
                WriteOut(block);
            }
        }

        WriteOut(block);
    }

    /// <summary>About how much text <see cref="PrintText"/> gathers before writing it out.</summary>
    private const int PrintedBlockLength = 32 * 1024;

    private void WriteOut(StringWriter block)
    {
        if (block.GetStringBuilder().Length > 0)
        {
            output.Write(block.ToString());
            block.GetStringBuilder().Clear();
        }
    }

    public void PrintSummary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count - errors;
        if (diagnostics.Count > 0)
        {
            output.WriteLine($"{errors} error(s), {warnings} warning(s)");
        }
    }

    /// <param name="error">Why the command stopped short of its diagnostics (an interruption, an internal error).</param>
    public void PrintJson(IEnumerable<Diagnostic> diagnostics, string? packagePath, string? error = null)
    {
        var report = new JsonReport(
            packagePath,
            [.. diagnostics.Select(d => new JsonDiagnostic(
                d.Id,
                d.Severity == DiagnosticSeverity.Error ? "error" : "warning",
                ToDisplayPath(d.Location.Path),
                d.Location.Line,
                d.Location.Column,
                d.Message,
                d.Help))])
        {
            Error = error,
        };
        output.WriteLine(JsonSerializer.Serialize(report, CliJsonContext.Default.JsonReport));
    }

    private string FormatLocation(SourceSpan location)
    {
        var path = ToDisplayPath(location.Path);
        return location.Line > 0 ? $"{path}({location.Line},{location.Column})" : path;
    }

    /// <summary>Paths relative to the directory the user named, so editors can open them from the terminal.
    /// A full path (the output zip) is shown relative to the current folder when it lies below it.</summary>
    private string ToDisplayPath(string path) =>
        path.Contains("://", StringComparison.Ordinal) ? path   // an address (the LRS), not a file
        : Path.IsPathRooted(path) ? RelativeToCurrentFolder(path)
        : baseDirectory.Length == 0 ? path : Path.Combine(baseDirectory, path).Replace('\\', '/');

    private static string RelativeToCurrentFolder(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }

    private string? SourceLine(SourceSpan location) =>
        _sourceLines.Line(location.Path, location.Line)?.Replace('\t', ' ');

    /// <summary>
    /// A very long line (a pasted export, a minified table) is shown as the part around the caret, so one
    /// diagnostic stays one screen.
    /// </summary>
    private static (string Text, int Caret) Window(string line, int caret)
    {
        const int Before = 60, After = 60;
        if (line.Length <= Before + After + 20)
        {
            return (line, caret);
        }

        var start = Math.Max(0, caret - Before);
        var end = Math.Min(line.Length, caret + After);
        var text = (start > 0 ? "…" : "") + line[start..end] + (end < line.Length ? "…" : "");
        return (text, caret - start + (start > 0 ? 1 : 0));
    }

    /// <summary>Columns count characters; the caret lines up as long as the line has no wide characters before it.</summary>
    private static int CaretOffset(string line, int column) => Math.Min(Math.Max(column - 1, 0), line.Length);

    /// <summary>What <see cref="char.IsControl(char)"/> holds: C0, DEL and C1 (a vectorised search, for thousands of lines).</summary>
    private static readonly SearchValues<char> ControlCharacters =
        SearchValues.Create([.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)]);

    /// <summary>
    /// Control characters from a file or an entry name (an escape sequence in a zip, say) are shown as \uXXXX,
    /// so that what is printed cannot move the cursor, recolour or retitle the user's terminal.
    /// </summary>
    private static string Printable(string text) =>
        text.AsSpan().ContainsAny(ControlCharacters)
            ? string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()))
            : text;

    private string Paint(string colour, string text) => useColour ? colour + text + Reset : text;
}
