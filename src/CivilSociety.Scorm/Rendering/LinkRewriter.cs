using AngleSharp.Dom;
using CivilSociety.Scorm.Contract;
using CivilSociety.Scorm.Markup;

namespace CivilSociety.Scorm.Rendering;

/// <summary>
/// DOM post-processing of a rendered section: ids made unique in the one-page player, relative links pointed at
/// the package's copies (and links to other section files at those sections), remote links opened in a new tab.
/// Every course file a section uses is collected, so Package bundles exactly those.
/// </summary>
internal sealed class LinkRewriter(string courseRoot, ISet<string> courseFiles, IReadOnlyDictionary<string, string> sectionIdsByPath, AssetNames assetNames)
{
    /// <summary>The elements (by local name) and their attributes that hold a URL.</summary>
    private static readonly (string Element, string Attribute)[] UrlAttributes =
    [
        ("a", "href"), ("img", "src"), ("source", "src"), ("video", "src"),
        ("video", "poster"), ("audio", "src"), ("track", "src"),
    ];

    /// <summary>Prefixes every id in <paramref name="container"/> and the in-page links to them.</summary>
    public static void ScopeIds(IElement container, string prefix)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in container.QuerySelectorAll("[id]"))
        {
            var id = element.Id!;
            renamed[id] = prefix + id;
            element.Id = prefix + id;
        }

        foreach (var anchor in container.QuerySelectorAll("a[href^='#']"))
        {
            if (renamed.TryGetValue(anchor.GetAttribute("href")![1..], out var target))
            {
                anchor.SetAttribute("href", "#" + target);
            }
        }
    }

    /// <summary>Rewrites URLs written in <paramref name="sourcePath"/>'s Markdown; returns the course files used.</summary>
    public void RewriteUrls(IElement container, string sourcePath, ISet<string> usedFiles)
    {
        // One walk over the elements: a selector for each attribute was parsed and run again for every section and
        // every feedback text (seven each). Each element's URLs are rewritten on their own, so the order is free.
        foreach (var element in container.Descendants<IElement>())
        {
            foreach (var (name, attribute) in UrlAttributes)
            {
                if (element.LocalName != name || element.GetAttribute(attribute) is not { } url)
                {
                    continue;
                }

                switch (LinkTarget.Classify(url))
                {
                    case LinkKind.Remote when element.LocalName == "a":
                        element.SetAttribute("target", "_blank");
                        element.SetAttribute("rel", "noopener noreferrer");
                        break;
                    case LinkKind.Relative:
                        if (LinkTarget.ResolveRelative(url, sourcePath, courseRoot) is { } path && courseFiles.Contains(path))
                        {
                            element.SetAttribute(attribute, Target(path, url, usedFiles));
                        }

                        break;
                }
            }
        }
    }

    /// <summary>Whether <paramref name="url"/>, written in <paramref name="sourcePath"/>, names a file of the course.</summary>
    public bool Exists(string sourcePath, string url) =>
        LinkTarget.CourseFile(url, sourcePath, courseRoot) is { } path && courseFiles.Contains(path);

    private string Target(string path, string url, ISet<string> usedFiles)
    {
        if (sectionIdsByPath.TryGetValue(path, out var sectionId))
        {
            // 02-how.md#why: the place in that section, whose id ScopeIds prefixed (#top: the section's start).
            var fragment = LinkTarget.FragmentOf(url);
            return fragment.Length > 1 && !fragment.Equals("#top", StringComparison.OrdinalIgnoreCase)
                ? "#" + sectionId + "--" + fragment[1..]
                : "#" + PageIds.Section(sectionId);
        }

        usedFiles.Add(path);
        return assetNames.PackagePathFor(path) + LinkTarget.FragmentOf(url);
    }
}
