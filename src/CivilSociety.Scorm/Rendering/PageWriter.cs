using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AngleSharp;
using AngleSharp.Dom;
using CivilSociety.Scorm.Markup;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// Writes the finished page straight to UTF-8 bytes, with the course data serialised as UTF-8 JSON into its script
/// element on the way: the same bytes as <c>Encoding.UTF8.GetBytes(document.ToHtml())</c> with the JSON as the
/// script's text (the tags written by <see cref="LeanHtmlFormatter"/>, the same text), without the page as one string
/// (7.6 MB for a course of 300 sections, 15 MB of UTF-16 built in a growing StringBuilder), the JSON as another, and
/// the UTF-8 copy of both.
/// </summary>
internal static class PageWriter
{
    /// <summary>UTF-8 without a byte order mark, as Encoding.UTF8.GetBytes writes (lone surrogates become U+FFFD alike).</summary>
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="dataElement">
    /// An empty element of <paramref name="document"/> (script#course-data, raw text): its text is <paramref name="data"/>
    /// as JSON; null, a page without one.
    /// </param>
    /// <param name="dataWriting">The JSON writer's options (its encoder: how the text is escaped).</param>
    public static byte[] Write<T>(IDocument document, IElement? dataElement, T data, JsonTypeInfo<T> dataJson, JsonWriterOptions dataWriting)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true))
        {
            var path = new HashSet<INode>();
            for (INode? node = dataElement; node is not null; node = node.Parent)
            {
                path.Add(node);
            }

            void WriteData()
            {
                writer.Flush();
                using var json = new Utf8JsonWriter(stream, dataWriting);
                JsonSerializer.Serialize(json, data, dataJson);
            }

            foreach (var node in document.ChildNodes)
            {
                WriteNode(node, writer, LeanHtmlFormatter.Instance, path, dataElement, WriteData);
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A node as AngleSharp writes it (<c>node.ToHtml(writer, formatter)</c>), but for the data element's ancestors,
    /// opened and closed here so that the JSON goes into the data element where its text would be.
    /// </summary>
    private static void WriteNode(INode node, TextWriter writer, IMarkupFormatter formatter, HashSet<INode> path, IElement? dataElement, Action writeData)
    {
        if (node is not IElement element || !path.Contains(element))
        {
            node.ToHtml(writer, formatter);
            return;
        }

        // Neither the data element nor its ancestors (html, head or body) are self-closing or keep a leading line feed.
        writer.Write(formatter.OpenTag(element, selfClosing: false));
        if (element == dataElement)
        {
            writeData();
        }
        else
        {
            foreach (var child in element.ChildNodes)
            {
                WriteNode(child, writer, formatter, path, dataElement, writeData);
            }
        }

        writer.Write(formatter.CloseTag(element, selfClosing: false));
    }
}
