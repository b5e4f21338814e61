using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using CivilSociety.Scorm.Diagnostics;

namespace CivilSociety.Scorm.Translation;

/// <summary>A trans-unit as the translator sent it back; <see cref="Problems"/> lists the codes it could not read.</summary>
internal sealed record XliffUnit(
    string Id, IReadOnlyList<InlinePiece> Source, IReadOnlyList<InlinePiece>? Target, string? State, SourceSpan Location, IReadOnlyList<string> Problems)
{
    /// <summary>A target that a CAT tool marks as still to translate (a copy of the source, an empty pre-fill) is none.</summary>
    public bool IsTranslated => Target is { Count: > 0 } && State is not ("new" or "needs-translation");
}

/// <summary>The units of a translator's XLIFF 1.2 file, in file order, with their places in it.</summary>
internal sealed record XliffDocument(string? TargetLanguage, IReadOnlyList<XliffUnit> Units, SourceSpan Location)
{
    /// <summary>Where each &lt;file original="..."&gt; starts: a missing unit is reported there.</summary>
    public IReadOnlyDictionary<string, SourceSpan> Files { get; init; } = new Dictionary<string, SourceSpan>();
}

/// <summary>
/// Reads an XLIFF file as hostile input: at most <see cref="MaxBytes"/>, no DTD (so no entity expansion), no resolver,
/// every element's line and column kept for the diagnostics; inline codes it does not know are reported, never guessed.
/// </summary>
internal static class XliffReader
{
    public const int MaxBytes = 16 * 1024 * 1024;

    private static readonly XNamespace Xlf = XliffWriter.Namespace;

    /// <summary>What XmlReader found, in a translator's words rather than .NET's ("'&lt;' is an unexpected token").</summary>
    private static string NotWellFormed(XmlException ex, byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith("PK"u8))
        {
            return "it is a zip (a Word document, or the XLIFF file zipped), not the XLIFF file itself";
        }

        var what = ex.Message switch
        {
            var m when m.Contains("unexpected token", StringComparison.OrdinalIgnoreCase) => "a tag is not finished here: a > or a quote is missing just before it",
            var m when m.Contains("does not match the end tag", StringComparison.OrdinalIgnoreCase) => "a tag is closed here with another name than the tag it closes",
            var m when m.Contains("Unexpected end of file", StringComparison.OrdinalIgnoreCase) => "the file ends before its tags are closed: it may be cut short",
            var m when m.Contains("root level", StringComparison.OrdinalIgnoreCase) => "it does not start as an XML file",
            var m when m.Contains("multiple root", StringComparison.OrdinalIgnoreCase) => "something follows the closing </xliff>",
            _ => "a character here breaks XML's rules (a & or < in text is written &amp; or &lt;)",
        };
        return "it is not well-formed XML: " + what;
    }

    public static XliffDocument? Read(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = MaxBytes,
                IgnoreProcessingInstructions = true,
                IgnoreComments = true,
            };
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            var message = ex.Message.Contains("DTD", StringComparison.Ordinal)
                ? "it declares a DOCTYPE, which a translation never needs and which is refused (entities could expand it without bound)"
                : NotWellFormed(ex, bytes);
            diagnostics.Report(DiagnosticCatalog.TranslationUnreadable, new SourceSpan(path, Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition)), message);
            return null;
        }

        var root = document.Root!;
        if (root.Name != Xlf + "xliff" || (string?)root.Attribute("version") != "1.2")
        {
            diagnostics.Report(DiagnosticCatalog.TranslationNotXliff, At(root, path),
                root.Name.LocalName == "xliff" ? $"its root is <xliff> version '{(string?)root.Attribute("version")}' in '{root.Name.NamespaceName}'" : $"its root element is <{root.Name.LocalName}>");
            return null;
        }

        var files = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        string? targetLanguage = null;
        var units = new List<XliffUnit>();
        foreach (var file in root.Elements(Xlf + "file"))
        {
            files.TryAdd((string?)file.Attribute("original") ?? "", At(file, path));
            targetLanguage ??= (string?)file.Attribute("target-language");
            units.AddRange(file.Descendants(Xlf + "trans-unit").Select(unit => Unit(unit, path)));
        }

        return new XliffDocument(targetLanguage, units, At(root, path)) { Files = files };
    }

    private static XliffUnit Unit(XElement unit, string path)
    {
        var problems = new List<string>();
        var source = unit.Element(Xlf + "source") is { } s ? Pieces(s, problems: null) : [];
        var target = unit.Element(Xlf + "target");
        var location = At(target ?? unit, path);
        return new XliffUnit((string?)unit.Attribute("id") ?? "", source, target is null ? null : Pieces(target, problems),
            (string?)target?.Attribute("state"), location, problems);
    }

    /// <summary>
    /// Text and codes; &lt;mrk&gt; (a CAT tool's marker: a segment, a term) is only its content. Any other element (a
    /// bpt/ept pair, bx/ex, it, a code with no number for an id) is a problem of the target, never a guess.
    /// </summary>
    private static List<InlinePiece> Pieces(XElement element, List<string>? problems)
    {
        var pieces = new List<InlinePiece>();
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text:
                    pieces.Add(new TextPiece(text.Value));
                    break;
                case XElement child when child.Name == Xlf + "mrk":
                    pieces.AddRange(Pieces(child, problems));
                    break;
                case XElement child when (child.Name == Xlf + "g" || child.Name == Xlf + "x" || child.Name == Xlf + "ph") && IdOf(child) is { } id:
                    var type = (string?)child.Attribute("ctype") ?? "";
                    pieces.Add(child.Name.LocalName switch
                    {
                        "g" => new PairedCode(id, type, "", "", Pieces(child, problems)),
                        "ph" => new StandaloneCode(id, type, child.Value, IsHtml: true),
                        _ => new StandaloneCode(id, type, "", IsHtml: false),
                    });
                    break;
                case XElement child:
                    problems?.Add($"<{child.Name.LocalName}{(child.Attribute("id") is { } a ? $" id=\"{a.Value}\"" : "")}> at line {((IXmlLineInfo)child).LineNumber} is no code of its source");
                    break;
            }
        }

        return pieces;
    }

    private static int? IdOf(XElement code) =>
        int.TryParse((string?)code.Attribute("id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static SourceSpan At(XObject node, string path) =>
        node is IXmlLineInfo { LineNumber: > 0 } info
            ? new SourceSpan(path, info.LineNumber, Math.Max(1, info.LinePosition - (node is XElement ? 1 : 0)))   // the '<', not the name
            : new SourceSpan(path, 1, 1);
}
