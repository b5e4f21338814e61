using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CivilSociety.Scorm.Markup;

/// <summary>What an image written as ![...](...) shows when its file is no picture.</summary>
internal enum MediaKind
{
    /// <summary>A video file of the course: a player with captions.</summary>
    Video,

    /// <summary>A sound file of the course: a player with a transcript.</summary>
    Audio,

    /// <summary>A video on another site (YouTube, Vimeo...): a link card, never an iframe.</summary>
    ExternalVideo,
}

/// <summary>
/// A video or sound file written with image syntax, <c>![Interview with a lawyer](../media/interview.mp4 "Caption")</c>,
/// with its optional <c>{captions="..." transcript="..."}</c>; read from the section's syntax tree, where the
/// attributes still are (the allow-list drops them from the HTML).
/// </summary>
internal sealed record MediaLink(LinkInline Link, MediaKind Kind, string Url, string? Captions, string? Transcript)
{
    public static readonly string[] Videos = [".mp4", ".m4v", ".webm", ".ogv", ".mov"];
    public static readonly string[] Sounds = [".mp3", ".m4a", ".ogg", ".oga", ".wav", ".aac", ".flac", ".opus"];

    private static readonly string[] VideoSites = ["youtube.com", "youtu.be", "youtube-nocookie.com", "vimeo.com", "dailymotion.com", "ted.com"];

    /// <summary>The media images of a section's body, in document order.</summary>
    public static IEnumerable<MediaLink> In(MarkdownObject body) =>
        body.Descendants<LinkInline>().Where(link => link.IsImage).Select(From).OfType<MediaLink>();

    public static MediaLink? From(LinkInline link)
    {
        var url = link.Url ?? "";
        if (KindOf(url) is not { } kind)
        {
            return null;
        }

        var properties = link.TryGetAttributes()?.Properties;
        string? Attribute(string name) => properties?.FirstOrDefault(p => p.Key == name).Value;
        return new MediaLink(link, kind, url, Attribute("captions"), Attribute("transcript"));
    }

    public static MediaKind? KindOf(string url)
    {
        switch (LinkTarget.Classify(url))
        {
            case LinkKind.Relative:
                var extension = Path.GetExtension(LinkTarget.PathOf(url)).ToLowerInvariant();
                return Videos.Contains(extension) ? MediaKind.Video : Sounds.Contains(extension) ? MediaKind.Audio : null;
            case LinkKind.Remote when Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https":
                var host = uri.Host.ToLowerInvariant();
                var onVideoSite = VideoSites.Any(site => host == site || host.EndsWith("." + site, StringComparison.Ordinal));
                var videoFile = Videos.Contains(Path.GetExtension(uri.AbsolutePath).ToLowerInvariant());
                return onVideoSite || videoFile ? MediaKind.ExternalVideo : null;
            default:
                return null;
        }
    }

    /// <summary>The file beside the media file with the same name and another extension: intro.mp4 → intro.vtt.</summary>
    public static string Beside(string url, string extension)
    {
        var path = LinkTarget.PathOf(url);
        return path[..^Path.GetExtension(path).Length] + extension;
    }
}
