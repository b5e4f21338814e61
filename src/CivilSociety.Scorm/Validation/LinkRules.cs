using System.Text;
using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;

using SourceSpan = CivilSociety.Scorm.Diagnostics.SourceSpan;

namespace CivilSociety.Scorm.Validation;

/// <summary>Rules about links and images: everything a learner needs must be inside the package.</summary>
internal static partial class LinkRules
{
    public static void LinksResolveInsideTheCourse(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        var weighed = new HashSet<string>(StringComparer.Ordinal);   // a picture shown twice is told once
        foreach (var section in course.Sections)
        {
            foreach (var link in section.Links)
            {
                // A glossary term (DesignerRules checks it), a video on another site (a link card, SCO3084).
                var media = link.IsImage ? MediaLink.KindOf(link.Url) : null;
                if (GlossaryTerms.IsTermLink(link.Url) || media == MediaKind.ExternalVideo)
                {
                    continue;
                }

                if (LinkTarget.Classify(link.Url) == LinkKind.Remote)
                {
                    // The page's Content-Security-Policy lets it show only the package's own pictures: one on the web
                    // is a broken picture, not a picture that needs a connection.
                    if (link.IsImage)
                    {
                        diagnostics.ReportWithHelp(DiagnosticCatalog.RemoteImage, link.Location,
                            $"download it into the course's media/ folder and write ![what it shows]({Suggestions.RelativeTo(CoursePaths.FolderOf(section.SourcePath), "media/" + RemoteFileName(link.Url))})", link.Url);
                    }
                    else
                    {
                        diagnostics.ReportWithHelp(DiagnosticCatalog.RemoteResource, link.Location,
                            "fine for a page learners read online (it opens in a new tab); a file (a PDF, a worksheet) is better put in the course folder and linked by a relative path", link.Url);
                    }

                    continue;
                }

                CheckUrl(link.Url, section.SourcePath, link.Location, sources, diagnostics);
                if (link.IsImage && media is null && NotAPicture(link.Url) is { } kind)
                {
                    diagnostics.ReportWithHelp(DiagnosticCatalog.MediaNotAnImage, link.Location, HowToShow(kind, link.Url), link.Url, kind);
                }
                else if (link.IsImage && media is null && LinkTarget.CourseFile(link.Url, section.SourcePath, sources.RootDirectory) is { } picture
                    && sources.AllFiles.Contains(picture) && !sources.LeadsOutside(picture) && weighed.Add(picture)
                    && new FileInfo(sources.FullPath(picture)) is { Exists: true, Length: <= CourseLoader.MaxBundledFileBytes } && ImageSizes.TooLarge(sources.FullPath(picture)) is { } size)
                {
                    diagnostics.Report(DiagnosticCatalog.ImageTooLargeToShow, link.Location, link.Url, size);
                }

                // No text, or only spaces: a screen reader would read the file name.
                if (link.IsImage && !link.HasText)
                {
                    diagnostics.Report(DiagnosticCatalog.ImageWithoutAlt, link.Start, link.Url);
                }
            }
        }
    }

    /// <summary>The file name at the end of a web address (https://example.org/a/photo.jpg?s=2: photo.jpg), or "picture.png".</summary>
    private static string RemoteFileName(string url)
    {
        var path = Uri.TryCreate(url.StartsWith("//", StringComparison.Ordinal) ? "https:" + url : url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "";
        var name = path[(path.LastIndexOf('/') + 1)..];
        return name.Length > 0 && Path.HasExtension(name) ? Uri.UnescapeDataString(name) : "picture.png";
    }

    private static readonly string[] Pictures = [".png", ".jpg", ".jpeg", ".gif", ".svg", ".svgz", ".webp", ".avif", ".bmp", ".ico"];   // .svgz: SCO3049 says what is wrong with it
    private static readonly string[] Videos = [".mp4", ".m4v", ".webm", ".ogv", ".mov", ".avi", ".mkv"];
    private static readonly string[] Sounds = [".mp3", ".m4a", ".ogg", ".oga", ".wav", ".aac", ".flac", ".opus"];

    /// <summary>What a file an image names is, when it is no picture a browser shows in an img ("a video"), else null.</summary>
    private static string? NotAPicture(string url)
    {
        if (LinkTarget.Classify(url) != LinkKind.Relative)
        {
            return null;
        }

        var extension = Path.GetExtension(LinkTarget.PathOf(url)).ToLowerInvariant();
        return extension.Length == 0 || Pictures.Contains(extension) ? null
            : Videos.Contains(extension) ? "a video"
            : Sounds.Contains(extension) ? "a sound file"
            : $"a {extension.TrimStart('.')} file";
    }

    private static string HowToShow(string kind, string url) => kind switch
    {
        "a video" => $"play it with <video controls src=\"{url}\"></video> on a line of its own, or link it: [watch the video]({url})",
        "a sound file" => $"play it with <audio controls src=\"{url}\"></audio> on a line of its own, or link it: [listen]({url})",
        _ => $"link it instead: [open the file]({url}); an image shows only .png, .jpg, .gif, .svg, .webp or .avif files",
    };

    /// <summary>One URL written in <paramref name="sourcePath"/> (a Markdown link or a raw HTML attribute).</summary>
    public static void CheckUrl(string url, string sourcePath, SourceSpan location, CourseSources sources, DiagnosticBag diagnostics)
    {
        switch (LinkTarget.Classify(url))
        {
            case LinkKind.Unsafe:
                diagnostics.Report(DiagnosticCatalog.UnsafeUrl, location, url);
                break;
            case LinkKind.Remote:
                diagnostics.Report(DiagnosticCatalog.RemoteResource, location, url);
                break;
            case LinkKind.Absolute:
                if (CourseFileNamed(url, sources) is { } named)
                {
                    // /media/map.png, C:\Users\me\course\media\map.png, file:///...: the author's computer, not the package.
                    diagnostics.ReportWithHelp(DiagnosticCatalog.AbsolutePath, location,
                        $"the course has {named}: from {sourcePath} write '{Suggestions.RelativeTo(CoursePaths.FolderOf(sourcePath), named)}' (a path starts from the folder of the Markdown file that links it; a learner's browser cannot reach your computer)",
                        url);
                }
                else
                {
                    diagnostics.Report(DiagnosticCatalog.AbsolutePath, location, url);
                }

                break;
            case LinkKind.Relative:
                var path = LinkTarget.ResolveRelative(url, sourcePath, sources.RootDirectory);
                if (path is null)
                {
                    diagnostics.Report(DiagnosticCatalog.LinkOutsideCourse, location, url);
                }
                else if (sources.LeadsOutside(path))
                {
                    diagnostics.Report(DiagnosticCatalog.LinkOutsideThroughSymlink, location, url);
                }
                else if (UnreadableFiles.Report(sources, path, url, location, diagnostics))
                {
                    // A pipe, a device, a link that loops or leads nowhere: named, never opened.
                }
                else if (!sources.AllFiles.Contains(path))
                {
                    var sameButCase = sources.AllFiles.FirstOrDefault(f => string.Equals(f, path, StringComparison.OrdinalIgnoreCase));
                    var sameLetters = sources.AllFiles.FirstOrDefault(f => f.Length != path.Length
                        && string.Equals(f.Normalize(NormalizationForm.FormC), path.Normalize(NormalizationForm.FormC), StringComparison.Ordinal));
                    if (sameLetters is not null)
                    {
                        // أ as ا + ٔ: macOS can store a name's letters decomposed; it looks the same and is not, on an LMS server.
                        diagnostics.ReportWithHelp(DiagnosticCatalog.LinkTargetMissing, location,
                            $"the course has '{sameLetters}', which looks the same but stores some letters in another Unicode form (as macOS may write a file name): rename the file by typing its name again, or give it a name in Latin letters", url);
                    }
                    else if (WebAddressMeant(url) is { } address)
                    {
                        diagnostics.ReportWithHelp(DiagnosticCatalog.LinkTargetMissing, location,
                            $"a web address is written in full, with https:// before it: {address} (without it, the link names a file of the course)", url);
                    }
                    else if (url.Contains('\\'))
                    {
                        diagnostics.ReportWithHelp(DiagnosticCatalog.LinkTargetMissing, location,
                            $"separate folders with / (as in {url.Replace('\\', '/')}), not \\", url);
                    }
                    else if (sameButCase is null)
                    {
                        var meant = Suggestions.ClosestPath(path, sources.AllFiles);
                        if (meant is null)
                        {
                            diagnostics.Report(DiagnosticCatalog.LinkTargetMissing, location, url);
                        }
                        else
                        {
                            var written = Suggestions.RelativeTo(CoursePaths.FolderOf(sourcePath), meant);
                            diagnostics.ReportWithHelp(DiagnosticCatalog.LinkTargetMissing, location,
                                Path.GetFileName(meant) == Path.GetFileName(path)
                                    ? $"the file is {meant} in the course folder; from {sourcePath} it is written '{written}' (a path starts from the folder of the Markdown file that links it)"
                                    : $"did you mean '{written}'? (the course has {meant})",
                                url);
                        }
                    }
                    else
                    {
                        diagnostics.ReportWithHelp(DiagnosticCatalog.LinkTargetMissing, location,
                            $"the course has '{sameButCase}': write the name with the same capital and small letters (LMS servers tell them apart)", url);
                    }
                }
                else if (new FileInfo(sources.FullPath(path)).Length is var length && length > CourseLoader.MaxBundledFileBytes)
                {
                    diagnostics.Report(DiagnosticCatalog.AssetTooLarge, location, url, length, CourseLoader.MaxBundledFileBytes);
                }

                break;
        }
    }

    /// <summary>The course file an absolute path names by its file name (the nearest of several by path), or null.</summary>
    private static string? CourseFileNamed(string url, CourseSources sources)
    {
        var path = url.Split('?', '#')[0];
        var name = Uri.UnescapeDataString(path[(path.LastIndexOfAny(['/', '\\']) + 1)..]);
        var written = path.Replace('\\', '/').ToLowerInvariant();
        return name.Length == 0 ? null : sources.AllFiles
            .Where(f => Path.GetFileName(f).Equals(name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => Suggestions.Distance(f.ToLowerInvariant(), written))
            .FirstOrDefault();
    }

    /// <summary>The web address a path was meant to be (www.unodc.org, https:/unodc.org, http//unodc.org), or null.</summary>
    private static string? WebAddressMeant(string url)
    {
        var slip = MistypedScheme().Match(url);
        if (slip.Success)
        {
            return $"{slip.Groups["scheme"].Value.ToLowerInvariant()}://{slip.Groups["rest"].Value}";
        }

        return url.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "https://" + url : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<scheme>https?)(?::/?|/{1,2}|:\\{1,2})(?<rest>[A-Za-z0-9][^/\\]*\.[^/\\]+.*)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MistypedScheme();

    /// <summary>LMSs on case-insensitive file systems would merge two such files into one.</summary>
    public static void BundledNamesDifferBeyondCase(Course course, CourseSources sources, DiagnosticBag diagnostics)
    {
        foreach (var group in sources.AllFiles.GroupBy(p => p, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var names = group.Order(StringComparer.Ordinal).ToList();
            diagnostics.Report(DiagnosticCatalog.NamesDifferOnlyInCase, SourceSpan.File(names[1]), names[0], names[1]);
        }
    }
}
