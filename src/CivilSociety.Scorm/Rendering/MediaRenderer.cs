using AngleSharp.Dom;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// Turns a rendered section's media images into players: a video file into &lt;video controls&gt; with its
/// WebVTT captions, a sound file into &lt;audio controls&gt; with a link to its transcript, a video on another
/// site into a link card that opens it in a new window (the package's policy lets the page load nothing from
/// another origin, so an iframe would stay blank, and would hand the learner's visit to that site). An image's
/// title becomes a visible caption (figure, figcaption). Runs before the links are rewritten, which bundles the
/// captions and transcripts with the media.
/// </summary>
/// <param name="exists">Whether a URL written in a section file names a file of the course.</param>
internal sealed class MediaRenderer(IDocument document, string courseLanguage, Func<string, string, bool> exists)
{
    public void Apply(IElement element, Section section)
    {
        var language = section.Language ?? courseLanguage;
        var links = MediaLink.In(section.Body).GroupBy(m => Unescaped(m.Url)).ToDictionary(g => g.Key, g => new Queue<MediaLink>(g), StringComparer.Ordinal);
        foreach (var image in element.QuerySelectorAll("img[src]").ToList())
        {
            var src = image.GetAttribute("src")!;
            var media = links.TryGetValue(Unescaped(src), out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
            var built = media?.Kind switch
            {
                MediaKind.Video or MediaKind.Audio => Player(image, media, section.SourcePath, language),
                MediaKind.ExternalVideo => LinkCard(image, src, language),
                _ => image.GetAttribute("title") is { Length: > 0 } && image.Closest("figure") is null ? Figure(image, image) : null,
            };
            if (built is not null)
            {
                Place(image, built);
            }
        }
    }

    /// <summary>Markdig writes some characters of a URL %-escaped: both sides are compared unescaped.</summary>
    private static string Unescaped(string url)
    {
        try
        {
            return Uri.UnescapeDataString(url);
        }
        catch (UriFormatException)
        {
            return url;
        }
    }

    private IElement Player(IElement image, MediaLink media, string sourcePath, string language)
    {
        var player = document.CreateElement(media.Kind == MediaKind.Video ? "video" : "audio");
        player.SetAttribute("controls", "");
        player.SetAttribute("preload", "metadata");
        player.SetAttribute("src", media.Url);
        if (image.GetAttribute("alt") is { Length: > 0 } alt)
        {
            player.SetAttribute("aria-label", alt);
        }

        var captions = media.Captions is { } named && named.EndsWith(".vtt", StringComparison.OrdinalIgnoreCase) ? named : MediaLink.Beside(media.Url, ".vtt");
        if (media.Kind == MediaKind.Video && exists(sourcePath, captions))
        {
            var track = player.AppendChild(document.CreateElement("track")) as IElement;
            track!.SetAttribute("kind", "captions");
            track.SetAttribute("src", captions);
            track.SetAttribute("srclang", language);
            track.SetAttribute("label", BlockLabels.For(language, "captions"));
            track.SetAttribute("default", "");
        }

        var figure = Figure(image, player);
        var transcript = media.Transcript is { } text && text.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? text : MediaLink.Beside(media.Url, ".txt");
        if (exists(sourcePath, transcript))
        {
            var link = document.CreateElement("a");
            link.ClassName = "media-transcript";
            link.SetAttribute("href", transcript);
            link.TextContent = BlockLabels.For(language, "transcript");
            var paragraph = document.CreateElement("p");
            paragraph.AppendChild(link);
            figure.InsertBefore(paragraph, figure.QuerySelector("figcaption"));
        }

        return figure;
    }

    private IElement LinkCard(IElement image, string url, string language)
    {
        var card = document.CreateElement("a");
        card.ClassName = "video-card";
        card.SetAttribute("href", url);
        var title = document.CreateElement("span");
        title.ClassName = "video-card-title";
        title.TextContent = image.GetAttribute("alt") is { Length: > 0 } alt ? alt : url;
        var note = document.CreateElement("span");
        note.ClassName = "video-card-note";
        note.TextContent = BlockLabels.For(language, "online");
        card.AppendChild(title);
        card.AppendChild(note);
        return Figure(image, card);
    }

    /// <summary>The content in a figure, the image's title (if any) as its visible caption.</summary>
    private IElement Figure(IElement image, IElement content)
    {
        var figure = document.CreateElement("figure");
        figure.ClassName = "media";
        if (content != image)
        {
            figure.AppendChild(content);
        }
        else
        {
            var copy = (IElement)image.Clone();
            copy.RemoveAttribute("title");
            figure.AppendChild(copy);
        }

        if (image.GetAttribute("title") is { Length: > 0 } caption)
        {
            var figcaption = document.CreateElement("figcaption");
            figcaption.TextContent = caption;
            figure.AppendChild(figcaption);
        }

        return figure;
    }

    /// <summary>A figure cannot stand in a paragraph: it takes the place of a paragraph that holds only the image, else follows it.</summary>
    private static void Place(IElement image, IElement figure)
    {
        var parent = image.Parent as IElement;
        if (parent?.LocalName == "p" && parent.ChildNodes.All(n => n == image || (n is IText text && string.IsNullOrWhiteSpace(text.Data))))
        {
            parent.Parent!.ReplaceChild(figure, parent);
        }
        else if (parent?.LocalName == "p")
        {
            image.Remove();
            parent.Parent!.InsertBefore(figure, parent.NextSibling);
        }
        else
        {
            parent!.ReplaceChild(figure, image);
        }
    }
}
