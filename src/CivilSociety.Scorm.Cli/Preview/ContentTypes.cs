namespace CivilSociety.Scorm.Cli.Preview;

/// <summary>
/// The Content-Type of a file of the built package, by its extension: what a package can hold (the player, its
/// manifest and schemas, the course's media and documents), with the types ASP.NET Core's static files give them,
/// which the preview used before; anything else is application/octet-stream.
/// </summary>
internal static class ContentTypes
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        // The package itself.
        [".html"] = "text/html",
        [".htm"] = "text/html",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript",
        [".css"] = "text/css",
        [".json"] = "application/json",
        [".xml"] = "text/xml",
        [".xsd"] = "application/xml",
        [".dtd"] = "text/xml",
        [".txt"] = "text/plain",
        [".csv"] = "text/csv; charset=utf-8",
        [".md"] = "text/markdown",
        // Captions: the one type ASP.NET Core's table lacks (it sent them as application/octet-stream).
        [".vtt"] = "text/vtt; charset=utf-8",
        // Pictures.
        [".svg"] = "image/svg+xml",
        [".svgz"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".avif"] = "image/avif",
        [".bmp"] = "image/bmp",
        [".ico"] = "image/x-icon",
        // Video and sound.
        [".mp4"] = "video/mp4",
        [".m4v"] = "video/mp4",
        [".webm"] = "video/webm",
        [".ogv"] = "video/ogg",
        [".ogg"] = "video/ogg",
        [".mov"] = "video/quicktime",
        [".avi"] = "video/x-msvideo",
        [".mp3"] = "audio/mpeg",
        [".m4a"] = "audio/mp4",
        [".oga"] = "audio/ogg",
        [".wav"] = "audio/wav",
        [".aac"] = "audio/aac",
        // Fonts.
        [".woff"] = "application/font-woff",
        [".woff2"] = "font/woff2",
        [".ttf"] = "application/x-font-ttf",
        [".otf"] = "font/otf",
        // Documents a course links for download.
        [".pdf"] = "application/pdf",
        [".zip"] = "application/x-zip-compressed",
        [".gz"] = "application/x-gzip",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".doc"] = "application/msword",
        [".ppt"] = "application/vnd.ms-powerpoint",
        [".xls"] = "application/vnd.ms-excel",
    };

    public static string Of(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var type) ? type : "application/octet-stream";
}
