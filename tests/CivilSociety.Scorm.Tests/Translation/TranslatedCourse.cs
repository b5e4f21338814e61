using System.Xml.Linq;
using CivilSociety.Scorm.Tests.Infrastructure;

namespace CivilSociety.Scorm.Tests.Translation;

/// <summary>
/// A copy of a course in a temporary folder, with a translation made from its own export as a translator's CAT tool
/// would return it: each unit's target written by <c>translate</c> from its source (a copy of the source by default).
/// </summary>
internal sealed class TranslatedCourse : IDisposable
{
    private static readonly XNamespace Xlf = "urn:oasis:names:tc:xliff:document:1.2";
    private readonly TempDirectory _directory = new();

    public TranslatedCourse(string courseDirectory, string language, Func<XElement, XElement?>? translate = null, Action<XDocument>? edit = null)
    {
        Language = language;
        Copy(courseDirectory, Directory);
        var export = CourseTranslator.Export(new TranslationExportOptions(Directory, language, _directory.File("export.xlf")));
        if (!export.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", export.Diagnostics));
        }

        Exported = XDocument.Load(_directory.File("export.xlf"));
        var translated = new XDocument(Exported);
        foreach (var unit in translated.Descendants(Xlf + "trans-unit"))
        {
            var source = unit.Element(Xlf + "source")!;
            var target = (translate ?? (s => new XElement(s)))(source);
            if (target is not null)
            {
                source.AddAfterSelf(new XElement(Xlf + "target", new XAttribute("state", "translated"), target.Nodes()));
            }
        }

        edit?.Invoke(translated);
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "translations"));
        translated.Save(Path.Combine(Directory, "translations", language + ".xlf"));
    }

    public string Language { get; }

    public string Directory => _directory.File("course");

    /// <summary>What translate export wrote, before any target.</summary>
    public XDocument Exported { get; }

    public static IEnumerable<XElement> Units(XDocument xliff) => xliff.Descendants(Xlf + "trans-unit");

    public static XNamespace Namespace => Xlf;

    /// <summary>Every file of a course folder copied to another.</summary>
    public static void Copy(string from, string to)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose() => _directory.Dispose();
}
