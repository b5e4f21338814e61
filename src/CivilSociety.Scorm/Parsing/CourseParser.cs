using CivilSociety.Scorm.Diagnostics;
using CivilSociety.Scorm.ItemWriting;
using CivilSociety.Scorm.Loading;
using CivilSociety.Scorm.Markup;
using CivilSociety.Scorm.Model;
using CivilSociety.Scorm.Resources;
using Markdig;

namespace CivilSociety.Scorm.Parsing;

/// <summary>Stage 2: course.yml and the section files become the <see cref="Course"/> model.</summary>
internal static class CourseParser
{
    private static readonly string[] CourseKeys =
        ["id", "title", "language", "direction", "version", "organisation", "authors", "passing_score", "outcomes", "sections", "strings", "xapi", "item_writing", "completion", "certificate", .. BrandingParser.Keys];

    private static readonly string[] XapiKeys = ["enabled", "activity_base", "endpoint", "auth", "home_page", "send_name"];

    private static readonly string[] OutcomeKeys = ["id", "text", "outcomes"];

    private static readonly string[] ItemWritingKeys = ["words"];

    private static readonly string[] ItemWritingWordsKeys = ["language", .. WordLists.ListNames];

    public static Course? Parse(CourseSources sources, DiagnosticBag diagnostics)
    {
        if (sources.CourseFile is not { } courseFile)
        {
            return null;
        }

        var map = YamlMap.Parse(courseFile.Text, courseFile.Path, 0, CourseKeys, diagnostics);
        if (map is null)
        {
            return null;
        }

        var language = map.String("language", required: true) ?? "en";
        var outcomes = ParseOutcomes(map.MapList("outcomes", OutcomeKeys, required: true), parentId: null);
        if (outcomes.Count == 0 && map.Has("outcomes") && map.EntryCount("outcomes") == 0)
        {
            diagnostics.Report(DiagnosticCatalog.NoOutcomes, map.SpanOfKey("outcomes"));
        }

        var (sections, complete) = ParseSections(map, language, sources, diagnostics);

        return new Course(
            Id: map.String("id", required: true) ?? "",
            Title: map.String("title", required: true) ?? "",
            Language: language,
            Direction: DirectionOf(map, language, diagnostics),
            Version: map.String("version", required: false) ?? "1.0.0",
            Organisation: map.String("organisation", required: false),
            Authors: [.. map.StringList("authors", required: false).Select(a => a.Value)],
            PassingScore: map.Integer("passing_score", required: true) ?? 80,
            Outcomes: outcomes,
            Sections: sections,
            StringOverrides: map.StringMap("strings", UiStrings.Keys),
            Xapi: ParseXapi(map, diagnostics),
            Location: map.Location)
        {
            KeyLocations = CourseKeys.Where(map.Has).ToDictionary(key => key, map.SpanOfKey, StringComparer.Ordinal),
            ValueLocations = CourseKeys.Where(map.Has).ToDictionary(key => key, map.SpanOfValue, StringComparer.Ordinal),
            IsIncomplete = !complete,
            ItemWritingWords = ParseItemWritingWords(map),
            Branding = BrandingParser.Parse(map),
            CompletionMessage = map.String("completion", required: false),
            Certificate = map.Boolean("certificate") ?? false,
        };
    }

    private static List<Outcome> ParseOutcomes(IReadOnlyList<YamlMap> maps, string? parentId) =>
        [.. maps.Select(map =>
        {
            var id = map.String("id", required: true) ?? "";
            var children = ParseOutcomes(map.MapList("outcomes", OutcomeKeys, required: false), id);
            return new Outcome(id, map.String("text", required: true) ?? "", parentId, children, map.SpanOfKey("id"));
        })];

    /// <summary>item_writing: words: a list of entries, each a language and the words it adds to the check's lists.</summary>
    private static List<ItemWritingWords> ParseItemWritingWords(YamlMap course) =>
        course.Map("item_writing", ItemWritingKeys) is not { } map
            ? []
            : [.. map.MapList("words", ItemWritingWordsKeys, required: false).Select(entry => new ItemWritingWords(
                entry.String("language", required: true) ?? "",
                WordLists.ListNames.Where(entry.Has)
                    .ToDictionary(name => name, name => (IReadOnlyList<string>)[.. entry.StringList(name, required: false).Select(w => w.Value)], StringComparer.Ordinal),
                entry.Location))];

    /// <summary>xAPI is on when course.yml has an xapi: block (unless it says enabled: false).</summary>
    private static XapiSettings? ParseXapi(YamlMap course, DiagnosticBag diagnostics)
    {
        if (course.Map("xapi", XapiKeys) is not { } map || map.Boolean("enabled") == false)
        {
            return null;
        }

        var endpoint = map.String("endpoint", required: false);
        return new XapiSettings(
            ActivityBase: (map.String("activity_base", required: true) ?? "").TrimEnd('/'),
            Endpoint: endpoint is null ? null : endpoint.TrimEnd('/') + "/",
            Auth: map.String("auth", required: false),
            HomePage: map.String("home_page", required: false) ?? XapiSettings.DefaultHomePage,
            SendName: map.Boolean("send_name") ?? false,
            Location: course.SpanOfKey("xapi"));
    }

    private static TextDirection DirectionOf(YamlMap map, string language, DiagnosticBag diagnostics)
    {
        var declared = map.String("direction", required: false);
        switch (declared?.ToLowerInvariant())
        {
            case null:
                return Languages.DirectionOf(language);
            case "rtl" or "ltr":
                var direction = declared.Equals("rtl", StringComparison.OrdinalIgnoreCase) ? TextDirection.RightToLeft : TextDirection.LeftToRight;
                if (Languages.DirectionContradicts(language, direction))
                {
                    // course.yml written by `new --language en` says direction: ltr; changing only the language to ar
                    // would lay an Arabic course out left to right, mirrored the wrong way.
                    var (laidOut, written, meant) = direction == TextDirection.LeftToRight
                        ? ("left to right", "right to left", "rtl")
                        : ("right to left", "left to right", "ltr");
                    diagnostics.Report(DiagnosticCatalog.DirectionAgainstLanguage, map.SpanOfValue("direction"), declared, laidOut, language, written, meant);
                }

                return direction;
            default:
                diagnostics.Report(DiagnosticCatalog.InvalidDirection, map.SpanOfValue("direction"), declared);
                return Languages.DirectionOf(language);
        }
    }

    /// <summary>
    /// Parses every listed section file that was read, each on its own (a section's parse needs no other), on every
    /// core: with its diagnostics, for the caller to report in the listed order. A file the caller then turns down
    /// (listed twice, leading outside the course) was parsed for nothing.
    /// </summary>
    private static Dictionary<string, (Section? Section, DiagnosticBag Diagnostics)> ParseEach(IEnumerable<string> listed, string language, MarkdownPipeline pipeline, CourseSources sources)
    {
        var paths = listed.Where(sources.MarkdownFiles.ContainsKey).ToList();
        var parsed = new (Section? Section, DiagnosticBag Diagnostics)[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            var diagnostics = new DiagnosticBag();
            parsed[i] = (SectionParser.Parse(sources.MarkdownFiles[paths[i]], language, pipeline, diagnostics), diagnostics);
        });
        return paths.Select((path, i) => (path, parsed[i])).ToDictionary(entry => entry.path, entry => entry.Item2, StringComparer.Ordinal);
    }

    private static (List<Section> Sections, bool Complete) ParseSections(YamlMap map, string language, CourseSources sources, DiagnosticBag diagnostics)
    {
        var pipeline = MarkdownPipelineFactory.Shared;
        var sections = new List<Section>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var meantFiles = new HashSet<string>(StringComparer.Ordinal);   // named by a "did you mean": not also "not listed"
        var paths = map.StringList("sections", required: true);
        if (paths.Count == 0 && map.Has("sections"))
        {
            diagnostics.Report(DiagnosticCatalog.NoSections, map.SpanOfKey("sections"));
        }

        var allListed = paths.Select(p => CoursePaths.Resolve(sources.RootDirectory, "", p.Value)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var parsed = ParseEach(allListed, language, pipeline, sources);
        foreach (var (written, location) in paths)
        {
            var path = CoursePaths.Resolve(sources.RootDirectory, "", written);
            if (path is null)
            {
                diagnostics.Report(DiagnosticCatalog.LinkOutsideCourse, location, written);
            }
            else if (!listed.Add(path))
            {
                diagnostics.Report(DiagnosticCatalog.SectionListedTwice, location, written);
            }
            else if (sources.LeadsOutside(path))
            {
                diagnostics.Report(DiagnosticCatalog.LinkOutsideThroughSymlink, location, written);
            }
            else if (UnreadableFiles.Report(sources, path, written, location, diagnostics))
            {
                // A pipe, a device, a link that loops or leads nowhere: named, never opened.
            }
            else if (sources.AllFiles.Contains(path) && !CourseLoader.IsMarkdown(path))
            {
                diagnostics.Report(DiagnosticCatalog.SectionNotMarkdown, location, written);
            }
            else if (!sources.MarkdownFiles.TryGetValue(path, out var file))
            {
                // A file that is there but could not be read (not UTF-8, too large) has its own error already.
                if (Directory.Exists(sources.FullPath(path)))
                {
                    var inside = sources.MarkdownFiles.Keys.Where(f => f.StartsWith(path + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
                    meantFiles.UnionWith(inside);
                    diagnostics.ReportWithHelp(DiagnosticCatalog.SectionIsAFolder, location,
                        inside.Count == 0
                            ? "list the section's Markdown file (a .md file), one per line: - sections/01-introduction.md"
                            : $"list each section file of it on a line of its own, in order: {string.Join(", ", inside.Take(3).Select(f => "- " + f))}{(inside.Count > 3 ? ", ..." : "")}",
                        written);
                }
                else if (written.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts
                    && parts.All(part => CoursePaths.Resolve(sources.RootDirectory, "", part) is { } one && sources.MarkdownFiles.ContainsKey(one)))
                {
                    // "- a.md" then "    b.md" on the next line: YAML folds the second line into the first item.
                    meantFiles.UnionWith(parts.Select(part => CoursePaths.Resolve(sources.RootDirectory, "", part)!));
                    diagnostics.ReportWithHelp(DiagnosticCatalog.SectionFileMissing, location,
                        $"these are {parts.Length} files in one item: a line with no '- ' before it is read as more of the item above; start each file on a line of its own with '- ', under the '- ' above (  - {parts[1]})",
                        written);
                }
                else if (!sources.AllFiles.Contains(path))
                {
                    var sameButCase = sources.AllFiles.FirstOrDefault(f => string.Equals(f, path, StringComparison.OrdinalIgnoreCase));
                    var withHiddenEnding = sameButCase is null ? Suggestions.WithHiddenEnding(path, sources.AllFiles) : null;
                    if (withHiddenEnding is not null)
                    {
                        // 01-intro.md.txt: Notepad added .txt, and Windows hides known endings, so the author sees 01-intro.md.
                        diagnostics.ReportWithHelp(DiagnosticCatalog.SectionFileMissing, location, Suggestions.RenameHiddenEnding(withHiddenEnding, path), written);
                    }
                    else if (sameButCase is null)
                    {
                        var meant = Suggestions.ClosestPath(path, sources.AllFiles.Where(CourseLoader.IsMarkdown).Where(f => !allListed.Contains(f)));
                        if (meant is not null)
                        {
                            meantFiles.Add(meant);
                        }

                        diagnostics.ReportWithHelp(DiagnosticCatalog.SectionFileMissing, location,
                            meant is null ? DiagnosticCatalog.SectionFileMissing.Help! : $"did you mean '{meant}'? (paths in sections: start from the folder of course.yml)",
                            written);
                    }
                    else
                    {
                        meantFiles.Add(sameButCase);
                        diagnostics.ReportWithHelp(DiagnosticCatalog.SectionFileMissing, location,
                            $"the course has '{sameButCase}': write the name with the same capital and small letters", written);
                    }
                }
            }
            else
            {
                // Parsed already, reported here: in the order the sections are listed, as if parsed one by one.
                var (section, found) = parsed[path];
                foreach (var diagnostic in found.ToList())
                {
                    diagnostics.Add(diagnostic);
                }

                if (section is not null)
                {
                    sections.Add(section);
                }
            }
        }

        // Without a sections: list (missing, or misspelt 'section:') every file would be "not listed": one mistake, told once.
        var unlistedFiles = map.Has("sections") ? sources.MarkdownFiles.Keys : [];
        foreach (var unlisted in unlistedFiles.Where(p => !listed.Contains(p) && !meantFiles.Contains(p) && !IsReadme(p)).Order(StringComparer.Ordinal))
        {
            diagnostics.Report(DiagnosticCatalog.MarkdownFileNotListed, SourceSpan.File(unlisted), unlisted);
        }

        return (sections, sections.Count == paths.Count);
    }

    private static bool IsReadme(string path) =>
        System.IO.Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase);
}
