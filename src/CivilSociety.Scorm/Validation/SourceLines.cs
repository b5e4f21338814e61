namespace CivilSociety.Scorm.Validation;

/// <summary>
/// A text's lines by number (0-based, split at '\n' as <c>text.Split('\n')</c> would), read in place: only where each
/// line starts is kept, not a string per line.
/// </summary>
internal sealed class SourceLines
{
    private readonly string text;
    private readonly List<int> starts = [0];

    public SourceLines(string text)
    {
        this.text = text;
        for (var end = text.IndexOf('\n'); end >= 0; end = text.IndexOf('\n', end + 1))
        {
            starts.Add(end + 1);
        }
    }

    public int Count => starts.Count;

    /// <summary>The line without its '\n' (a '\r' before it stays, as with Split).</summary>
    public ReadOnlySpan<char> this[int line]
    {
        get
        {
            var start = starts[line];
            var end = line + 1 < starts.Count ? starts[line + 1] - 1 : text.Length;
            return text.AsSpan(start, end - start);
        }
    }
}
