using AngleSharp.Html.Parser;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Markup;

namespace CivilSociety.Scorm.Export;

/// <summary>A course file a question shows (an image): where it is in the course and the name the bank gives it.</summary>
internal sealed record BankFile(string CoursePath, string Name, string FullPath);

/// <summary>
/// The images of the questions' HTML: a relative <c>src</c>, written relative to the section's Markdown file, is
/// resolved to the course file and handed to the exporter, which names it as its format embeds files
/// (Moodle: <c>@@PLUGINFILE@@/name</c> with the bytes in the question; QTI: a file in the package).
/// </summary>
internal sealed class BankMedia(CourseSources sources)
{
    private readonly AngleSharp.Dom.IDocument _scratch = new HtmlParser().ParseDocument("");
    private readonly Dictionary<string, BankFile> _files = new(StringComparer.Ordinal);

    /// <summary>Every file handed out so far, by course path.</summary>
    public IReadOnlyCollection<BankFile> Files => _files.Values;

    /// <summary>The HTML with each course image's src replaced by <paramref name="link"/>(file); the files it uses.</summary>
    public (string Html, IReadOnlyList<BankFile> Files) Rewrite(string html, string sectionSourcePath, Func<BankFile, string> link)
    {
        html = html.Trim();
        if (!html.Contains("<img", StringComparison.OrdinalIgnoreCase))
        {
            return (html, []);
        }

        var body = _scratch.Body!;
        body.InnerHtml = html;

        var used = new List<BankFile>();
        foreach (var image in body.QuerySelectorAll("img[src]"))
        {
            var src = image.GetAttribute("src")!;
            if (LinkTarget.CourseFile(src, sectionSourcePath, sources.RootDirectory) is not { } path || !sources.AllFiles.Contains(path))
            {
                continue;
            }

            var file = FileFor(path);
            used.Add(file);
            image.SetAttribute("src", link(file));
        }

        return (body.InnerHtml.Trim(), used);
    }

    /// <summary>One name per course file, unique across the bank: its file name, numbered when two share one.</summary>
    private BankFile FileFor(string path)
    {
        if (_files.TryGetValue(path, out var known))
        {
            return known;
        }

        var name = SafeName(Path.GetFileName(path));
        var stem = Path.GetFileNameWithoutExtension(name);
        for (var n = 2; _files.Values.Any(f => f.Name == name); n++)
        {
            name = $"{stem}-{n}{Path.GetExtension(path)}";
        }

        var file = new BankFile(path, name, sources.FullPath(path));
        _files.Add(path, file);
        return file;
    }

    /// <summary>ASCII letters, digits, '.', '-' and '_': a name no importer rewrites or needs to escape in a URL.</summary>
    private static string SafeName(string name)
    {
        var safe = string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-'));
        return safe.Trim('-', '.') is { Length: > 0 } trimmed ? trimmed : "image" + Path.GetExtension(name);
    }
}
